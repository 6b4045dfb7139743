import { computed, watch, type Ref } from 'vue'
import { availability } from '@/api/booking'
import { useShopStore } from '@/stores/shop'
import { slotsByDay } from '@/utils/booking'
import { dateRange, FALLBACK_TIME_ZONE, inZone } from '@/utils/time'
import { useLoader } from './useLoader'

/** How far ahead customers can book (the server answers at most 14 days at once). */
export const BOOKING_DAYS = 14

/**
 * The free slots of a service type: the next 14 days at the shop, or, for an emergency, the next hour.
 * Reloads when the service type or the emergency switch changes.
 */
export function useAvailability(serviceType: Ref<string | null>, emergency: Ref<boolean>) {
  const shopStore = useShopStore()

  const loader = useLoader(
    async () => {
      const code = serviceType.value
      if (!code) return null
      await shopStore.load() // "today" is the shop's
      const days = dateRange(inZone(new Date(), shopStore.shop?.timeZone ?? FALLBACK_TIME_ZONE).date, BOOKING_DAYS)
      const from = days[0] ?? ''
      const to = days[days.length - 1] ?? from
      const view = await availability({ serviceType: code, from, to, emergency: emergency.value })
      return { view, days }
    },
    { immediate: false },
  )

  watch(
    [serviceType, emergency],
    () => {
      loader.data.value = null
      if (serviceType.value) void loader.load()
    },
    { immediate: true },
  )

  const timeZone = computed(() => loader.data.value?.view.timeZone ?? shopStore.shop?.timeZone ?? FALLBACK_TIME_ZONE)
  const slots = computed(() => loader.data.value?.view.slots ?? [])
  const days = computed(() =>
    loader.data.value ? slotsByDay(loader.data.value.view.slots, loader.data.value.days, timeZone.value) : [],
  )
  const today = computed(() => loader.data.value?.days[0] ?? '')

  return { ...loader, slots, days, today, timeZone }
}

export type Availability = ReturnType<typeof useAvailability>
