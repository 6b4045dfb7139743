import type { Indicator, IndicatorFigure, IndicatorReport, KpiDirection, KpiItem, KpiStatus, KpiUnit } from '@/api/types'

/**
 * The quality indicators as the manager reads them: families of the service journey, how a figure stands against
 * its target (the server's `status`, with the same rule computed here where the server gives none, e.g. the
 * points of a trend), the trend against the previous period, and what an item's `measure` means.
 */

/** Where an indicator sits in the service journey; the desk shows them in this order. */
export const KPI_FAMILIES = {
  booking: ['BOOKING_CONFIRMED_IN_TIME', 'EMERGENCY_RESPONSE_IN_TIME', 'NORMAL_RESPONSE_IN_TIME'],
  workshop: ['DISPATCH_IN_TIME', 'SAFETY_START_IN_TIME', 'HOURLY_UPDATES', 'QC_FIRST_PASS', 'TECHNICIAN_EFFICIENCY', 'SOLD_HOURS_PER_ORDER'],
  delivery: [
    'SERVICE_COMPLETION',
    'KEY_ITEMS_COMPLETED',
    'ON_TIME_LAST_PROMISE',
    'ON_TIME_FIRST_PROMISE',
    'DELAY_ANNOUNCED_IN_TIME',
    'DELAYS_PER_100_ORDERS',
    'SETTLEMENT_FIRST_TIME_RIGHT',
    'COMEBACKS',
  ],
  satisfaction: ['SATISFACTION', 'DELIVERIES_RATED', 'FOLLOW_UP_REACHED', 'FOLLOW_UP_PROBLEMS_SOLVED'],
  complaints: [
    'COMPLAINTS_HANDLED',
    'COMPLAINTS_ANSWERED_IN_TIME',
    'COMPLAINTS_RESOLVED_IN_TIME',
    'COMPLAINT_SATISFACTION',
    'COMPLAINTS_PER_100_ORDERS',
  ],
  parts: ['STOCK_ACCURACY', 'SUPPLY_ON_TIME', 'PURCHASE_COST', 'LOSS_RATE'],
} as const satisfies Record<string, readonly Indicator[]>

export type KpiFamily = keyof typeof KPI_FAMILIES | 'other'
export const FAMILY_ORDER: readonly KpiFamily[] = ['booking', 'workshop', 'delivery', 'satisfaction', 'complaints', 'parts', 'other']

export const ALL_INDICATORS: readonly Indicator[] = Object.values(KPI_FAMILIES).flat()

export function familyOf(code: string): KpiFamily {
  for (const family of FAMILY_ORDER) {
    if (family !== 'other' && (KPI_FAMILIES[family] as readonly string[]).includes(code)) return family
  }
  return 'other' // an indicator added to the contract after this build
}

/** Indicators grouped by family, in the desk's order; each family keeps the server's order within it. */
export function groupByFamily<T extends { code: string }>(indicators: readonly T[]): { family: KpiFamily; indicators: T[] }[] {
  return FAMILY_ORDER.map((family) => ({ family, indicators: indicators.filter((i) => familyOf(i.code) === family) })).filter(
    (group) => group.indicators.length > 0,
  )
}

/**
 * Unit and direction of each indicator, for screens that get only a code (improvement actions). The report's
 * own `unit` and `direction` win wherever there is a report.
 */
const PER_100: readonly Indicator[] = ['DELAYS_PER_100_ORDERS', 'COMPLAINTS_PER_100_ORDERS']
const SCORES: readonly Indicator[] = ['SATISFACTION', 'COMPLAINT_SATISFACTION']
const LESS_IS_BETTER: readonly Indicator[] = ['DELAYS_PER_100_ORDERS', 'COMPLAINTS_PER_100_ORDERS', 'COMEBACKS', 'PURCHASE_COST', 'LOSS_RATE']

export function unitOf(code: Indicator): KpiUnit {
  if (PER_100.includes(code)) return 'PER_100'
  if (SCORES.includes(code)) return 'SCORE'
  if (code === 'SOLD_HOURS_PER_ORDER') return 'HOURS'
  return 'PERCENT'
}

