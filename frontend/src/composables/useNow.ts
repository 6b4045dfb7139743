import { onMounted, onUnmounted, ref } from 'vue'

/** The current time, ticking every `intervalMs` while the component is mounted (countdowns, "today"). */
export function useNow(intervalMs = 1000) {
  const now = ref(new Date())
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    now.value = new Date()
    timer = setInterval(() => (now.value = new Date()), intervalMs)
  })
  onUnmounted(() => clearInterval(timer))
  return now
}
