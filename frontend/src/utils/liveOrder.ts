import type { RepairEventType, RepairEventView, RepairOrderView, RepairStatus } from '@/api/types'

/**
 * How a repair order's events change what a page shows. The order view is the server's to compute (totals,
 * nextSteps, delays); an event patches what it states itself at once, and the page fetches the view again
 * when the event changes more than that.
 */

const EVENT_TYPES: readonly RepairEventType[] = [
  'CHECKED_IN',
  'ESTIMATE_SENT',
  'SUPPLEMENT_SENT',
  'ITEMS_DECIDED',
  'APPROVED',
  'DISPATCHED',
  'REPAIR_STARTED',
  'WAITING_PARTS',
  'REPAIR_RESUMED',
  'QUALITY_CHECK',
  'QC_FAILED',
  'READY',
  'CANCELLED',
  'UPDATE',
  'PHOTO_ADDED',
  'DELAY',
  'DELAY_RISK',
  'SETTLEMENT_ISSUED',
  'SETTLEMENT_LINES_DECIDED',
  'SETTLEMENT_ACKNOWLEDGED',
  'SETTLEMENT_REOPENED',
  'DELIVERED',
  'UPDATE_OVERDUE',
  'DISPATCH_OVERDUE',
  'START_OVERDUE',
  'PARTS_ARRIVED',
  'PARTS_PARTLY_ARRIVED',
  'PARTS_REQUESTED',
]

/** The data of an SSE event as a RepairEventView, or null when it is not one (then it is ignored). */
export function parseRepairEvent(data: string): RepairEventView | null {
  let value: unknown
  try {
    value = JSON.parse(data)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const event = value as Partial<RepairEventView>
  if (
    typeof event.seq !== 'number' ||
    typeof event.id !== 'number' ||
    typeof event.orderId !== 'string' ||
    typeof event.type !== 'string' ||
    typeof event.at !== 'string' ||
    typeof event.status !== 'string'
  )
    return null
  return value as RepairEventView
}

export const isKnownEventType = (type: string): type is RepairEventType => (EVENT_TYPES as readonly string[]).includes(type)

/** The timeline with these events added: one entry per sequence number (a replay repeats some), oldest first. */
export function mergeTimeline(timeline: readonly RepairEventView[], events: readonly RepairEventView[]): RepairEventView[] {
  const bySeq = new Map<number, RepairEventView>()
  for (const event of timeline) bySeq.set(event.seq, event)
  for (const event of events) bySeq.set(event.seq, event)
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

/** The highest sequence number of a timeline (0 when empty): where its stream resumes. */
export const lastSeq = (timeline: readonly RepairEventView[]) => timeline.reduce((max, e) => Math.max(max, e.seq), 0)

/**
 * What an event states about the order, applied at once: its status, its promise, the progress an update
 * reports. Events older than what the view already reflects change nothing.
 */
export function applyEventToOrder(order: RepairOrderView, event: RepairEventView): RepairOrderView {
  if (event.orderId !== order.id || event.seq <= order.lastSeq) return order
  const next: RepairOrderView = { ...order, lastSeq: event.seq, status: event.status as RepairStatus }
  if (event.promisedAt) next.promisedAt = event.promisedAt
  if (event.type === 'UPDATE') {
    if (event.step) next.currentStep = event.step
    if (event.remainingMinutes !== null && event.remainingMinutes !== undefined) next.remainingMinutes = event.remainingMinutes
    next.lastUpdateAt = event.at
    if (!event.automatic) next.updateOverdue = false
  }
  if (event.type === 'DELAY') next.delayed = true
  if (event.type === 'READY') next.remainingMinutes = 0
  // The server's view has no way to know about moves it did not list: none until the view is fetched again.
  if (event.status !== order.status) next.nextSteps = []
  return next
}

/**
 * Whether the event changes what only the server can compute (items, totals, delays, settlement, next
 * steps, attachments): everything but a plain progress update.
 */
export function needsRefetch(event: RepairEventView): boolean {
  return event.type !== 'UPDATE' || !!event.photoId
}
