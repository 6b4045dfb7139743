import { useI18n } from 'vue-i18n'
import type { RepairEventView } from '@/api/types'
import { isKnownEventType } from '@/utils/liveOrder'
import { offerText } from '@/utils/promisedTime'
import { useFormat } from './useFormat'

export interface EventWording {
  title: string
  /** Lines under the title, most important first. */
  details: string[]
  /** Who did it: "王芳 (服务顾问)"; empty when the system did. */
  actor: string
}

/** A repair event in the reader's language: what happened, the facts it carries, and who did it. */
export function useRepairWording() {
  const { t, te } = useI18n()
  const format = useFormat()

  function actor(event: RepairEventView): string {
    if (!event.actorName) return event.automatic ? t('repairEvent.system') : ''
    const role = event.actorRole
    if (!role) return event.actorName
    return t('detail.actorWithRole', { name: event.actorName, role: te(`role.${role}`) ? t(`role.${role}`) : role })
  }

  function title(event: RepairEventView): string {
    if (event.type === 'UPDATE' && event.automatic) return t('repairEvent.automaticUpdate')
    return isKnownEventType(event.type) ? t(`repairEvent.type.${event.type}`) : event.type
  }

  function details(event: RepairEventView): string[] {
    const lines: string[] = []
    const message = event.message?.trim()
    switch (event.type) {
      case 'UPDATE':
        // An automatic update's stored message says its step and time left in both languages: the lines below say
        // them in the reader's.
        if (message && !event.automatic) lines.push(message)
        if (event.step) lines.push(t('repairEvent.step', { step: event.step }))
        if (event.remainingMinutes != null) lines.push(t('repairEvent.remaining', { duration: format.countdown(event.remainingMinutes) }))
        break
      case 'DELAY':
        if (event.delayReason) lines.push(t('delay.reasonLine', { reason: format.delayReasonName(event.delayReason), detail: message ?? '' }))
        if (event.promisedAt) lines.push(t('delay.newTimeLine', { time: format.dateTime(event.promisedAt) }))
        if (event.compensation && event.compensation !== 'NONE') {
          const offer = offerText(event.compensation, format.compensationName(event.compensation), event.compensationDetail, (o, detail) =>
            t('delay.offerWithDetail', { offer: o, detail }),
          )
          if (offer) lines.push(t('delay.offerLine', { offer }))
        }
        break
      case 'APPROVED':
        if (event.promisedAt) lines.push(t('repairEvent.promised', { time: format.dateTime(event.promisedAt) }))
        break
      case 'DISPATCHED':
        if (event.technicianName) lines.push(t('repairEvent.technician', { name: event.technicianName }))
        break
      case 'ESTIMATE_SENT':
      case 'SUPPLEMENT_SENT':
      case 'SETTLEMENT_ISSUED':
        if (event.amount != null) lines.push(t('repairEvent.amount', { amount: format.money(event.amount) }))
        if (message) lines.push(message)
        break
      case 'ITEMS_DECIDED':
        if (event.amount != null) lines.push(t('repairEvent.approvedAmount', { amount: format.money(event.amount) }))
        break
      case 'PHOTO_ADDED':
        // the message is the photo's purpose (CHECK_IN, PROGRESS)
        if (message) lines.push(te(`photos.purpose.${message}`) ? t(`photos.purpose.${message}`) : message)
        break
      case 'WAITING_PARTS':
      case 'QC_FAILED':
      case 'CANCELLED':
      case 'CHECKED_IN':
        if (message) lines.push(message)
        break
      default:
        if (message) lines.push(message)
    }
    return lines
  }

  return {
    event: (event: RepairEventView): EventWording => ({ title: title(event), details: details(event), actor: actor(event) }),
  }
}
