import { addDays } from './time'

/**
 * The periods of the manager's figures, in the shop's calendar days (the API takes dates, both included). A day,
 * a week (Monday to Sunday) or a month is always the whole calendar period, even while it runs: the figures count
 * what has happened so far, and the server's "previous period of the same length" is then yesterday, last week,
 * or the 28 to 31 days before the month - the comparison a manager expects.
 */
export const PERIOD_KINDS = ['day', 'week', 'month', 'custom'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]
export type CalendarKind = Exclude<PeriodKind, 'custom'>

export interface KpiPeriod {
  kind: PeriodKind
  /** YYYY-MM-DD */
  from: string
  /** YYYY-MM-DD, included */
  to: string
}

/** The longest period the API accepts. */
export const MAX_PERIOD_DAYS = 400

export function isPeriodKind(value: unknown): value is PeriodKind {
  return typeof value === 'string' && (PERIOD_KINDS as readonly string[]).includes(value)
}

const utc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

/** The last day of a month, "2026-02" -> "2026-02-28". */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).toISOString().slice(0, 10)
}

/** A month (YYYY-MM) plus some months. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + months, 1)).toISOString().slice(0, 7)
}

/** Days from `from` to `to`, both included (1 for a single day). */
export function dayCount(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000) + 1
}

/** The day, week (Monday first) or month that contains `day`. */
export function calendarPeriod(kind: CalendarKind, day: string): KpiPeriod {
  if (kind === 'day') return { kind, from: day, to: day }
  if (kind === 'week') {
    const monday = addDays(day, -((utc(day).getUTCDay() + 6) % 7))
    return { kind, from: monday, to: addDays(monday, 6) }
  }
  const month = day.slice(0, 7)
  return { kind, from: `${month}-01`, to: monthEnd(month) }
}

/** A range of one's own, put in order and cut to the longest the API takes (keeping its end). */
export function customPeriod(from: string, to: string): KpiPeriod {
  const [first, last] = from <= to ? [from, to] : [to, from]
  const start = dayCount(first, last) > MAX_PERIOD_DAYS ? addDays(last, -(MAX_PERIOD_DAYS - 1)) : first
  return { kind: 'custom', from: start, to: last }
}

/** The period before (-1) or after (+1): the previous day, week or month; a custom range by its own length. */
export function shiftPeriod(period: KpiPeriod, step: number): KpiPeriod {
  switch (period.kind) {
    case 'day':
      return calendarPeriod('day', addDays(period.from, step))
    case 'week':
      return calendarPeriod('week', addDays(period.from, 7 * step))
    case 'month':
      return calendarPeriod('month', `${addMonths(period.from.slice(0, 7), step)}-01`)
    default: {
      const days = dayCount(period.from, period.to)
      return { kind: 'custom', from: addDays(period.from, days * step), to: addDays(period.to, days * step) }
    }
  }
}

/** The period runs today: its figures are so far. */
export function isCurrent(period: Pick<KpiPeriod, 'from' | 'to'>, today: string): boolean {
  return period.from <= today && today <= period.to
}

/** There is a next period with anything in it (it starts today at the latest). */
export function hasNext(period: KpiPeriod, today: string): boolean {
  return shiftPeriod(period, 1).from <= today
}

/** The `count` months up to the one containing `day`, oldest first: the points of a trend. */
export function monthsUpTo(day: string, count: number): KpiPeriod[] {
  const last = day.slice(0, 7)
  return Array.from({ length: count }, (_, i) => calendarPeriod('month', `${addMonths(last, i - count + 1)}-01`))
}

/** The `count` weeks up to the one containing `day`, oldest first. */
export function weeksUpTo(day: string, count: number): KpiPeriod[] {
  const last = calendarPeriod('week', day)
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, i - count + 1))
}

/** The period of a route's query (from, to, kind), or null when it names none that makes sense. */
export function periodFromQuery(query: Record<string, unknown>): KpiPeriod | null {
  const from = typeof query.from === 'string' ? query.from : ''
  const to = typeof query.to === 'string' ? query.to : ''
  const date = /^\d{4}-\d{2}-\d{2}$/
  if (!date.test(from) || !date.test(to) || from > to || Number.isNaN(utc(from).getTime())) return null
  const kind = isPeriodKind(query.kind) ? query.kind : 'custom'
  if (kind !== 'custom') {
    const calendar = calendarPeriod(kind, from)
    if (calendar.from === from && calendar.to === to) return calendar
  }
  return customPeriod(from, to)
}

/** The drill-down of a figure for a period, for the shop or one person. */
export function kpiDetailRoute(
  code: string,
  period: KpiPeriod,
  scope: string = 'SHOP',
  subject?: { id: string; name: string } | null,
): { name: 'kpi-detail'; params: { code: string }; query: Record<string, string> } {
  const query: Record<string, string> = { from: period.from, to: period.to, kind: period.kind }
  if (scope !== 'SHOP') query.scope = scope
  if (scope !== 'SHOP' && subject) {
    query.subject = subject.id
    query.name = subject.name
  }
  return { name: 'kpi-detail', params: { code }, query }
}
