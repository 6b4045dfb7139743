import { storeToRefs } from 'pinia'
import { showToast } from 'vant'
import { computed, onMounted, ref } from 'vue'
import { useShopStore } from '@/stores/shop'
import { shopNow } from '@/utils/time'
import { useApiError } from './useApiError'

/**
 * The shop for the manager's setup screens: loaded afresh on opening (what the server holds now, not what the
 * app cached this morning), with pull-to-refresh, and `patch` to show what was just saved.
 */
export function useShopSetup() {
  const store = useShopStore()
  const { shop, loading, error } = storeToRefs(store)
  const { describe } = useApiError()

  onMounted(() => void store.load(true))

  /** YYYY-MM-DD at the shop. */
  const today = computed(() => (shop.value ? shopNow(shop.value.timeZone).date : null))

  const refreshing = ref(false)
  async function refresh() {
    await store.load(true)
    refreshing.value = false
    if (error.value && shop.value) showToast({ message: describe(error.value), wordBreak: 'break-word' })
  }

  return { shop, loading, error, today, retry: () => store.load(true), refreshing, refresh, patch: store.patch }
}
