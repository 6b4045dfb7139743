import type { PurchaseOrderLineView, ReceiptLineRequest, ReceiptRequest } from '@/api/partsTypes'
import { parseQuantity, subQ } from './parts'

/**
 * Receiving inspection (到货验收): per line of a sent purchase order, what arrived and what the inspector rejected,
 * with the checklist (spec, model, quantity, genuine, packaging intact). Passed = arrived - rejected; rejected units
 * go back to the supplier and stay open on the order.
 */

export const CHECKS = ['specOk', 'modelOk', 'quantityOk', 'genuineOk', 'packagingOk'] as const
export type Check = (typeof CHECKS)[number]

export interface ReceiveDraftLine {
  line: PurchaseOrderLineView
  arrived: number
  rejected: number
  rejectReason: string
  checks: Record<Check, boolean>
}

/** Still to come on a purchase order line: ordered minus what passed (rejected units are still owed). */
export const openQuantity = (line: Pick<PurchaseOrderLineView, 'quantity' | 'received'>) => Math.max(0, subQ(line.quantity, line.received))

/** Every open line, expected to arrive in full and pass every check (the common case: the inspector changes what is not). */
export const receiveDraftOf = (lines: readonly PurchaseOrderLineView[]): ReceiveDraftLine[] =>
  lines
    .filter((line) => openQuantity(line) > 0)
    .map((line) => ({
      line,
      arrived: openQuantity(line),
      rejected: 0,
      rejectReason: '',
      checks: { specOk: true, modelOk: true, quantityOk: true, genuineOk: true, packagingOk: true },
    }))

export const passedOf = (d: Pick<ReceiveDraftLine, 'arrived' | 'rejected'>) => Math.max(0, subQ(d.arrived, d.rejected))

export const failedChecks = (d: Pick<ReceiveDraftLine, 'checks'>): Check[] => CHECKS.filter((c) => !d.checks[c])

export type ReceiveIssue = 'rejectedOverArrived' | 'rejectReason' | 'arrivedOverOpen'

/** What keeps a line from being sent. A failed check does not force a rejection (the inspector decides), it only warns. */
export function receiveIssue(d: ReceiveDraftLine): ReceiveIssue | null {
  if (d.rejected > d.arrived) return 'rejectedOverArrived'
  if (d.arrived > openQuantity(d.line)) return 'arrivedOverOpen'
  if (d.rejected > 0 && !d.rejectReason.trim()) return 'rejectReason'
  return null
}

/** A failed check with nothing rejected: worth a second look before submitting. */
export const checkWarning = (d: ReceiveDraftLine) => d.arrived > 0 && d.rejected === 0 && failedChecks(d).length > 0

export interface ReceiveSummary {
  arrived: number
  passed: number
  rejected: number
  lines: number
}

export function receiveSummary(drafts: readonly ReceiveDraftLine[]): ReceiveSummary {
  const arriving = drafts.filter((d) => d.arrived > 0)
  const sum = (f: (d: ReceiveDraftLine) => number) => arriving.reduce((total, d) => Math.round((total + f(d)) * 100) / 100, 0)
  return { arrived: sum((d) => d.arrived), passed: sum(passedOf), rejected: sum((d) => d.rejected), lines: arriving.length }
}

/**
 * The request, with the lines that arrived (a line with nothing arriving today is left out: it stays open) and the
 * index of each in the draft, so that the server's "lines[n]" errors find their card.
 */
export function receiptRequestOf(drafts: readonly ReceiveDraftLine[], inspectorId: string, note: string): { request: ReceiptRequest; draftIndex: number[] } {
  const draftIndex: number[] = []
  const lines: ReceiptLineRequest[] = []
  drafts.forEach((d, i) => {
    if (d.arrived <= 0) return
    draftIndex.push(i)
    lines.push({
      lineId: d.line.id,
      arrived: d.arrived,
      rejected: d.rejected,
      rejectReason: d.rejected > 0 ? d.rejectReason.trim() : null,
      ...d.checks,
    })
  })
  return { request: { inspectorId, note: note.trim() || null, lines }, draftIndex }
}

/** Steps of the steppers: whole units step by 1; litres and metres by 0.5. */
export const stepOf = (whole: boolean) => (whole ? 1 : 0.5)

/** A quantity typed into a stepper, or the fallback when it is not one. */
export const stepperValue = (value: string | number, fallback: number) => parseQuantity(value, null, true) ?? fallback
