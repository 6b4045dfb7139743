import type {
  DelayView,
  EstimateItemRequest,
  EstimateItemView,
  ItemDecision,
  ItemKind,
  Necessity,
  RepairOrderSummary,
  RepairOrderView,
  RepairStatus,
  Role,
  SettlementLineRequest,
} from '@/api/types'
import { epoch } from './time'

// ------------------------------------------------------------------------------------------- statuses

/** Orders still open (the car is at the shop or about to come back to the owner). */
export const OPEN_STATUSES: readonly RepairStatus[] = [
  'CHECKED_IN',
  'AWAITING_APPROVAL',
  'APPROVED',
  'DISPATCHED',
  'IN_REPAIR',
  'WAITING_PARTS',
  'QUALITY_CHECK',
  'READY',
]
/** A promised completion time runs: a delay may be declared. */
export const PROMISED_STATUSES: readonly RepairStatus[] = ['APPROVED', 'DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS', 'QUALITY_CHECK']
/** The car is with the workshop: the technician's own work. */
export const IN_WORKSHOP_STATUSES: readonly RepairStatus[] = ['DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS', 'QUALITY_CHECK']
/** Work found now is a supplement, with its own approval. */
export const SUPPLEMENT_STATUSES: readonly RepairStatus[] = ['DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS']

export const isOpen = (status: RepairStatus) => OPEN_STATUSES.includes(status)

/** The owner's view of the journey, as the tracker's steps. */
export const TRACKER_STEPS = ['received', 'estimate', 'repair', 'qc', 'ready', 'delivered'] as const
export type TrackerStep = (typeof TRACKER_STEPS)[number]

/** Index into TRACKER_STEPS; -1 for a cancelled order. */
export function trackerStep(status: RepairStatus): number {
  switch (status) {
    case 'CHECKED_IN':
      return 0
    case 'AWAITING_APPROVAL':
      return 1
    case 'APPROVED':
    case 'DISPATCHED':
    case 'IN_REPAIR':
    case 'WAITING_PARTS':
      return 2
    case 'QUALITY_CHECK':
      return 3
    case 'READY':
      return 4
    case 'DELIVERED':
      return 5
    default:
      return -1
  }
}

// ----------------------------------------------------------------------------------------------- money

/** Yuan to whole fen (cents); the contract's amounts have at most two decimals. */
export function toCents(yuan: number): number {
  return Math.round(yuan * 100)
}

/** quantity x unit price in fen, rounded half up as the server does (exact integer arithmetic). */
export function lineCents(quantity: number, unitPrice: number): number {
  const product = toCents(quantity) * toCents(unitPrice) // in 1/10000 yuan
  return product >= 0 ? Math.floor((product + 50) / 100) : -Math.floor((-product + 50) / 100)
}

export const sumCents = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/**
 * A decimal typed into a field ("12", "12.5", "12.50"): the number, or null when it is not a non-negative
 * number with at most two decimals.
 */
