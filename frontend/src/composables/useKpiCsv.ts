import { useI18n } from 'vue-i18n'
import type { IndicatorReport, KpiItem, KpiReport } from '@/api/types'
import type { CsvCell } from '@/utils/csv'
import { figureStatus } from '@/utils/kpi'
import { inZone } from '@/utils/time'
import { useFormat } from './useFormat'
import { useKpiFormat } from './useKpiFormat'

/**
 * The manager's figures as spreadsheet rows (headers in the user's language, numbers as plain numbers so that
 * Excel can sum them, times at the shop).
 */
export function useKpiCsv() {
  const { t } = useI18n()
  const format = useFormat()
  const kpiFormat = useKpiFormat()

  const shopTime = (instant: string) => {
    const at = inZone(instant, format.zone())
    return at.date ? `${at.date} ${at.time}` : instant
  }

  /** One row per indicator and figure (per person with a scope). */
  function cardRows(report: KpiReport): CsvCell[][] {
    const header = ['code', 'indicator', 'subject', 'value', 'unit', 'target', 'direction', 'status', 'previous', 'numerator', 'denominator', 'items', 'from', 'to'].map(
      (c) => t(`kpi.csv.${c}`),
    )
    const rows: CsvCell[][] = [header]
    for (const indicator of report.indicators) {
      for (const figure of indicator.figures) {
        rows.push([
          indicator.code,
          kpiFormat.name(indicator.code),
          figure.subject?.name ?? kpiFormat.scopeName('SHOP'),
          figure.value ?? null,
          kpiFormat.unitName(indicator.unit),
          indicator.target ?? null,
          indicator.direction === 'AT_MOST' ? '≤' : '≥',
          kpiFormat.statusName(figureStatus(indicator, figure)),
          figure.previous ?? null,
          figure.numerator,
          figure.denominator,
          figure.items,
          report.from,
          report.to,
        ])
      }
    }
    return rows
  }

  /** One row per booking, order or complaint behind a figure; people by name where the staff list has them. */
  function itemRows(indicator: Pick<IndicatorReport, 'code'>, items: readonly KpiItem[], nameOf: (id: string | null | undefined) => string): CsvCell[][] {
    const header = ['kind', 'reference', 'at', 'advisor', 'technician', 'agent', 'numerator', 'denominator', 'missed', 'measure', 'detail'].map((c) =>
      t(`kpi.csv.${c}`),
    )
    return [
      header,
      ...items.map((item) => [
        kpiFormat.kindName(item.kind),
        item.reference,
        shopTime(item.at),
        nameOf(item.advisorId),
        nameOf(item.technicianId),
        nameOf(item.agentId),
        item.numerator,
        item.denominator,
        item.missed ? t('kpi.csv.yes') : t('kpi.csv.no'),
        item.measure ?? null,
        kpiFormat.detail(indicator.code, item.detail),
      ]),
    ]
  }

  return { cardRows, itemRows }
}
