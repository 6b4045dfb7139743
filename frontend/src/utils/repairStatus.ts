import type { RepairOrderSummary, RepairStatus } from '@/api/types'
import { epoch } from './time'

// Where a repair order stands: the sets of statuses the screens ask about, the owner's tracker, open and past.

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

/** Each status's step of the tracker (a status the contract adds needs one, or the typecheck fails). */
const STEP_OF: Record<RepairStatus, number> = {
  CHECKED_IN: 0,
  AWAITING_APPROVAL: 1,
  APPROVED: 2,
  DISPATCHED: 2,
  IN_REPAIR: 2,
  WAITING_PARTS: 2,
  QUALITY_CHECK: 3,
  READY: 4,
  DELIVERED: 5,
  CANCELLED: -1,
}

/** Index into TRACKER_STEPS; -1 for a cancelled order (or a status newer than this build). */
export function trackerStep(status: RepairStatus): number {
  return STEP_OF[status] ?? -1
}

/** A customer's orders: the open ones (latest first), then the history. */
export function splitHistory(list: readonly RepairOrderSummary[]) {
  const latestFirst = [...list].sort((a, b) => epoch(b.checkedInAt) - epoch(a.checkedInAt))
  return {
    open: latestFirst.filter((order) => isOpen(order.status)),
    past: latestFirst.filter((order) => !isOpen(order.status)),
  }
}
