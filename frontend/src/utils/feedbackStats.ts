import { addDays } from './time'

// The report pages on ratings and complaints: their periods, breakdowns and export.

/** Counts of a breakdown, largest first (ties by name), leaving out zeros. */
export function rankedCounts(counts: Readonly<Record<string, number>> | null | undefined): [string, number][] {
  return Object.entries(counts ?? {})
    .filter(([, n]) => n > 0)
    .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
}

/** Months in calendar order ("2026-10" before "2026-11"). */
export function monthSeries(byMonth: Readonly<Record<string, number>> | null | undefined): [string, number][] {
  return Object.entries(byMonth ?? {}).sort(([a], [b]) => a.localeCompare(b))
}

/** A share 0..1 as a whole percentage ("83%"); "–" when there is none. */
export function percent(share: number | null | undefined): string {
  if (share == null || !Number.isFinite(share)) return '–'
  return `${Math.round(share * 100)}%`
}

/** The first day of the month of `today` (YYYY-MM-DD) and `today`: "this month" for the report pages. */
export function monthToDate(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 7)}-01`, to: today }
}

export const PERIODS = ['month', 'lastMonth', 'quarter'] as const
export type PeriodKey = (typeof PERIODS)[number]

/** A report's period from the shop's today: this month so far, last month, or the last 90 days. */
export function periodOf(key: PeriodKey, today: string): { from: string; to: string } {
  if (key === 'month') return monthToDate(today)
  if (key === 'quarter') return { from: addDays(today, -89), to: today }
  const firstOfMonth = `${today.slice(0, 7)}-01`
  const lastOfPrevious = addDays(firstOfMonth, -1)
  return { from: `${lastOfPrevious.slice(0, 7)}-01`, to: lastOfPrevious }
}

/** A CSV file name for the period: complaints-2026-11-01-2026-11-24.csv. */
export function exportFileName(from: string, to: string): string {
  return `complaints-${from}-${to}.csv`
}
