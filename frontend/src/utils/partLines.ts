import type {
  CataloguePart,
  DelayProposal,
  LineSupply,
  OldPartDisposition,
  OldPartRequest,
  PartOrigin,
  SupplyState,
} from '@/api/partsOnOrder'
import type { EstimateItemView, RepairOrderView, SettlementLineView, SettlementView, WarrantyCard } from '@/api/types'
import { epoch } from './time'

// Part lines of a repair order as the desk, the workshop and the owner see them: what the catalogue has when the
// advisor writes the line, where the approved line's part stands, the delay a shortage proposes, and the old part at
// hand-over.

/** A PART line that names a catalogue entry (reserved, issued and handed over through the parts desk). */
export const isCatalogueItem = (item: EstimateItemView) => item.kind === 'PART' && !!item.partId
/** A PART line without a catalogue entry: sublet work or a part bought outside (外协/非目录件). */
export const isSubletItem = (item: EstimateItemView) => item.kind === 'PART' && (!!item.sublet || !item.partId)
export const supplyOf = (item: EstimateItemView): LineSupply | null => item.supply ?? null

export const SUPPLY_TONE: Readonly<Record<SupplyState, 'success' | 'warning' | 'primary' | 'default'>> = {
  RESERVED: 'success',
  SHORT: 'warning',
  ISSUED: 'primary',
  RELEASED: 'default',
}

/** How much of a part the catalogue can give a line of `quantity`, said the way the advisor needs it. */
export type Availability =
  | { kind: 'AVAILABLE'; available: number }
  /** Not enough on the shelf, more is on its way: expected by `by` at the latest (now + the supplier's lead time). */
  | { kind: 'SHORT'; available: number; by: string | null }
  /** Not enough and nothing on order: it has to be bought (`leadTimeDays` from the preferred supplier, if any). */
  | { kind: 'TO_BUY'; available: number; leadTimeDays: number | null }

export function preferredSupplier(part: Pick<CataloguePart, 'suppliers'>) {
  return part.suppliers.find((s) => s.preferred) ?? [...part.suppliers].sort((a, b) => a.leadTimeDays - b.leadTimeDays)[0] ?? null
}

/**
 * The catalogue's answer for a line: in stock, short with an arrival, or to be bought. A sent purchase order is expected
 * within its supplier's lead time of being sent, so now + that lead time is a date the part arrives by.
 */
export function availability(part: Pick<CataloguePart, 'stock' | 'suppliers'>, quantity: number | null, now: Date): Availability {
  const available = Math.max(0, part.stock.available)
  const wanted = quantity !== null && quantity > 0 ? quantity : 1
  if (available >= wanted) return { kind: 'AVAILABLE', available }
  const supplier = preferredSupplier(part)
  // What is on order and not already awaited by other lines could serve this one.
  if (part.stock.onOrder - part.stock.short > 0) {
    return { kind: 'SHORT', available, by: supplier ? new Date(now.getTime() + supplier.leadTimeDays * 86_400_000).toISOString() : null }
  }
  return { kind: 'TO_BUY', available, leadTimeDays: supplier?.leadTimeDays ?? null }
}

/** A catalogue entry's name in the reader's language. */
export const partName = (part: Pick<CataloguePart, 'nameZh' | 'nameEn'>, locale: string) =>
  locale === 'en' && part.nameEn ? part.nameEn : part.nameZh

/** Approved catalogue lines whose part is awaited, earliest arrival first: what the tracker names while waiting. */
export function awaitedParts(order: Pick<RepairOrderView, 'estimate'>): { item: EstimateItemView; expectedAt: string | null }[] {
  return order.estimate.items
    .filter((item) => item.decision === 'APPROVED' && supplyOf(item)?.state === 'SHORT')
    .map((item) => ({ item, expectedAt: supplyOf(item)?.expectedAt ?? null }))
    .sort((a, b) => (a.expectedAt ? epoch(a.expectedAt) : Infinity) - (b.expectedAt ? epoch(b.expectedAt) : Infinity))
}

/** The latest expected arrival of the awaited parts (the car can go on only when all are in), or null. */
export function lastArrival(order: Pick<RepairOrderView, 'estimate'>): string | null {
  const times = awaitedParts(order).map((a) => a.expectedAt)
  if (!times.length || times.some((t) => !t)) return null
  return times.reduce<string | null>((latest, t) => (t && (!latest || epoch(t) > epoch(latest)) ? t : latest), null)
}

/** The delay the server proposes while the order waits for parts and will miss its promise (staff only). */
export function delayProposal(order: RepairOrderView): DelayProposal | null {
  if (order.status !== 'WAITING_PARTS') return null
  const proposal = order.delayProposal
  if (!proposal) return null
  // Already declared: a delay at (or past) the proposed time leaves nothing to propose.
  if (order.promisedAt && epoch(order.promisedAt) >= epoch(proposal.newPromisedAt)) return null
  return proposal
}

