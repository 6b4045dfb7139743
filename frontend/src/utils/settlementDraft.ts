import type { ItemKind, RepairOrderView, SettlementLineRequest } from '@/api/types'
import { nextDraftKey } from './draftKey'
import { parseDecimal, sumCents, toCents, typedLineCents } from './money'

// The settlement as the advisor writes it: the approved work as billed, each difference with its reason.

/** A settlement line being written: against an approved item (itemId) or new. */
export interface SettlementDraftLine {
  key: string
  itemId: string | null
  kind: ItemKind
  description: string
  quantity: string
  unitPrice: string
  /** The approved estimate's amount (fen); null for a new line. */
  estimated: number | null
  /** The catalogue part the billed item named (a new line is written by hand: sublet or not in the catalogue). */
  partId: string | null
  differenceReason: string
}

const partIdOf = (line: { kind: ItemKind; partId?: string | null }) => (line.kind === 'PART' ? (line.partId ?? null) : null)

/**
 * The settlement to edit: the one issued (to reissue it), else one line per approved item at its estimated
 * quantity and price, which needs no explanation.
 */
export function settlementDraft(order: RepairOrderView): SettlementDraftLine[] {
  if (order.settlement?.lines.length) {
    return order.settlement.lines.map((line) => ({
      key: nextDraftKey(),
      itemId: line.itemId ?? null,
      kind: line.kind,
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: String(line.unitPrice),
      estimated: line.estimatedAmount === null || line.estimatedAmount === undefined ? null : toCents(line.estimatedAmount),
      partId: partIdOf(line),
      differenceReason: line.differenceReason ?? '',
    }))
  }
  return order.estimate.items
    .filter((item) => item.decision === 'APPROVED')
    .map((item) => ({
      key: nextDraftKey(),
      itemId: item.id,
      kind: item.kind,
      description: item.description,
      quantity: String(item.quantity),
      unitPrice: String(item.unitPrice),
      estimated: toCents(item.amount),
      partId: partIdOf(item),
      differenceReason: '',
    }))
}

export function newSettlementLine(kind: ItemKind = 'PART'): SettlementDraftLine {
  return { key: nextDraftKey(), itemId: null, kind, description: '', quantity: '1', unitPrice: '', estimated: null, partId: null, differenceReason: '' }
}

/** amount - estimate (fen): the whole amount of a new line; null while the amount is not a number. */
export function settlementDifference(line: SettlementDraftLine): number | null {
  const amount = typedLineCents(line)
  if (amount === null) return null
  return amount - (line.estimated ?? 0)
}

/** A new line, or one whose amount differs from the estimate, must say why. */
export function needsReason(line: SettlementDraftLine): boolean {
  if (line.estimated === null) return true
  const difference = settlementDifference(line)
  return difference !== null && difference !== 0
}

export type SettlementField = 'description' | 'quantity' | 'unitPrice' | 'differenceReason'

export function settlementIssues(line: SettlementDraftLine): SettlementField[] {
  const issues: SettlementField[] = []
  if (!line.description.trim()) issues.push('description')
  const quantity = parseDecimal(line.quantity)
  if (quantity === null || quantity > 9999 || (line.itemId === null && quantity === 0)) issues.push('quantity')
  const price = parseDecimal(line.unitPrice)
  if (price === null || price > 1_000_000) issues.push('unitPrice')
  if (needsReason(line) && !line.differenceReason.trim()) issues.push('differenceReason')
  return issues
}

export interface SettlementTotals {
  estimated: number
  total: number
  difference: number
}

export function settlementTotals(lines: readonly SettlementDraftLine[]): SettlementTotals {
  const estimated = sumCents(lines.map((line) => line.estimated ?? 0))
  const total = sumCents(lines.map((line) => typedLineCents(line) ?? 0))
  return { estimated, total, difference: total - estimated }
}

export function toSettlementLine(line: SettlementDraftLine): SettlementLineRequest {
  const reason = line.differenceReason.trim()
  return {
    ...(line.itemId ? { itemId: line.itemId } : {}),
    kind: line.kind,
    description: line.description.trim(),
    quantity: parseDecimal(line.quantity) ?? 0,
    unitPrice: parseDecimal(line.unitPrice) ?? 0,
    ...(needsReason(line) && reason ? { differenceReason: reason } : {}),
    ...(line.kind === 'PART' && line.partId ? { partId: line.partId } : {}),
  }
}
