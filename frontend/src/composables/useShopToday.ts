import { computed } from 'vue'
import { useShopStore } from '@/stores/shop'
import { FALLBACK_TIME_ZONE, shopNow } from '@/utils/time'
import { useNow } from './useNow'

/** Today (YYYY-MM-DD) at the shop, whatever the phone's zone; it moves on at midnight while a page stays open. */
export function useShopToday() {
  const shopStore = useShopStore()
  void shopStore.load()
  const now = useNow(60_000)
  return computed(() => shopNow(shopStore.shop?.timeZone ?? FALLBACK_TIME_ZONE, now.value).date)
}
