import type { ComplaintCategory, ComplaintChannel, ComplaintPriority, ComplaintStatus, ComplaintSummary } from '@/api/types'
import { complaintClock } from './complaintClock'
import { epoch } from './time'

// Complaints as lists show them: filing's choices, open or closed, the staff's inbox and the owner's list.

export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = ['TECHNICAL', 'ATTITUDE', 'DELIVERY_TIME', 'PRICE', 'PROCESS']
/** Highest first, as staff choose one. */
export const COMPLAINT_PRIORITIES: readonly ComplaintPriority[] = ['HIGH', 'MEDIUM', 'LOW']
/** How a complaint reaches staff (the app's own are filed by the owner). */
export const STAFF_CHANNELS: readonly ComplaintChannel[] = ['PHONE', 'WECHAT', 'WEB', 'ON_SITE']

/** Open until closed; a reopened complaint is open again. */
export const isOpenComplaint = (status: ComplaintStatus) => status !== 'CLOSED'

export const INBOX_FILTERS = ['open', 'mine', 'escalated', 'closed'] as const
export type InboxFilter = (typeof INBOX_FILTERS)[number]
/** The filters of one's own tab (an advisor's): the open ones one owns, and the closed ones. */
export const OWN_FILTERS: readonly InboxFilter[] = ['mine', 'closed']

/** Needs the manager: a deadline missed, or past 75 % of its time (as the escalation job warns). */
export function isEscalated(complaint: ComplaintSummary, now: Date | number): boolean {
  if (!isOpenComplaint(complaint.status)) return false
  const { state } = complaintClock(complaint, now)
  return complaint.overdue || state === 'overdue' || state === 'warning'
}

export function inInboxFilter(complaint: ComplaintSummary, filter: InboxFilter, viewerName: string | null, now: Date | number): boolean {
  switch (filter) {
    case 'open':
      return isOpenComplaint(complaint.status)
    case 'mine':
      return isOpenComplaint(complaint.status) && viewerName !== null && complaint.ownerName === viewerName
    case 'escalated':
      return isEscalated(complaint, now)
    case 'closed':
      return !isOpenComplaint(complaint.status)
  }
}

/** The deadline a complaint is working against now (open ones), for sorting. */
function currentDeadline(complaint: ComplaintSummary): number {
  return epoch(complaint.answeredAt ? complaint.resolveDueAt : complaint.answerDueAt)
}

/**
 * The inbox's order: open complaints by their nearest deadline (paused ones after the running ones, since
 * their time stands still), then the closed ones, newest first.
 */
export function inboxOrder(a: ComplaintSummary, b: ComplaintSummary): number {
  const openA = isOpenComplaint(a.status)
  const openB = isOpenComplaint(b.status)
  if (openA !== openB) return openA ? -1 : 1
  if (!openA) return epoch(b.createdAt) - epoch(a.createdAt)
  if (a.paused !== b.paused) return a.paused ? 1 : -1
  return currentDeadline(a) - currentDeadline(b)
}

export function inboxItems(
  list: readonly ComplaintSummary[],
  filter: InboxFilter,
  viewerName: string | null,
  now: Date | number,
): ComplaintSummary[] {
  return list.filter((c) => inInboxFilter(c, filter, viewerName, now)).sort(inboxOrder)
}

/** The owner's list: open ones first (newest first), then the closed ones. */
export function myComplaintsOrder(a: ComplaintSummary, b: ComplaintSummary): number {
  const openA = isOpenComplaint(a.status)
  const openB = isOpenComplaint(b.status)
  if (openA !== openB) return openA ? -1 : 1
  return epoch(b.createdAt) - epoch(a.createdAt)
}
