import type { NotificationView } from '@/api/types'

/** The kinds this build can word itself, with the parameters each needs; others show the server's text. */
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
} as const satisfies Record<string, readonly string[]>

export type NotificationKind = keyof typeof NOTIFICATION_PARAMS

export function isKnownKind(kind: string): kind is NotificationKind {
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
}

/**
 * Title and text of a notification in the reader's language. The server's `text` (zh-CN) stands in for a
 * kind this build does not know, or when a parameter the wording needs is missing.
 */
export function notificationText(notification: NotificationView, { t, instant }: NotificationWording): NotificationText {
  const { kind, params, text } = notification
  if (!isKnownKind(kind)) return { title: t('notifications.genericTitle', {}), body: text }

  const title = t(`notifications.kinds.${kind}.title`, {})
  const missing = NOTIFICATION_PARAMS[kind].some((name) => !params[name]?.trim())
  if (missing) return { title, body: text }

  const named: Record<string, string> = { ...params }
  if (params.start) named.start = instant(params.start)
  const withBring = kind === 'BOOKING_CONFIRMED' && !!params.bring?.trim()
  return { title, body: t(`notifications.kinds.${kind}.${withBring ? 'bodyWithBring' : 'body'}`, named) }
}
