import type { RepairOrderSummary, RepairStatus, Role } from '@/api/types'
import { IN_WORKSHOP_STATUSES, OPEN_STATUSES } from './repairStatus'
import { epoch } from './time'

// The staff's repair board: its filters by role, the order of its cards, its columns on a wide screen.

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
