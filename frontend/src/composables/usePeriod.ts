import { computed, ref } from 'vue'
import { useShopStore } from '@/stores/shop'
import { periodOf, type PeriodKey } from '@/utils/feedbackStats'
import { FALLBACK_TIME_ZONE, shopNow } from '@/utils/time'

/** The period a report page shows (this month by default), counted in the shop's days. */
export function usePeriod(initial: PeriodKey = 'month') {
  const shopStore = useShopStore()
  const key = ref<PeriodKey>(initial)
  const period = computed(() => periodOf(key.value, shopNow(shopStore.shop?.timeZone ?? FALLBACK_TIME_ZONE).date))
  return { key, period }
}
