import { useI18n } from 'vue-i18n'
import type { CataloguePart, LineSupply, OldPartDisposition, PartOrigin } from '@/api/partsOnOrder'
import type { Availability } from '@/utils/partLines'
import { partName } from '@/utils/partLines'
import { useFormat } from './useFormat'

/** Parts on an order in the reader's language: catalogue entries, availability, a line's supply, the old part. */
export function usePartWording() {
  const { t, te, locale } = useI18n()
  const format = useFormat()
  const named = (key: string, code: string) => (te(key) ? t(key) : code)

  const originName = (origin: PartOrigin) => named(`partsOnOrder.origin.${origin}`, origin)
  const unitName = (unit: string) => named(`partsOnOrder.unit.${unit}`, unit)

  /** "有货 3" / "缺件，预计 12月9日周三 前到货" / "需采购，约 5 天到货". */
  function availabilityText(a: Availability): string {
    if (a.kind === 'AVAILABLE') return t('partsOnOrder.availability.available', { n: a.available })
    if (a.kind === 'SHORT')
      return a.by ? t('partsOnOrder.availability.short', { date: format.date(a.by.slice(0, 10)) }) : t('partsOnOrder.availability.shortOnOrder')
    return a.leadTimeDays ? t('partsOnOrder.availability.toBuyDays', { days: a.leadTimeDays }) : t('partsOnOrder.availability.toBuy')
  }

  /** "5Q0698151B · 博世 · 原厂件". */
  const catalogueLine = (part: Pick<CataloguePart, 'partNumber' | 'brand' | 'origin'>) =>
    [part.partNumber, part.brand, originName(part.origin)].filter(Boolean).join(' · ')

  /** A line's supply: "已预留", "缺件，预计 12月9日周三 14:00 到货", "已发料", "已释放". */
  function supplyText(supply: LineSupply): string {
    if (supply.state === 'SHORT')
      return supply.expectedAt ? t('partsOnOrder.supply.shortUntil', { time: format.dateTime(supply.expectedAt) }) : t('partsOnOrder.supply.SHORT')
    return named(`partsOnOrder.supply.${supply.state}`, supply.state)
  }

  return {
    originName,
    unitName,
    availabilityText,
    catalogueLine,
    supplyText,
    oldPartName: (disposition: OldPartDisposition) => named(`partsOnOrder.oldPart.${disposition}`, disposition),
    partName: (part: Pick<CataloguePart, 'nameZh' | 'nameEn'>) => partName(part, locale.value),
  }
}
