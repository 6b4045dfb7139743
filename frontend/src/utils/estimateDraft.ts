import type { CataloguePart } from '@/api/partsOnOrder'
import type { EstimateItemRequest, EstimateItemView, ItemKind, Necessity } from '@/api/types'
import { nextDraftKey } from './draftKey'
import { parseDecimal, typedLineCents } from './money'

// The estimate (or a supplement) as the advisor writes it, line by line.

/**
 * A line being written; numbers stay text until sent, as typed. A PART line either names a catalogue entry (partId:
 * reserved on approval, issued, its old part accounted for at hand-over) or is sublet / bought outside (`sublet`,
 * with a free-text part number).
 */
export interface DraftItem {
  key: string
  kind: ItemKind
  description: string
  partNumber: string
  partId: string | null
  /** The catalogue entry as picked in this session (brand, origin, stock); null for a line read back from the server. */
  part: CataloguePart | null
  sublet: boolean
  quantity: string
  unitPrice: string
  necessity: Necessity
  reason: string
}

export function emptyItem(kind: ItemKind = 'LABOUR', necessity: Necessity = 'REQUIRED'): DraftItem {
  return {
    key: nextDraftKey(),
    kind,
    description: '',
    partNumber: '',
    partId: null,
    part: null,
    sublet: false,
    quantity: '1',
    unitPrice: '',
    necessity,
    reason: '',
  }
}

/**
 * The line takes a catalogue entry: its number, its name (unless the advisor wrote one that is not a catalogue name),
 * and its list price (what the customer pays), which the advisor may still change.
 */
export function pickPart(item: DraftItem, part: CataloguePart, name: string): DraftItem {
  const previousName = item.part ? [item.part.nameZh, item.part.nameEn ?? ''] : []
  const keepDescription = !!item.description.trim() && !previousName.includes(item.description.trim())
  return {
    ...item,
    kind: 'PART',
    sublet: false,
    partId: part.id,
    part,
    partNumber: part.partNumber,
    description: keepDescription ? item.description : name,
    unitPrice: String(part.listPrice),
  }
}

/** Switches a PART line between the catalogue and sublet / free text; the catalogue entry goes with the switch. */
export function setSublet(item: DraftItem, sublet: boolean): DraftItem {
  if (sublet === item.sublet) return item
  return sublet ? { ...item, sublet: true, partId: null, part: null } : { ...item, sublet: false, partNumber: item.partId ? item.partNumber : '' }
}

/** The items of an estimate not decided yet, to edit and send again. */
export function draftFromItems(items: readonly EstimateItemView[]): DraftItem[] {
  return items.map((item) => {
    const partId = item.partId ?? null
    return {
      key: nextDraftKey(),
      kind: item.kind,
      description: item.description,
      partNumber: item.partNumber ?? '',
      partId,
      part: null,
      sublet: item.kind === 'PART' && !partId,
      quantity: String(item.quantity),
      unitPrice: String(item.unitPrice),
      necessity: item.necessity,
      reason: item.reason,
    }
  })
}

export type DraftField = 'part' | 'description' | 'quantity' | 'unitPrice' | 'reason'

/** What is missing or wrong in a line (the server's limits: quantity 0.01-9999, price 0-1,000,000). */
export function draftIssues(item: DraftItem): DraftField[] {
  const issues: DraftField[] = []
  if (item.kind === 'PART' && !item.sublet && !item.partId) issues.push('part')
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
  const partId = item.kind === 'PART' && !item.sublet ? item.partId : null
  return {
    kind: item.kind,
    description: item.description.trim(),
    ...(partId ? { partId } : {}),
    ...(item.kind === 'PART' && partNumber ? { partNumber } : {}),
    quantity: parseDecimal(item.quantity) ?? 0,
    unitPrice: parseDecimal(item.unitPrice) ?? 0,
    necessity: item.necessity,
    reason: item.reason.trim(),
  }
}

/**
 * The server's problems with single lines ("items[1].partId", "sendEstimate.request.items[0].description"), by line key
 * and the editor's field (partId and partNumber are the line's part); problems about no single line are left out.
 */
export function lineProblems(
  items: readonly DraftItem[],
  errors: readonly { field: string; message: string }[],
): Record<string, Partial<Record<DraftField, string>>> {
  const byLine: Record<string, Partial<Record<DraftField, string>>> = {}
  for (const error of errors) {
    const match = /items\[(\d+)\]\.(\w+)$/.exec(error.field)
    const key = match ? items[Number(match[1])]?.key : undefined
    if (!match || !key) continue
    const name = match[2] ?? ''
    const field: DraftField | null =
      name === 'partId' || name === 'partNumber' ? 'part' : (['description', 'quantity', 'unitPrice', 'reason'] as const).find((f) => f === name) ?? null
    if (field) (byLine[key] ??= {})[field] ??= error.message
  }
  return byLine
}