export function parseDecimal(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null
  const value = String(text).trim().replace(/,/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null
  return Number(value)
}

// ------------------------------------------------------------------------------------ estimate approval

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

// ------------------------------------------------------------------------------------- estimate editor

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

let draftKeys = 0
const nextKey = () => `d${++draftKeys}`

export function emptyItem(kind: ItemKind = 'LABOUR', necessity: Necessity = 'REQUIRED'): DraftItem {
  return { key: nextKey(), kind, description: '', partNumber: '', quantity: '1', unitPrice: '', necessity, reason: '' }
}

/** The items of an estimate not decided yet, to edit and send again. */
export function draftFromItems(items: readonly EstimateItemView[]): DraftItem[] {
  return items.map((item) => ({
    key: nextKey(),
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

/** The line's amount in fen, or null while quantity or price is not a number. */
export function draftCents(item: DraftItem): number | null {
  const quantity = parseDecimal(item.quantity)
  const price = parseDecimal(item.unitPrice)
  return quantity === null || price === null ? null : lineCents(quantity, price)
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
    const cents = draftCents(item) ?? 0
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

// ------------------------------------------------------------------------------------------ settlement

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
  differenceReason: string
}

/**
 * The settlement to edit: the one issued (to reissue it), else one line per approved item at its estimated
 * quantity and price, which needs no explanation.
 */
export function settlementDraft(order: RepairOrderView): SettlementDraftLine[] {
  if (order.settlement?.lines.length) {
    return order.settlement.lines.map((line) => ({
      key: nextKey(),
      itemId: line.itemId ?? null,
      kind: line.kind,
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: String(line.unitPrice),
      estimated: line.estimatedAmount === null || line.estimatedAmount === undefined ? null : toCents(line.estimatedAmount),
      differenceReason: line.differenceReason ?? '',
    }))
  }
  return order.estimate.items
    .filter((item) => item.decision === 'APPROVED')
    .map((item) => ({
      key: nextKey(),
      itemId: item.id,
      kind: item.kind,
      description: item.description,
      quantity: String(item.quantity),
      unitPrice: String(item.unitPrice),
      estimated: toCents(item.amount),
      differenceReason: '',
    }))
}

export function newSettlementLine(kind: ItemKind = 'PART'): SettlementDraftLine {
  return { key: nextKey(), itemId: null, kind, description: '', quantity: '1', unitPrice: '', estimated: null, differenceReason: '' }
}

export function settlementLineCents(line: SettlementDraftLine): number | null {
  const quantity = parseDecimal(line.quantity)
  const price = parseDecimal(line.unitPrice)
  return quantity === null || price === null ? null : lineCents(quantity, price)
}

/** amount - estimate (fen): the whole amount of a new line; null while the amount is not a number. */
export function settlementDifference(line: SettlementDraftLine): number | null {
  const amount = settlementLineCents(line)
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
  const total = sumCents(lines.map((line) => settlementLineCents(line) ?? 0))
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
  }
}

// -------------------------------------------------------------------------------------- time and delays

/** The latest delay declared (the one the banner shows), or null. */
export function latestDelay(order: Pick<RepairOrderView, 'delays'>): DelayView | null {
  return [...order.delays].sort((a, b) => epoch(a.declaredAt) - epoch(b.declaredAt)).pop() ?? null
}

export interface TimeLeft {
  /** Whole minutes until the promise (rounded up), or past it when overdue. */
  minutes: number
  overdue: boolean
}

export function timeLeft(promisedAt: string, now: Date | number): TimeLeft | null {
  const at = typeof now === 'number' ? now : now.getTime()
  const left = epoch(promisedAt) - at
  if (Number.isNaN(left)) return null
  return left >= 0 ? { minutes: Math.ceil(left / 60_000), overdue: false } : { minutes: Math.floor(-left / 60_000), overdue: true }
}

// ----------------------------------------------------------------------------------------------- board

export const BOARD_FILTERS = {
  open: OPEN_STATUSES,
  approval: ['CHECKED_IN', 'AWAITING_APPROVAL'],
  dispatch: ['APPROVED'],
  workshop: ['DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS'],
  qc: ['QUALITY_CHECK'],
  ready: ['READY'],
  done: ['DELIVERED', 'CANCELLED'],
} as const satisfies Record<string, readonly RepairStatus[]>

export type BoardFilter = keyof typeof BOARD_FILTERS | 'mine'

/** What each role looks at first: the team lead dispatches, the inspector checks, a technician works on theirs. */
export function defaultBoardFilter(role: Role | null): BoardFilter {
  if (role === 'TEAM_LEAD') return 'dispatch'
  if (role === 'INSPECTOR') return 'qc'
  if (role === 'TECHNICIAN') return 'mine'
  return 'open'
}

/** The filters a role gets as tabs. */
export function boardFilters(role: Role | null): BoardFilter[] {
  const all: BoardFilter[] = ['open', 'approval', 'dispatch', 'workshop', 'qc', 'ready', 'done']
  return role === 'TECHNICIAN' ? ['mine', ...all] : all
}

export interface BoardViewer {
  name: string | null
}

export function inFilter(order: RepairOrderSummary, filter: BoardFilter, viewer: BoardViewer): boolean {
  if (filter === 'mine') return !!viewer.name && order.technicianName === viewer.name && IN_WORKSHOP_STATUSES.includes(order.status)
  return (BOARD_FILTERS[filter] as readonly RepairStatus[]).includes(order.status)
}

/** Needs someone now: safety-critical, delayed, an update overdue or items waiting for the customer. */
export const needsAttention = (order: RepairOrderSummary) =>
  order.safetyCritical || order.delayed || order.updateOverdue || order.pendingItems > 0

/**
 * The board's order: safety-critical first, then overdue updates, then the promise that comes (or came)
 * first; orders without a promise by when they came in.
 */
export function boardOrder(a: RepairOrderSummary, b: RepairOrderSummary): number {
  return (
    Number(b.safetyCritical) - Number(a.safetyCritical) ||
    Number(b.updateOverdue) - Number(a.updateOverdue) ||
    (a.promisedAt ? epoch(a.promisedAt) : Infinity) - (b.promisedAt ? epoch(b.promisedAt) : Infinity) ||
    epoch(a.checkedInAt) - epoch(b.checkedInAt)
  )
}

export function boardItems(list: readonly RepairOrderSummary[], filter: BoardFilter, viewer: BoardViewer): RepairOrderSummary[] {
  return list.filter((order) => inFilter(order, filter, viewer)).sort(boardOrder)
}

const OPEN_STAGES = ['approval', 'dispatch', 'workshop', 'qc', 'ready'] as const

/** A column of the board on a wide screen: a stage of the open orders, or one status. */
export type BoardColumn =
  | { kind: 'stage'; key: (typeof OPEN_STAGES)[number]; statuses: readonly RepairStatus[] }
  | { kind: 'status'; key: RepairStatus; statuses: readonly RepairStatus[] }

/**
 * The columns of a filter on a wide screen: all open orders by stage (reception to hand-over), a filter of
 * several statuses one column per status, a single status none (its orders fill a grid).
 */
export function boardColumns(filter: BoardFilter): BoardColumn[] {
  if (filter === 'open') return OPEN_STAGES.map((key) => ({ kind: 'stage' as const, key, statuses: BOARD_FILTERS[key] }))
  const statuses: readonly RepairStatus[] = filter === 'mine' ? IN_WORKSHOP_STATUSES : BOARD_FILTERS[filter]
  return statuses.length > 1 ? statuses.map((status) => ({ kind: 'status' as const, key: status, statuses: [status] })) : []
}

/** A customer's orders: the open ones (latest first), then the history. */
export function splitHistory(list: readonly RepairOrderSummary[]) {
  const latestFirst = [...list].sort((a, b) => epoch(b.checkedInAt) - epoch(a.checkedInAt))
  return {
    open: latestFirst.filter((order) => isOpen(order.status)),
    past: latestFirst.filter((order) => !isOpen(order.status)),
  }
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
