import { REQUIRED_PARAMS } from '@/api/notificationCatalogue'
import type { NotificationKind, NotificationView } from '@/api/types'
import { formatDuration } from '@/utils/duration'
import { offerText } from '@/utils/promisedTime'

/**
 * The kinds this build can word itself; others show the server's text. The parameters each needs are the contract's
 * (`REQUIRED_PARAMS`, generated from the catalogue's x-required-params), never a copy kept here.
 */
export const WORDED_KINDS = [
  'BOOKING_RECEIVED', 'BOOKING_CONFIRMED', 'BOOKING_REMINDER', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED',
  'CONFIRMATION_OVERDUE', 'EMERGENCY_BOOKING', 'NO_SHOW_CANDIDATE', 'NEW_BOOKING',
  // Live repair (the owner's, then the staff's)
  'REPAIR_CHECKED_IN', 'REPAIR_ESTIMATE', 'REPAIR_SUPPLEMENT', 'REPAIR_APPROVED', 'REPAIR_STARTED', 'REPAIR_WAITING_PARTS',
  'REPAIR_UPDATE', 'REPAIR_DELAYED', 'REPAIR_DELAY_RISK', 'REPAIR_READY', 'REPAIR_SETTLEMENT', 'REPAIR_DELIVERED',
  'REPAIR_CANCELLED', 'REPAIR_TO_DISPATCH', 'REPAIR_ASSIGNED', 'REPAIR_READY_FOR_DELIVERY', 'REPAIR_QC_FAILED',
  'REPAIR_UPDATE_OVERDUE', 'REPAIR_DISPATCH_OVERDUE', 'REPAIR_START_OVERDUE', 'REPAIR_SUPPLEMENT_UNANSWERED',
  'REPAIR_SETTLEMENT_SIGNED', 'REPAIR_SETTLEMENT_REOPENED', 'REPAIR_DECIDED', 'REPAIR_PARTS_SHORT', 'REPAIR_PARTS_ARRIVED',
  // After delivery: ratings, follow-up calls, complaints
  'RATING_LOW', 'FOLLOW_UP_DUE', 'FOLLOW_UP_PROBLEM', 'FOLLOW_UP_PROBLEM_OVERDUE', 'FOLLOW_UP_OVERDUE', 'COMPLAINT_FILED', 'COMPLAINT_ASSIGNED',
  'COMPLAINT_STEP', 'COMPLAINT_ANSWER_WARNING', 'COMPLAINT_ANSWER_MISSED', 'COMPLAINT_RESOLVE_WARNING',
  'COMPLAINT_RESOLVE_MISSED', 'COMPLAINT_CLOSED', 'COMPLAINT_REOPENED', 'COMPLAINT_ADDED',
  // Staff: a vehicle added for one customer is already on file for another
  'VEHICLE_CLAIMED_ELSEWHERE',
] as const satisfies readonly NotificationKind[]

/** A kind this build words itself. */
export type WordedKind = (typeof WORDED_KINDS)[number]

/** The parameters a worded kind always carries: a notification that lacks one shows the server's text. */
export function requiredParams(kind: WordedKind): readonly string[] {
  return REQUIRED_PARAMS[kind]
}

export function isKnownKind(kind: string): kind is WordedKind {
  return (WORDED_KINDS as readonly string[]).includes(kind)
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
  /** The reader's language, for durations (the configured limits the server sends as ISO-8601: PT15M). */
  locale?: string
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
  { t, instant, date, money, audience = 'customer', locale = 'zh-CN' }: NotificationWording,
): NotificationText {
  const { kind, params, text } = notification
  if (!isKnownKind(kind)) return { title: t('notifications.genericTitle', {}), body: text }

  const title = t(`notifications.kinds.${kind}.title`, {})
  const missing = requiredParams(kind).some((name) => !params[name]?.trim())
  if (missing) return { title, body: text }

  const named: Record<string, string> = { ...params }
  for (const name of INSTANT_PARAMS) if (params[name]) named[name] = instant(params[name])
  for (const [name, value] of Object.entries(params)) {
    const duration = formatDuration(value, locale)
    if (duration) named[name] = duration
  }
  if (params.amount && Number.isFinite(Number(params.amount))) named.amount = (money ?? yuan)(Number(params.amount))
  if (params.nextServiceDueDate && date) named.nextServiceDueDate = date(params.nextServiceDueDate)
  for (const [name, prefix] of Object.entries(CODE_PARAMS[kind] ?? {})) {
    const code = params[name]
    if (!code) continue
    const key = `${prefix}.${code}`
    const word = t(key, {})
    named[name] = word === key ? code : word
  }
  // The offer said once: the advisor's words when there are any, else its kind (never "免费洗车一次：免费洗车").
  if (kind === 'REPAIR_DELAYED' && params.compensation)
    named.compensation = offerText(params.compensation, named.compensation ?? params.compensation, params.compensationDetail, (offer, detail) =>
      t('delay.offerWithDetail', { offer, detail }),
    ) ?? ''

  return { title, body: t(`notifications.kinds.${kind}.${variant(notification, audience)}`, named) }
}

/** Which wording of a kind fits these parameters and this reader. */
function variant({ kind, params }: NotificationView, audience: 'customer' | 'staff'): string {
  if (kind === 'BOOKING_CONFIRMED' && params.bring?.trim()) return 'bodyWithBring'
  if (kind === 'REPAIR_UPDATE' && params.automatic === 'true') return 'bodyAutomatic'
  if (kind === 'REPAIR_DELAYED' && params.compensation === 'NONE') return 'bodyNoOffer'
  if (kind === 'REPAIR_DELAY_RISK' && audience === 'staff')
    return params.watchBefore ? 'bodyStaffWatch' : params.noticeBefore ? 'bodyStaff' : 'bodyStaffLate'
  if (kind === 'REPAIR_QC_FAILED' && params.reason?.trim()) return 'bodyWithReason'
  if (kind === 'COMPLAINT_ASSIGNED' && params.customerName?.trim() && params.category && params.priority)
    return params.answerWithin ? 'bodyNew' : 'bodyNewForManagers'
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
