import type { CataloguePart } from '@/api/partsOnOrder'
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
  /** The catalogue part of the line: the billed item's, or the one a new line picked. */
  partId: string | null
  /** A new PART line written by hand (sublet or bought outside) rather than picked from the catalogue. */
  sublet: boolean
  /** The catalogue part as the line shows it: its number (known once picked here) and its name. */
  partNumber: string | null
  partName: string | null
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
      sublet: line.kind === 'PART' && !partIdOf(line),
      partNumber: null,
      partName: partIdOf(line) ? line.description : null,
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
      sublet: item.kind === 'PART' && !partIdOf(item),
      partNumber: partIdOf(item) ? (item.partNumber ?? null) : null,
      partName: partIdOf(item) ? item.description : null,
      differenceReason: '',
    }))
}

/** A line not estimated; a part is picked from the catalogue unless switched to sublet / not in the catalogue. */
export function newSettlementLine(kind: ItemKind = 'PART'): SettlementDraftLine {
  return {
    key: nextDraftKey(),
    itemId: null,
    kind,
    description: '',
    quantity: '1',
    unitPrice: '',
    estimated: null,
    partId: null,
    sublet: false,
    partNumber: null,
    partName: null,
    differenceReason: '',
  }
}

/** A new line takes the picked part: its number, its name (unless the advisor described it) and its list price. */
export function pickSettlementPart(line: SettlementDraftLine, part: CataloguePart, name: string): SettlementDraftLine {
  const typed = line.description.trim()
  const keepDescription = !!typed && typed !== line.partName
  return {
    ...line,
    kind: 'PART',
    sublet: false,
    partId: part.id,
    partNumber: part.partNumber,
    partName: name,
    description: keepDescription ? line.description : name,
    unitPrice: String(part.listPrice),
  }
}

/** Switches a new PART line between the catalogue and sublet / free text; the picked part goes with the switch. */
export function setSettlementSublet(line: SettlementDraftLine, sublet: boolean): SettlementDraftLine {
  if (sublet === line.sublet) return line
  return sublet ? { ...line, sublet: true, partId: null, partNumber: null, partName: null } : { ...line, sublet: false }
}

/** The picked part as the line names it: "number · name", or the name alone when the number is not known here. */
export function settlementPartLabel(line: SettlementDraftLine): string {
  if (!line.partId) return ''
  return line.partNumber ? `${line.partNumber} · ${line.partName ?? ''}` : (line.partName ?? '')
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

export type SettlementField = 'part' | 'description' | 'quantity' | 'unitPrice' | 'differenceReason'

export function settlementIssues(line: SettlementDraftLine): SettlementField[] {
  const issues: SettlementField[] = []
  if (line.itemId === null && line.kind === 'PART' && !line.sublet && !line.partId) issues.push('part')
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
    ...(line.kind === 'PART' && !line.sublet && line.partId ? { partId: line.partId } : {}),
  }
}
