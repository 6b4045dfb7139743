import type { NotificationKind, NotificationView } from '@/api/types'

/**
 * The kinds this build can word itself, with the parameters each needs; others show the server's text. Each is
 * one of the contract's NotificationKind: a kind the contract does not have fails the typecheck.
 */
export const NOTIFICATION_PARAMS = {
  BOOKING_RECEIVED: ['reference', 'start'],
  BOOKING_CONFIRMED: ['reference', 'start', 'advisorName', 'advisorPhone'], // and `bring`, when there is something
  BOOKING_REMINDER: ['reference', 'start'],
  BOOKING_RESCHEDULED: ['reference', 'start'],
  BOOKING_CANCELLED: ['reference', 'reason'],
  CONFIRMATION_OVERDUE: ['reference', 'customerName'],
  EMERGENCY_BOOKING: ['reference', 'customerName', 'plate'],
  NO_SHOW_CANDIDATE: ['reference', 'customerName'],
  NEW_BOOKING: ['reference', 'customerName', 'start'],
  // Live repair (the owner's, then the staff's)
  REPAIR_CHECKED_IN: ['reference', 'plate', 'advisorName'],
  REPAIR_ESTIMATE: ['reference', 'plate', 'amount'],
  REPAIR_SUPPLEMENT: ['reference', 'plate', 'amount', 'finding'],
  REPAIR_APPROVED: ['reference', 'plate', 'promisedAt'],
  REPAIR_STARTED: ['reference', 'plate'],
  REPAIR_WAITING_PARTS: ['reference', 'plate', 'reason'],
  REPAIR_UPDATE: ['reference', 'plate', 'message'],
  REPAIR_DELAYED: ['reference', 'plate', 'reason', 'detail', 'newPromisedAt', 'compensation'],
  REPAIR_DELAY_RISK: ['reference', 'plate', 'advisorName', 'advisorPhone'],
  REPAIR_READY: ['reference', 'plate'],
  REPAIR_SETTLEMENT: ['reference', 'plate', 'amount'],
  REPAIR_DELIVERED: ['reference', 'plate', 'nextServiceDueDate', 'nextServiceDueKm'],
  REPAIR_CANCELLED: ['reference', 'plate', 'reason'],
  REPAIR_TO_DISPATCH: ['reference', 'plate'],
  REPAIR_ASSIGNED: ['reference', 'plate'],
  REPAIR_READY_FOR_DELIVERY: ['reference', 'plate'],
  REPAIR_QC_FAILED: ['reference', 'plate'], // and `reason`, when the server sends it
  REPAIR_UPDATE_OVERDUE: ['reference', 'plate'],
  REPAIR_DISPATCH_OVERDUE: ['reference', 'plate'],
  REPAIR_START_OVERDUE: ['reference', 'plate'],
  REPAIR_SETTLEMENT_SIGNED: ['reference', 'plate'],
  REPAIR_DECIDED: ['reference', 'status'],
  // After delivery: ratings, follow-up calls, complaints
  RATING_LOW: ['reference', 'customerName', 'overall', 'score'],
  FOLLOW_UP_DUE: ['reference'],
  FOLLOW_UP_PROBLEM: ['reference', 'problem', 'dueAt'],
  FOLLOW_UP_PROBLEM_OVERDUE: ['problem'],
  COMPLAINT_FILED: ['number', 'answerDueAt'],
  COMPLAINT_ASSIGNED: ['number'], // and customerName, category, priority, answerDueAt when just filed
  COMPLAINT_STEP: ['number', 'status'], // and `action`: the owner is told what was done
  COMPLAINT_ANSWER_WARNING: ['number', 'priority'],
  COMPLAINT_ANSWER_MISSED: ['number', 'priority'],
  COMPLAINT_RESOLVE_WARNING: ['number', 'priority'],
  COMPLAINT_RESOLVE_MISSED: ['number', 'priority'],
  COMPLAINT_CLOSED: ['number'],
  COMPLAINT_REOPENED: ['number'],
  // Staff: a vehicle added for one customer is already on file for another
  VEHICLE_CLAIMED_ELSEWHERE: ['plate', 'vin', 'customerName', 'customerPhone', 'otherCustomerName', 'otherCustomerPhone'],
} as const satisfies Partial<Record<NotificationKind, readonly string[]>>

/** A kind this build words itself. */
export type WordedKind = keyof typeof NOTIFICATION_PARAMS

export function isKnownKind(kind: string): kind is WordedKind {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_PARAMS, kind)
}

export interface NotificationText {
  title: string
  body: string
}

