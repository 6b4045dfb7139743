import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { listNotifications, markNotificationRead, unreadNotificationCount } from '@/api/notifications'
import type { NotificationView } from '@/api/types'

/** How often the unread badge asks the server while the app is in front. */
export const UNREAD_POLL_MS = 60_000

/** The inbox and its unread count (the badge on the tab bar and the board). */
export const useNotificationStore = defineStore('notifications', () => {
  const items = ref<NotificationView[] | null>(null)
  const unread = ref(0)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)

  async function refreshUnread(): Promise<void> {
    try {
      unread.value = await unreadNotificationCount()
    } catch {
      // the badge is a hint: keep the last count, the inbox shows errors
    }
  }

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      items.value = await listNotifications()
      unread.value = items.value.filter((n) => !n.readAt).length
    } catch (thrown) {
      error.value = thrown
    } finally {
      loading.value = false
    }
  }

  /** Marks one read here at once, then on the server; puts it back if the server refuses. */
  async function markRead(id: string): Promise<void> {
    const item = items.value?.find((n) => n.id === id)
    if (!item || item.readAt) return
    const readAt = new Date().toISOString()
    items.value = (items.value ?? []).map((n) => (n.id === id ? { ...n, readAt } : n))
    unread.value = Math.max(0, unread.value - 1)
    try {
      await markNotificationRead(id)
    } catch (thrown) {
      items.value = (items.value ?? []).map((n) => (n.id === id ? { ...n, readAt: item.readAt } : n))
      unread.value += 1
      throw thrown
    }
  }

  async function markAllRead(): Promise<void> {
    const ids = (items.value ?? []).filter((n) => !n.readAt).map((n) => n.id)
    const results = await Promise.allSettled(ids.map((id) => markRead(id)))
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  }

  let timer: ReturnType<typeof setInterval> | undefined
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refreshUnread()
  }

  /** Keeps the badge current while logged in: now, every minute while visible, and on coming back. */
  function startPolling() {
    if (timer) return
    void refreshUnread()
    timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refreshUnread()
    }, UNREAD_POLL_MS)
    document.addEventListener('visibilitychange', onVisible)
  }

  function stopPolling() {
    clearInterval(timer)
    timer = undefined
    document.removeEventListener('visibilitychange', onVisible)
    items.value = null
    unread.value = 0
  }

  return { items, unread, loading, error, refreshUnread, load, markRead, markAllRead, startPolling, stopPolling }
})
