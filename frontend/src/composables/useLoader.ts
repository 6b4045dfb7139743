import { showToast } from 'vant'
import { onMounted, ref, shallowRef, type Ref } from 'vue'
import { useApiError } from './useApiError'

/**
 * Data a page loads from the API, with the three states every screen shows (loading, error, the data) and
 * pull-to-refresh. A failed reload keeps what is shown and says so in a toast.
 */
export function useLoader<T>(fetch: () => Promise<T>, options: { immediate?: boolean } = {}) {
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  const refreshing = ref(false)
  const { describe } = useApiError()
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation // a slow earlier answer must not overwrite a newer one
    loading.value = true
    error.value = null
    try {
      const value = await fetch()
      if (mine === generation) data.value = value
    } catch (thrown) {
      if (mine === generation) error.value = thrown
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /** Pull-to-refresh. */
  async function refresh(): Promise<void> {
    await load()
    refreshing.value = false
    if (error.value && data.value !== null) showToast({ message: describe(error.value), wordBreak: 'break-word' })
  }

  if (options.immediate ?? true) onMounted(load)

  return { data, loading, error, refreshing, load, refresh }
}