export interface NotificationWording {
  /** vue-i18n's t with named parameters */
  t: (key: string, named: Record<string, string>) => string
  /** An instant (params.start) as the reader should see it: in the shop's zone, in their language. */
  instant: (iso: string) => string
  /** A calendar date (YYYY-MM-DD); as given when absent. */
  date?: (isoDate: string) => string
  /** Yuan ("480.00") as money; "¥480.00" when absent. */
  money?: (yuan: number) => string
  /** Whether the reader is the car's owner or staff (a few kinds are worded for each). Default: customer. */
  audience?: 'customer' | 'staff'
}

/** Parameters that are instants, to be shown in the shop's zone. */
const INSTANT_PARAMS = ['start', 'promisedAt', 'newPromisedAt', 'dueAt', 'answerDueAt'] as const

/** A code the reader should see by its name (vue-i18n key prefix), when this build knows it. */
const CODE_PARAMS: Partial<Record<WordedKind, Record<string, string>>> = {
  REPAIR_DELAYED: { reason: 'repair.delayReason', compensation: 'repair.compensation' },
  REPAIR_DECIDED: { status: 'repair.status' },
  COMPLAINT_ASSIGNED: { category: 'complaint.category', priority: 'complaint.priority' },
  COMPLAINT_STEP: { status: 'complaint.status' },
  COMPLAINT_ANSWER_WARNING: { priority: 'complaint.priority' },
  COMPLAINT_ANSWER_MISSED: { priority: 'complaint.priority' },
  COMPLAINT_RESOLVE_WARNING: { priority: 'complaint.priority' },
  COMPLAINT_RESOLVE_MISSED: { priority: 'complaint.priority' },
}

/**
 * Title and text of a notification in the reader's language. The server's `text` (zh-CN) stands in for a
 * kind this build does not know, or when a parameter the wording needs is missing.
 */
export function notificationText(
  notification: NotificationView,
  { t, instant, date, money, audience = 'customer' }: NotificationWording,
): NotificationText {
  const { kind, params, text } = notification
  if (!isKnownKind(kind)) return { title: t('notifications.genericTitle', {}), body: text }

  const title = t(`notifications.kinds.${kind}.title`, {})
  const missing = NOTIFICATION_PARAMS[kind].some((name) => !params[name]?.trim())
  if (missing) return { title, body: text }

  const named: Record<string, string> = { ...params }
  for (const name of INSTANT_PARAMS) if (params[name]) named[name] = instant(params[name])
  if (params.amount && Number.isFinite(Number(params.amount))) named.amount = (money ?? yuan)(Number(params.amount))
  if (params.nextServiceDueDate && date) named.nextServiceDueDate = date(params.nextServiceDueDate)
  for (const [name, prefix] of Object.entries(CODE_PARAMS[kind] ?? {})) {
    const code = params[name]
    if (!code) continue
    const key = `${prefix}.${code}`
    const word = t(key, {})
    named[name] = word === key ? code : word
  }
  if (kind === 'REPAIR_DELAYED' && params.compensationDetail?.trim())
    named.compensation = t('delay.offerWithDetail', { offer: named.compensation ?? '', detail: params.compensationDetail.trim() })

  return { title, body: t(`notifications.kinds.${kind}.${variant(notification, audience)}`, named) }
}

/** Which wording of a kind fits these parameters and this reader. */
function variant({ kind, params }: NotificationView, audience: 'customer' | 'staff'): string {
  if (kind === 'BOOKING_CONFIRMED' && params.bring?.trim()) return 'bodyWithBring'
  if (kind === 'REPAIR_UPDATE' && params.automatic === 'true') return 'bodyAutomatic'
  if (kind === 'REPAIR_DELAYED' && params.compensation === 'NONE') return 'bodyNoOffer'
  if (kind === 'REPAIR_DELAY_RISK' && audience === 'staff') return 'bodyStaff'
  if (kind === 'REPAIR_QC_FAILED' && params.reason?.trim()) return 'bodyWithReason'
  if (kind === 'COMPLAINT_ASSIGNED' && params.customerName?.trim() && params.category && params.priority) return 'bodyNew'
  if (kind === 'COMPLAINT_STEP' && params.action && COMPLAINT_STEP_VARIANTS[params.action]) return COMPLAINT_STEP_VARIANTS[params.action] ?? 'body'
  return 'body'
}

/** What the owner is told for the steps they hear of. */
const COMPLAINT_STEP_VARIANTS: Record<string, string> = {
  ACKNOWLEDGE: 'bodyAcknowledged',
  PROPOSE_REMEDY: 'bodyRemedy',
  INFORM_CUSTOMER: 'bodyInformed',
}

const yuan = (value: number) => `¥${value.toFixed(2)}`
