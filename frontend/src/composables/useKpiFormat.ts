import { useI18n } from 'vue-i18n'
import type { AppraisalComponent, Indicator, IndicatorReport, KpiItem, KpiScope, KpiStatus, KpiUnit } from '@/api/types'
import { dayCount, isCurrent, type KpiPeriod } from '@/utils/kpiPeriod'
import { detailPrefix, formatNumber, measureKind, NO_VALUE, type Trend } from '@/utils/kpi'

/**
 * The words and numbers of the manager's figures in the user's language: indicator names and definitions, values
 * with their unit ("96.5%", "85 分", "—" when nothing was counted), targets, trends, periods, and what an item
 * behind a figure measured.
 */
export function useKpiFormat() {
  const { t, te, locale } = useI18n()

  const number = (value: number, digits = 1) => formatNumber(value, locale.value, digits)

  function name(code: Indicator | string): string {
    const key = `kpi.name.${code}`
    return te(key) ? t(key) : code
  }

  /** The server's definition names the configured time limits; it is in English, so Chinese has its own text. */
  function definition(indicator: Pick<IndicatorReport, 'code' | 'definition'>): string {
    const key = `kpi.definition.${indicator.code}`
    if (locale.value === 'en' || !te(key)) return indicator.definition || (te(key) ? t(key) : '')
    return t(key)
  }

  const unitName = (unit: KpiUnit) => t(`kpi.unit.${unit}`)

  /** A value split for display: the number (or "—") and its unit; the unit is left out with no value. */
  function parts(value: number | null | undefined, unit: KpiUnit): { number: string; unit: string } {
    if (value == null || !Number.isFinite(value)) return { number: NO_VALUE, unit: '' }
    return { number: number(value), unit: unitName(unit) }
  }

  /** "96.5%", "85 分", "12.5 /百单"; "—" with no value. */
  function value(v: number | null | undefined, unit: KpiUnit): string {
    const p = parts(v, unit)
    if (!p.unit) return p.number
    return unit === 'PERCENT' ? `${p.number}${p.unit}` : `${p.number} ${p.unit}`
  }

  /** "目标 ≥ 98%", "目标 ≤ 5 /百单", or "仅跟踪" for an indicator without a target. */
  function target(indicator: Pick<IndicatorReport, 'target' | 'direction' | 'unit'>): string {
    if (indicator.target == null) return t('kpi.tracked')
    const bound = value(indicator.target, indicator.unit)
    return t(indicator.direction === 'AT_MOST' ? 'kpi.targetAtMost' : 'kpi.targetAtLeast', { value: bound })
  }

  const statusName = (status: KpiStatus) => t(`kpi.status.${status}`)
  const scopeName = (scope: KpiScope) => t(`kpi.scope.${scope}`)
  const componentName = (component: AppraisalComponent) =>
    component === 'SELF' || component === 'SUPERVISOR' ? t(`appraisal.component.${component}`) : name(component)

  /** "上期 94.1%", or "上期无数据". */
  function previousText(previous: number | null | undefined, unit: KpiUnit): string {
    if (previous == null) return t('kpi.noPrevious')
    return t('kpi.previous', { value: value(previous, unit) })
  }

  function trendDelta(trend: Trend, unit: KpiUnit): string {
    if (trend.arrow === 'flat') return t('kpi.flat')
    const amount = number(Math.abs(trend.delta))
    return unit === 'PERCENT' ? t('kpi.deltaPoints', { n: amount }) : amount
  }

  // Periods --------------------------------------------------------------------------------------------------

  const utcDate = (day: string) => {
    const [y, m, d] = day.split('-').map(Number)
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  }
  const dayText = (day: string, withYear = false) =>
    new Intl.DateTimeFormat(locale.value, { ...(withYear ? { year: 'numeric' } : {}), month: 'short', day: 'numeric', timeZone: 'UTC' }).format(utcDate(day))
  const monthText = (day: string) => new Intl.DateTimeFormat(locale.value, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utcDate(day))

  /** "12月1日 – 12月7日"; with the year when the range is not in this year. */
  function range(from: string, to: string, today: string): string {
    const withYear = from.slice(0, 4) !== today.slice(0, 4) || to.slice(0, 4) !== today.slice(0, 4)
    if (from === to) return dayText(from, withYear)
    return t('kpi.period.range', { from: dayText(from, withYear), to: dayText(to, withYear) })
  }

  /** What the period picker says: "2026年12月", "12月1日 – 12月7日", "12月2日 周三". */
  function periodLabel(period: KpiPeriod, today: string): string {
    if (period.kind === 'month') return monthText(period.from)
    if (period.kind === 'day') {
      const weekday = new Intl.DateTimeFormat(locale.value, { weekday: 'short', timeZone: 'UTC' }).format(utcDate(period.from))
      return `${dayText(period.from, period.from.slice(0, 4) !== today.slice(0, 4))} ${weekday}`
    }
    return range(period.from, period.to, today)
  }

  /** "本月" / "今天" / "本周" while the period runs, else the number of days of a custom range. */
  function periodHint(period: KpiPeriod, today: string): string {
    if (isCurrent(period, today)) return t(`kpi.period.current.${period.kind}`)
    return period.kind === 'custom' ? t('kpi.period.days', { n: dayCount(period.from, period.to) }) : ''
  }

  // Items behind a figure ------------------------------------------------------------------------------------

  const minutesText = (minutes: number) => {
    const m = Math.round(Math.abs(minutes))
    const h = Math.floor(m / 60)
    if (h === 0) return t('duration.minutes', { n: m })
    return m % 60 === 0 ? t('duration.hours', { h }) : t('duration.hoursMinutes', { h, m: m % 60 })
  }

  /** What the item measured: "用时 6 分钟", "晚于承诺 20 分钟", "70 分", "拨打 2 次". */
  function measure(code: Indicator, m: number | null | undefined): string {
    if (m == null || !Number.isFinite(m)) return ''
    const kind = measureKind(code)
    switch (kind) {
      case 'minutes':
        return t('kpi.measure.minutes', { duration: minutesText(m) })
      case 'lateness':
        return m > 0 ? t('kpi.measure.late', { duration: minutesText(m) }) : t('kpi.measure.early', { duration: minutesText(m) })
      case 'notice':
        return m >= 0 ? t('kpi.measure.noticeAhead', { duration: minutesText(m) }) : t('kpi.measure.noticeLate', { duration: minutesText(m) })
      case 'hours':
        return t('kpi.measure.hours', { n: number(m) })
      case 'labourHours':
        return t('kpi.measure.labourHours', { n: number(m, 2) })
      case 'repairHours':
        return t('kpi.measure.repairHours', { n: number(m, 2) })
      case 'score':
        return t('kpi.measure.score', { n: number(m) })
      case 'attempts':
        return t('kpi.measure.attempts', { n: number(m, 0) })
      case 'issues':
        return t('kpi.measure.issues', { n: number(m, 0) })
      case 'difference':
        return t('kpi.measure.difference', { n: m > 0 ? `+${number(m, 2)}` : number(m, 2) })
      case 'hoursLate':
        return m > 0 ? t('kpi.measure.hoursLate', { n: number(m) }) : t('kpi.measure.hoursEarly', { n: number(Math.abs(m)) })
      case 'pricePercent':
        return t('kpi.measure.pricePercent', { n: number(m) })
      case 'units':
        return t('kpi.measure.units', { n: number(m, 2) })
      default:
        return number(m)
    }
  }

  /** The item's detail code by name (a status, a reason, a category), or the text as it came (an item's name). */
  function detail(code: Indicator, d: string | null | undefined): string {
    if (!d) return ''
    const prefix = detailPrefix(code)
    if (prefix && te(`${prefix}.${d}`)) {
      const label = t(`${prefix}.${d}`)
      return code === 'COMPLAINTS_ANSWERED_IN_TIME' ? t('kpi.item.priority', { priority: label }) : label
    }
    return te(`kpi.detail.${d}`) ? t(`kpi.detail.${d}`) : d
  }

  const kindName = (kind: KpiItem['kind']) => (te(`kpi.kind.${kind}`) ? t(`kpi.kind.${kind}`) : kind)

  /** What the item adds to the figure: "1/1", "0/1" (a score adds itself, over 1). */
  const contribution = (item: Pick<KpiItem, 'numerator' | 'denominator'>) =>
    t('kpi.item.contribution', { numerator: number(item.numerator, 2), denominator: number(item.denominator, 2) })

  return {
    number,
    name,
    definition,
    unitName,
    parts,
    value,
    target,
    statusName,
    scopeName,
    componentName,
    previousText,
    trendDelta,
    range,
    periodLabel,
    periodHint,
    monthText,
    measure,
    detail,
    kindName,
    contribution,
  }
}
