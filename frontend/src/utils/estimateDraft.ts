import type { EstimateItemRequest, EstimateItemView, ItemKind, Necessity } from '@/api/types'
import { nextDraftKey } from './draftKey'
import { parseDecimal, typedLineCents } from './money'

// The estimate (or a supplement) as the advisor writes it, line by line.

/** A line being written; numbers stay text until sent, as typed. */
export interface DraftItem {
  key: string
  kind: ItemKind
  description: string
  partNumber: string
  quantity: string
  unitPrice: string
  necessity: Necessity
  reason: string
}

export function emptyItem(kind: ItemKind = 'LABOUR', necessity: Necessity = 'REQUIRED'): DraftItem {
  return { key: nextDraftKey(), kind, description: '', partNumber: '', quantity: '1', unitPrice: '', necessity, reason: '' }
}

/** The items of an estimate not decided yet, to edit and send again. */
export function draftFromItems(items: readonly EstimateItemView[]): DraftItem[] {
  return items.map((item) => ({
    key: nextDraftKey(),
    kind: item.kind,
    description: item.description,
    partNumber: item.partNumber ?? '',
    quantity: String(item.quantity),
    unitPrice: String(item.unitPrice),
    necessity: item.necessity,
    reason: item.reason,
  }))
}

export type DraftField = 'description' | 'quantity' | 'unitPrice' | 'reason'

/** What is missing or wrong in a line (the server's limits: quantity 0.01-9999, price 0-1,000,000). */
export function draftIssues(item: DraftItem): DraftField[] {
  const issues: DraftField[] = []
  if (!item.description.trim()) issues.push('description')
  const quantity = parseDecimal(item.quantity)
  if (quantity === null || quantity < 0.01 || quantity > 9999) issues.push('quantity')
  const price = parseDecimal(item.unitPrice)
  if (price === null || price > 1_000_000) issues.push('unitPrice')
  if (!item.reason.trim()) issues.push('reason')
  return issues
}

export interface DraftTotals {
  labour: number
  parts: number
  required: number
  optional: number
  total: number
}

export function draftTotals(items: readonly DraftItem[]): DraftTotals {
  const totals: DraftTotals = { labour: 0, parts: 0, required: 0, optional: 0, total: 0 }
  for (const item of items) {
    const cents = typedLineCents(item) ?? 0
    if (item.kind === 'LABOUR') totals.labour += cents
    else totals.parts += cents
    if (item.necessity === 'REQUIRED') totals.required += cents
    else totals.optional += cents
    totals.total += cents
  }
  return totals
}

export function toItemRequest(item: DraftItem): EstimateItemRequest {
  const partNumber = item.partNumber.trim()
  return {
    kind: item.kind,
    description: item.description.trim(),
    ...(item.kind === 'PART' && partNumber ? { partNumber } : {}),
    quantity: parseDecimal(item.quantity) ?? 0,
    unitPrice: parseDecimal(item.unitPrice) ?? 0,
    necessity: item.necessity,
    reason: item.reason.trim(),
  }
}
