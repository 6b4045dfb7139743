import { useI18n } from 'vue-i18n'
import type { MovementKind, PartNames, PartOrigin, PartUnit, PurchaseOrderStatus, SuggestionReason } from '@/api/partsTypes'
import type { Check } from '@/utils/partsReceiving'
import { partName, quantityText } from '@/utils/parts'

/** The parts desk's words: units, origins, movement kinds, statuses and quantities with their unit. */
export function usePartsFormat() {
  const { t, locale } = useI18n()
  return {
    /** "2 件", "1.5 L": a quantity with its unit's short word (just the number where the view does not carry the unit). */
    quantity: (n: number, unit?: PartUnit | null, signed = false) =>
      unit ? t('partsDesk.quantity', { n: quantityText(n, signed), unit: t(`partsDesk.unit.${unit}`) }) : quantityText(n, signed),
    unitName: (unit: PartUnit) => t(`partsDesk.unitName.${unit}`),
    originName: (origin: PartOrigin) => t(`partsDesk.origin.${origin}`),
    kindName: (kind: MovementKind) => t(`partsDesk.kind.${kind}`),
    poStatusName: (status: PurchaseOrderStatus) => t(`partsDesk.poStatus.${status}`),
    whyName: (why: SuggestionReason) => t(`partsDesk.why.${why}`),
    checkName: (check: Check) => t(`partsDesk.check.${check}`),
    name: (part: PartNames) => partName(part, locale.value),
    shelf: (location: string | null | undefined) => (location ? t('partsDesk.shelf', { location }) : t('partsDesk.noShelf')),
  }
}
