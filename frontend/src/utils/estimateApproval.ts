import type { EstimateItemView, ItemDecision, RepairOrderView } from '@/api/types'
import { toCents } from './money'
import { isOpen } from './repairStatus'

// The owner's (or the advisor's, recording it) decisions on an estimate and its supplements.

export type Choice = ItemDecision['decision']

/** Items waiting for the owner's decision that can be decided now, estimate first, then each supplement. */
export function decidableItems(order: RepairOrderView): EstimateItemView[] {
  return order.estimate.items.filter(
    (item) =>
      item.decision === 'PENDING' &&
      (item.round === 0 ? order.status === 'AWAITING_APPROVAL' : isOpen(order.status)),
  )
}

/** Items grouped by round (0 = the estimate, 1, 2, ... = supplements), rounds ascending. */
export function byRound(items: readonly EstimateItemView[]): { round: number; items: EstimateItemView[] }[] {
  const rounds = new Map<number, EstimateItemView[]>()
  for (const item of items) rounds.set(item.round, [...(rounds.get(item.round) ?? []), item])
  return [...rounds.entries()].sort(([a], [b]) => a - b).map(([round, list]) => ({ round, items: list }))
}

/** What each supplement found (its round's SUPPLEMENT_SENT event, in order): round -> finding. */
export function supplementFindings(timeline: readonly { type: string; seq: number; message?: string | null }[]): Record<number, string> {
  const findings: Record<number, string> = {}
  timeline
    .filter((event) => event.type === 'SUPPLEMENT_SENT')
    .sort((a, b) => a.seq - b.seq)
    .forEach((event, i) => {
      if (event.message) findings[i + 1] = event.message
    })
  return findings
}

export interface ApprovalTotals {
  /** Of the items on screen, what the owner accepts, declines, has not chosen yet (fen). */
  accepted: number
  declined: number
  undecided: number
  undecidedCount: number
  /** What the order comes to with the accepted items: earlier approvals plus these (fen). */
  orderTotal: number
}

/** Totals of an approval screen as the owner toggles items. */
export function approvalTotals(
  items: readonly EstimateItemView[],
  choices: Readonly<Record<string, Choice | undefined>>,
  approvedBefore: number,
): ApprovalTotals {
  let accepted = 0
  let declined = 0
  let undecided = 0
  let undecidedCount = 0
  for (const item of items) {
    const amount = toCents(item.amount)
    const choice = choices[item.id]
    if (choice === 'APPROVED') accepted += amount
    else if (choice === 'DECLINED') declined += amount
    else {
      undecided += amount
      undecidedCount += 1
    }
  }
  return { accepted, declined, undecided, undecidedCount, orderTotal: toCents(approvedBefore) + accepted }
}

/** The request body for the choices made (undecided items are left out: they stay pending). */
export function decisionsOf(items: readonly EstimateItemView[], choices: Readonly<Record<string, Choice | undefined>>): ItemDecision[] {
  return items.flatMap((item) => {
    const decision = choices[item.id]
    return decision ? [{ itemId: item.id, decision }] : []
  })
}

/** Required items the owner is about to decline (worth a second question). */
export function declinedRequired(items: readonly EstimateItemView[], choices: Readonly<Record<string, Choice | undefined>>) {
  return items.filter((item) => item.necessity === 'REQUIRED' && choices[item.id] === 'DECLINED')
}

/** Whether these choices decline every item of the estimate, which cancels the order. */
export function cancelsOrder(order: RepairOrderView, choices: Readonly<Record<string, Choice | undefined>>): boolean {
  const estimate = order.estimate.items.filter((item) => item.round === 0)
  if (order.status !== 'AWAITING_APPROVAL' || estimate.length === 0) return false
  return estimate.every((item) => (item.decision === 'PENDING' ? choices[item.id] === 'DECLINED' : item.decision === 'DECLINED'))
}