/**
 * A text stored once for every reader, as the server stores its own: "中文 / English"; one of them alone when the other
 * is missing or says the same.
 */
export function bothLanguages(zh: string | null | undefined, en: string | null | undefined): string {
  const a = zh?.trim() ?? ''
  const b = en?.trim() ?? ''
  if (!a || !b || a === b) return a || b
  return `${a} / ${b}`
}

/** The technician (or a team lead) may ask the parts desk to issue the order's reserved parts. */
export function canAskForParts(order: RepairOrderView, user: { id: string; role: string } | null): boolean {
  if (!user) return false
  if (!['DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS'].includes(order.status)) return false
  const assigned = user.role === 'TECHNICIAN' && order.technician?.id === user.id
  if (!assigned && user.role !== 'TEAM_LEAD') return false
  return order.estimate.items.some((item) => supplyOf(item)?.state === 'RESERVED' && !supplyOf(item)?.requestedAt)
}

/** When the parts were asked for (the earliest request among lines still reserved), or null. */
export function askedAt(order: RepairOrderView): string | null {
  const times = order.estimate.items
    .map((item) => supplyOf(item))
    .filter((s): s is LineSupply => !!s && s.state === 'RESERVED' && !!s.requestedAt)
    .map((s) => s.requestedAt as string)
  return times.sort((a, b) => epoch(a) - epoch(b))[0] ?? null
}

// Hand-over and the settlement document.

export const OLD_PART_DISPOSITIONS: readonly OldPartDisposition[] = ['SHOWN_TO_OWNER', 'TAKEN_BY_OWNER', 'KEPT_FOR_CLAIM']

export const isCatalogueLine = (line: SettlementLineView) => line.kind === 'PART' && !!line.partId
export const oldPartOf = (line: SettlementLineView) => line.oldPart ?? null

/**
 * The billed lines whose old part must be accounted for at hand-over: every approved catalogue line that put a part in
 * (a line billed at quantity 0 replaced nothing). The server asks for exactly these.
 */
export function oldPartLines(settlement: SettlementView | null | undefined): SettlementLineView[] {
  return (settlement?.lines ?? []).filter((line) => isCatalogueLine(line) && line.decision === 'APPROVED' && line.quantity > 0)
}

/** The lines still without a disposition. */
export function missingOldParts(lines: readonly SettlementLineView[], chosen: Readonly<Record<string, OldPartDisposition | undefined>>) {
  return lines.filter((line) => !chosen[line.id]).map((line) => line.id)
}

export function toOldParts(lines: readonly SettlementLineView[], chosen: Readonly<Record<string, OldPartDisposition | undefined>>): OldPartRequest[] {
  return lines.flatMap((line) => {
    const disposition = chosen[line.id]
    return disposition ? [{ lineId: line.id, disposition }] : []
  })
}

/**
 * The server names a hand-over problem by `oldParts[n]` (the n-th entry sent) or `oldParts` (a line left out, the
 * line named in the message): the line it is about, to show the message under it.
 */
export function oldPartProblemLine(field: string, sent: readonly OldPartRequest[], lines: readonly SettlementLineView[]): string | null {
  const indexed = /oldParts\[(\d+)\]/.exec(field)
  if (indexed) return sent[Number(indexed[1])]?.lineId ?? null
  if (/(^|\.)oldParts$/.test(field)) return missingOldParts(lines, Object.fromEntries(sent.map((s) => [s.lineId, s.disposition])))[0] ?? null
  return null
}

type Card = Pick<WarrantyCard, 'kind' | 'description' | 'partNumber' | 'origin' | 'oldPart'>

/** A warranty card's catalogue facts (number, origin, old part), when it is a catalogue part's. */
export const cardParts = (card: Card) => ({ partNumber: card.partNumber ?? null, origin: card.origin ?? null, oldPart: card.oldPart ?? null })

/**
 * What the document says of a catalogue line: its warranty (the catalogue's months and km), genuine or certified and
 * its number (from the line's warranty card: same description, a catalogue part's), and the old part's disposition.
 */
export function lineWarranty(
  line: SettlementLineView,
  cards: readonly Card[] = [],
): { origin: PartOrigin | null; months: number | null; km: number | null; partNumber: string | null; oldPart: OldPartDisposition | null } | null {
  if (!isCatalogueLine(line)) return null
  const card = cards.find((c) => c.kind === 'PART' && !!c.partNumber && c.description === line.description)
  return {
    origin: card?.origin ?? null,
    months: line.warrantyMonths ?? null,
    km: line.warrantyKm ?? null,
    partNumber: card?.partNumber ?? null,
    oldPart: line.oldPart ?? card?.oldPart ?? null,
  }
}
