import { useI18n } from 'vue-i18n'
import type { NotificationView } from '@/api/types'
import { useAuthStore } from '@/stores/auth'
import { notificationText } from '@/utils/notifications'
import { useFormat } from './useFormat'

/** A notification worded in the reader's language, its times at the shop. */
export function useNotificationText() {
  const { t, locale } = useI18n()
  const format = useFormat()
  const auth = useAuthStore()
  return (notification: NotificationView) =>
    notificationText(notification, {
      t: (key, named) => t(key, named),
      instant: format.dateTime,
      date: format.date,
      money: format.money,
      audience: auth.isCustomer ? 'customer' : 'staff',
      locale: locale.value,
    })
}
