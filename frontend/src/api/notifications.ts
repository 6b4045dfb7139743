import { api } from './client'
import { unwrap } from './problem'
import type { NotificationView } from './types'

/** The caller's inbox, newest first. */
export function listNotifications(): Promise<NotificationView[]> {
  return unwrap(api.GET('/api/v1/notifications'))
}

export async function markNotificationRead(id: string): Promise<void> {
  await unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }))
}

export async function unreadNotificationCount(): Promise<number> {
  return (await unwrap(api.GET('/api/v1/notifications/unread-count'))).count
}
