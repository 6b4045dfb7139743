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

/** A customer's orders: the open ones (latest first), then the history. */
export function splitHistory(list: readonly RepairOrderSummary[]) {
  const latestFirst = [...list].sort((a, b) => epoch(b.checkedInAt) - epoch(a.checkedInAt))
  return {
    open: latestFirst.filter((order) => isOpen(order.status)),
    past: latestFirst.filter((order) => !isOpen(order.status)),
  }
}