export function directionOf(code: Indicator): KpiDirection {
  return LESS_IS_BETTER.includes(code) ? 'AT_MOST' : 'AT_LEAST'
}

// Against the target -----------------------------------------------------------------------------------------

/** How close to the target still counts as "nearly there" (amber), in the indicator's unit: the server's rule. */
export const AMBER_POINTS = 5

/**
 * GREEN meets the target, AMBER misses it by at most 5 points, RED by more; NONE without a value or without a
 * target (a tracked-only indicator).
 */
export function statusOf(value: number | null | undefined, target: number | null | undefined, direction: KpiDirection): KpiStatus {
  if (value == null || target == null || !Number.isFinite(value)) return 'NONE'
  const shortBy = direction === 'AT_MOST' ? value - target : target - value
  if (shortBy <= 1e-9) return 'GREEN'
  return shortBy <= AMBER_POINTS + 1e-9 ? 'AMBER' : 'RED'
}

/** The figure's status as the server says, or by the same rule when it says nothing. */
export function figureStatus(indicator: Pick<IndicatorReport, 'target' | 'direction'>, figure: Pick<IndicatorFigure, 'value' | 'status'>): KpiStatus {
  return figure.status ?? statusOf(figure.value, indicator.target, indicator.direction)
}

export type KpiTone = 'good' | 'warn' | 'bad' | 'neutral'

export function toneOf(status: KpiStatus | null | undefined): KpiTone {
  if (status === 'GREEN') return 'good'
  if (status === 'AMBER') return 'warn'
  if (status === 'RED') return 'bad'
  return 'neutral'
}

/** Vant tag type of a status. */
export function statusTagType(status: KpiStatus): 'success' | 'warning' | 'danger' | 'default' {
  return ({ GREEN: 'success', AMBER: 'warning', RED: 'danger', NONE: 'default' } as const)[status]
}

/** Worst first: red, amber, green, then those without a verdict. */
export const STATUS_RANK: Record<KpiStatus, number> = { RED: 0, AMBER: 1, GREEN: 2, NONE: 3 }

// Trend ------------------------------------------------------------------------------------------------------

export interface Trend {
  /** Which way the number moved. */
  arrow: 'up' | 'down' | 'flat'
  /** Whether that is good news, by the indicator's direction. */
  verdict: 'better' | 'worse' | 'same'
  delta: number
}

/** Below this a change does not show at one decimal: flat. */
const FLAT = 0.05

export function trendOf(value: number | null | undefined, previous: number | null | undefined, direction: KpiDirection): Trend | null {
  if (value == null || previous == null || !Number.isFinite(value) || !Number.isFinite(previous)) return null
  const delta = value - previous
  if (Math.abs(delta) < FLAT) return { arrow: 'flat', verdict: 'same', delta: 0 }
  const up = delta > 0
  return { arrow: up ? 'up' : 'down', verdict: up === (direction === 'AT_LEAST') ? 'better' : 'worse', delta }
}

