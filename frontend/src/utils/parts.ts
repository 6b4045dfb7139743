import type { FieldError } from '@/api/types'
import type { IssueItemView, PartNames, PartUnit, PurchaseOrderStatus } from '@/api/partsTypes'

/** The parts desk's shared rules: the order of the issue queue, quantities as typed, field errors of a list. */

/** Units that come whole (a filter, a set of pads): no decimals typed. Litres and metres may be fractional. */
export const WHOLE_UNITS: readonly PartUnit[] = ['PIECE', 'SET', 'BOTTLE']
export const isWholeUnit = (unit: PartUnit) => WHOLE_UNITS.includes(unit)

/**
 * What to hand out first: lines a technician asked for (oldest ask first: someone is standing at the counter),
 * then the other reserved lines by when their order was approved. Ties keep the server's order.
 */
export function issueOrder(items: readonly IssueItemView[]): IssueItemView[] {
  const rank = (item: IssueItemView) => (item.requestedAt ? 0 : 1)
  const time = (item: IssueItemView) => Date.parse(item.requestedAt ?? item.askedAt)
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || time(a.item) - time(b.item) || a.index - b.index)
    .map(({ item }) => item)
}

/** How many of the queue a technician is waiting for. */
export const askedCount = (items: readonly IssueItemView[]) => items.filter((i) => !!i.requestedAt).length

/**
 * A quantity as typed: a positive (or, with `allowZero`, non-negative) number with at most two decimals, whole for
 * whole units; null otherwise.
 */
export function parseQuantity(text: string | number | null | undefined, unit: PartUnit | null = null, allowZero = false): number | null {
  if (text === null || text === undefined) return null
  const value = String(text).trim().replace(/,/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null
  const n = Number(value)
  if (!allowZero && n === 0) return null
  if (unit && isWholeUnit(unit) && !Number.isInteger(n)) return null
  return n
}

/** Hundredths as integers, so that 0.1 + 0.2 is 0.3: quantities have at most two decimals. */
const hundredths = (n: number) => Math.round(n * 100)
export const addQ = (a: number, b: number) => (hundredths(a) + hundredths(b)) / 100
export const subQ = (a: number, b: number) => (hundredths(a) - hundredths(b)) / 100

/** A quantity as shown: no trailing zeros ("2", "1.5"), a sign when asked ("+2", "-0.5", "0"). */
export function quantityText(n: number, signed = false): string {
  const text = String(Math.round(n * 100) / 100)
  return signed && n > 0 ? `+${text}` : text
}

/** A part's name in the reader's language: the English name in the English UI when it has one. */
export const partName = (part: PartNames, locale: string) =>
  locale === 'en' && part.nameEn ? part.nameEn : part.nameZh

/** Vant tag types of the purchase order statuses. */
export function poStatusTag(status: PurchaseOrderStatus): 'default' | 'primary' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'DRAFT':
      return 'default'
    case 'SENT':
      return 'primary'
    case 'PARTLY_RECEIVED':
      return 'warning'
    case 'RECEIVED':
      return 'success'
    case 'CANCELLED':
      return 'danger'
  }
}

/** The statuses the purchase orders are listed by, in the order of their life. */
export const PO_STATUSES: readonly PurchaseOrderStatus[] = ['DRAFT', 'SENT', 'PARTLY_RECEIVED', 'RECEIVED', 'CANCELLED']

/** A purchase order can be received (goods come in) while it is sent and not complete. */
export const isReceivable = (status: PurchaseOrderStatus) => status === 'SENT' || status === 'PARTLY_RECEIVED'

const INDEXED = /^(?:.*\.)?(\w+)\[(\d+)\]\.(\w+)$/

/**
 * The server's field errors about a list in the request ("lines[2].rejectReason"), by index and field, and the
 * rest by their last name ("inspectorId"), for the form's own fields.
 */
export function listFieldErrors(errors: readonly FieldError[], list = 'lines') {
  const byIndex: Record<number, Record<string, string>> = {}
  const rest: Record<string, string> = {}
  for (const error of errors) {
    const match = INDEXED.exec(error.field)
    if (match && match[1] === list) {
      const row = (byIndex[Number(match[2])] ??= {})
      row[match[3] ?? ''] ??= error.message
    } else {
      const name = error.field.split('.').pop() ?? error.field
      rest[name.replace(/\[\d+\]$/, '')] ??= error.message
    }
  }
  return { byIndex, rest }
}
