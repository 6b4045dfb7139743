import { storeToRefs } from 'pinia'
import { showToast } from 'vant'
import { computed, onMounted, onUnmounted, ref } from 'vue'
import { useShopStore } from '@/stores/shop'
import { shopNow } from '@/utils/time'
import { useApiError } from './useApiError'

/** The shop for a page: loads it once, offers pull-to-refresh, and knows what day it is at the shop. */
export function useShop() {
  const store = useShopStore()
  const { shop, loading, error } = storeToRefs(store)
  const { describe } = useApiError()

  const now = ref(new Date())
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    void store.load()
    timer = setInterval(() => (now.value = new Date()), 60_000) // "today" turns over at the shop's midnight
  })
  onUnmounted(() => clearInterval(timer))

  const today = computed(() => (shop.value ? shopNow(shop.value.timeZone, now.value) : null))

  const refreshing = ref(false)
  /** Pull-to-refresh: keeps what is shown when reloading fails, and says so. */
  async function refresh() {
    await store.load(true)
    now.value = new Date()
    refreshing.value = false
    if (error.value && shop.value) showToast(describe(error.value))
  }

  return { shop, loading, error, today, retry: () => store.load(true), refreshing, refresh }
}
