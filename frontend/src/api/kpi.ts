import { api } from './client'
import { unwrap } from './problem'
import type { Indicator, KpiItem, KpiReport, KpiScope } from './types'

/** A report's days in the shop's time zone (YYYY-MM-DD, both included; at most 400 days). */
export interface KpiPeriodQuery {
  from: string
  to: string
}

/**
 * The quality indicators of a period, each with its target, figure and the previous period of the same length;
 * per person with `scope` (only the indicators that apply to that kind of person). Managers only.
 */
export function listKpis(query: KpiPeriodQuery & { scope?: KpiScope; code?: Indicator[] }): Promise<KpiReport> {
  return unwrap(api.GET('/api/v1/kpis', { params: { query } }))
}

/** The bookings, orders or complaints behind a figure (oldest first), for one person with `scope` and `subject`. */
export function listKpiItems(code: Indicator, query: KpiPeriodQuery & { scope?: KpiScope; subject?: string }): Promise<KpiItem[]> {
  return unwrap(api.GET('/api/v1/kpis/{code}/items', { params: { path: { code }, query } }))
}
