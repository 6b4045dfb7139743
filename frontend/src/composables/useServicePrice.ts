import { useI18n } from 'vue-i18n'
import { priceRange } from '@/utils/booking'
import { useFormat } from './useFormat'

/** A service type's price range as the owner reads it: "¥380.00–¥680.00", "¥800.00 起" / "from ¥800.00", or "quoted at reception". */
export function useServicePrice() {
  const { t } = useI18n()
  const format = useFormat()
  return (service: { priceMin?: number | null; priceMax?: number | null }) => {
    const range = priceRange(service)
    switch (range.kind) {
      case 'range':
        return t('booking.priceRange', { min: format.money(range.min), max: format.money(range.max) })
      case 'exact':
        return format.money(range.price)
      case 'from':
        return t('booking.priceFrom', { min: format.money(range.min) })
      default:
        return t('booking.priceOnRequest')
    }
  }
}