// Numbers ----------------------------------------------------------------------------------------------------

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A figure with at most `digits` decimals, grouped for the locale: 94.74 -> "94.7", 100.0 -> "100". */
export function formatNumber(value: number, locale: string, digits = 1): string {
  const key = `${locale}|${digits}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 })
    numberFormats.set(key, format)
  }
  return format.format(value)
}

/** The placeholder of a figure with nothing counted: never 0 %. */
export const NO_VALUE = '—'

// Items ------------------------------------------------------------------------------------------------------

/** What an item's `measure` is, by indicator (see the indicator's definition). */
export type MeasureKind =
  | 'minutes'
  | 'lateness'
  | 'notice'
  | 'hours'
  | 'labourHours'
  | 'repairHours'
  | 'score'
  | 'attempts'
  | 'issues'
  | 'difference'
  | 'hoursLate'
  | 'pricePercent'
  | 'units'

const MEASURES: Partial<Record<Indicator, MeasureKind>> = {
  BOOKING_CONFIRMED_IN_TIME: 'minutes',
  EMERGENCY_RESPONSE_IN_TIME: 'minutes',
  NORMAL_RESPONSE_IN_TIME: 'minutes',
  DISPATCH_IN_TIME: 'minutes',
  SAFETY_START_IN_TIME: 'minutes',
  ON_TIME_FIRST_PROMISE: 'lateness',
  ON_TIME_LAST_PROMISE: 'lateness',
  DELAY_ANNOUNCED_IN_TIME: 'notice',
  COMPLAINTS_ANSWERED_IN_TIME: 'hours',
  COMPLAINTS_RESOLVED_IN_TIME: 'hours',
  SOLD_HOURS_PER_ORDER: 'labourHours',
  TECHNICIAN_EFFICIENCY: 'repairHours',
  SATISFACTION: 'score',
  COMPLAINT_SATISFACTION: 'score',
  FOLLOW_UP_REACHED: 'attempts',
  SETTLEMENT_FIRST_TIME_RIGHT: 'issues',
  STOCK_ACCURACY: 'difference',
  SUPPLY_ON_TIME: 'hoursLate',
  PURCHASE_COST: 'pricePercent',
  LOSS_RATE: 'units',
}

export function measureKind(code: Indicator): MeasureKind | null {
  return MEASURES[code] ?? null
}

/** Where the label of an item's `detail` code lives, by indicator (a status, a reason, a category...). */
const DETAIL_PREFIXES: Partial<Record<Indicator, string>> = {
  SERVICE_COMPLETION: 'repair.status',
  DELAY_ANNOUNCED_IN_TIME: 'repair.delayReason',
  FOLLOW_UP_REACHED: 'followUp.status',
  COMPLAINTS_HANDLED: 'complaint.status',
  COMPLAINTS_RESOLVED_IN_TIME: 'complaint.status',
  COMPLAINTS_ANSWERED_IN_TIME: 'complaint.priority',
  COMPLAINTS_PER_100_ORDERS: 'complaint.category',
  COMPLAINT_SATISFACTION: 'complaint.category',
}

export function detailPrefix(code: Indicator): string | null {
  return DETAIL_PREFIXES[code] ?? null
}

/** The missed ones first (what needs looking at), then newest first. */
export function itemOrder(a: KpiItem, b: KpiItem): number {
  if (a.missed !== b.missed) return a.missed ? -1 : 1
  return new Date(b.at).getTime() - new Date(a.at).getTime()
}

export function sortedItems(items: readonly KpiItem[], missedOnly = false): KpiItem[] {
  return items.filter((i) => !missedOnly || i.missed).sort(itemOrder)
}

/** The staff page an item opens: a booking, a repair order, a complaint, a part (its ledger), a purchase order. */
export function itemRoute(item: Pick<KpiItem, 'kind' | 'id'>): { name: string; params: { id: string } } | null {
  const name = (
    {
      BOOKING: 'booking',
      ORDER: 'desk-repair',
      COMPLAINT: 'desk-complaint',
      PART: 'parts-part',
      PURCHASE_ORDER: 'parts-purchase-order',
    } as Record<string, string | undefined>
  )[item.kind]
  return name ? { name, params: { id: item.id } } : null
}

/** The figures of one indicator per person, worst first (by status, then by value against the direction). */
export function peopleOrder(direction: KpiDirection) {
  return (a: IndicatorFigure, b: IndicatorFigure): number => {
    const byStatus = STATUS_RANK[a.status] - STATUS_RANK[b.status]
    if (byStatus) return byStatus
    if (a.value == null || b.value == null) return a.value == null ? (b.value == null ? 0 : 1) : -1
    return direction === 'AT_LEAST' ? a.value - b.value : b.value - a.value
  }
}

/** How many figures stand where: the desk's summary strip. */
export function statusCounts(figures: readonly Pick<IndicatorFigure, 'status'>[]): Record<KpiStatus, number> {
  const counts: Record<KpiStatus, number> = { RED: 0, AMBER: 0, GREEN: 0, NONE: 0 }
  for (const figure of figures) counts[figure.status] += 1
  return counts
}
