import { onMounted, onUnmounted, ref } from 'vue'

/** The staff desktop layout (1024 px and wider): pages that show a table there instead of cards. */
export const WIDE_QUERY = '(min-width: 1024px)'

export function useWideScreen(query = WIDE_QUERY) {
  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null
  const wide = ref(media?.matches ?? false)
  const update = (event: MediaQueryListEvent) => (wide.value = event.matches)
  onMounted(() => media?.addEventListener('change', update))
  onUnmounted(() => media?.removeEventListener('change', update))
  return wide
}
