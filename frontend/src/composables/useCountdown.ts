import { computed, getCurrentScope, onScopeDispose, ref } from 'vue'
import { secondsLeft } from '@/utils/countdown'

/**
 * A countdown in whole seconds (e.g. "resend in 42 s"). It counts against a deadline rather than ticking down a
 * number, so a phone that was asleep or a throttled background tab shows the right time when it looks again.
 */
export function useCountdown(tickMs = 250) {
  const deadline = ref<number | null>(null)
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | undefined

  const remaining = computed(() => (deadline.value === null ? 0 : secondsLeft(deadline.value, now.value)))
  const running = computed(() => remaining.value > 0)

  function stop() {
    clearInterval(timer)
    timer = undefined
    deadline.value = null
  }

  function tick() {
    now.value = Date.now()
    if (deadline.value !== null && now.value >= deadline.value) stop()
  }

  /** (Re)starts the countdown at `seconds`; nothing to count for 0 or less. */
  function start(seconds: number) {
    stop()
    if (!(seconds > 0)) return
    now.value = Date.now()
    deadline.value = now.value + seconds * 1000
    timer = setInterval(tick, tickMs)
  }

  if (getCurrentScope()) onScopeDispose(stop)

  return { remaining, running, start, stop }
}
