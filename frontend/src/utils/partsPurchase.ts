import type { PartNames, PartUnit, PartView, PurchaseOrderLineView, PurchaseOrderRequest, PurchaseOrderSupplier, PurchaseSuggestionView } from '@/api/partsTypes'
import { lineCents, parseDecimal, sumCents } from './money'
import { parseQuantity } from './parts'

/** Purchase orders (采购单) as typed: from the suggestions (one order per supplier) or by hand. */

export interface PoDraftLine {
  /** The unit is known for parts picked from the catalogue (whole units take no decimals); suggestions carry none. */
  part: PartNames & { id: string; partNumber: string; unit?: PartUnit }
  quantity: string
  unitCost: string
}

export interface PoDraft {
  supplier: PurchaseOrderSupplier
  lines: PoDraftLine[]
}

/**
 * The suggestions as one draft per supplier (a purchase order goes to one supplier), suppliers in the order their
 * first suggestion came, each part once (the larger quantity when it is suggested twice: short and below minimum).
 * Suggestions without a preferred supplier come apart: someone has to pick one (by hand).
 */
export function draftsFromSuggestions(suggestions: readonly PurchaseSuggestionView[]): { drafts: PoDraft[]; noSupplier: PurchaseSuggestionView[] } {
  const drafts = new Map<string, PoDraft>()
  const noSupplier: PurchaseSuggestionView[] = []
  for (const s of suggestions) {
    if (!s.supplierId) {
      if (!noSupplier.some((n) => n.partId === s.partId)) noSupplier.push(s)
      continue
    }
    let draft = drafts.get(s.supplierId)
    if (!draft) {
      draft = { supplier: { id: s.supplierId, name: s.supplierName ?? s.supplierId }, lines: [] }
      drafts.set(s.supplierId, draft)
    }
    const existing = draft.lines.find((l) => l.part.id === s.partId)
    if (existing) {
      if (s.quantity > Number(existing.quantity)) existing.quantity = String(s.quantity)
      continue
    }
    draft.lines.push({
      part: { id: s.partId, partNumber: s.partNumber, nameZh: s.nameZh, nameEn: s.nameEn },
      quantity: String(s.quantity),
      unitCost: s.unitCost === null || s.unitCost === undefined ? '' : s.unitCost.toFixed(2),
    })
  }
  return { drafts: [...drafts.values()], noSupplier }
}

/** A part added by hand: the supplier's agreed price for it, when the catalogue has one. */
export function lineForPart(part: PartView, supplierId: string | null, quantity = 1): PoDraftLine {
  const agreed = part.suppliers.find((s) => s.supplierId === supplierId)
  return {
    part: { id: part.id, partNumber: part.partNumber, nameZh: part.nameZh, nameEn: part.nameEn, unit: part.unit },
    quantity: String(quantity),
    unitCost: agreed ? agreed.purchasePrice.toFixed(2) : '',
  }
}

/** Whether the catalogue names this supplier as approved for the part (an order elsewhere needs a second look). */
export const suppliesPart = (part: Pick<PartView, 'suppliers'>, supplierId: string) => part.suppliers.some((s) => s.supplierId === supplierId)

export type PoLineIssue = 'quantity' | 'unitCost'

export function poLineIssue(line: PoDraftLine): PoLineIssue | null {
  if (parseQuantity(line.quantity, line.part.unit ?? null) === null) return 'quantity'
  if (parseDecimal(line.unitCost) === null) return 'unitCost'
  return null
}

/** The draft's total in fen, or null while a line is not a number. */
export function draftTotalCents(lines: readonly PoDraftLine[]): number | null {
  const amounts = lines.map((l) => {
    const q = parseQuantity(l.quantity, l.part.unit ?? null)
    const c = parseDecimal(l.unitCost)
    return q === null || c === null ? null : lineCents(q, c)
  })
  return amounts.some((a) => a === null) ? null : sumCents(amounts as number[])
}

export const poTotalCents = (lines: readonly Pick<PurchaseOrderLineView, 'quantity' | 'unitCost'>[]) =>
  sumCents(lines.map((l) => lineCents(l.quantity, l.unitCost)))

export function poRequestOf(supplierId: string, lines: readonly PoDraftLine[], note: string): PurchaseOrderRequest {
  return {
    supplierId,
    note: note.trim() || null,
    lines: lines.map((l) => ({
      partId: l.part.id,
      quantity: parseQuantity(l.quantity, l.part.unit ?? null) ?? 0,
      unitCost: parseDecimal(l.unitCost) ?? 0,
    })),
  }
}

/** What is left to come and what the inspectors sent back, over the order. */
export function poProgress(lines: readonly Pick<PurchaseOrderLineView, 'quantity' | 'received' | 'rejected'>[]) {
  const sum = (f: (l: (typeof lines)[number]) => number) => Math.round(lines.reduce((t, l) => t + f(l) * 100, 0)) / 100
  return { ordered: sum((l) => l.quantity), received: sum((l) => l.received), rejected: sum((l) => l.rejected) }
}
