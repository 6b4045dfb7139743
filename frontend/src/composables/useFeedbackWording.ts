import { useI18n } from 'vue-i18n'
import type { ClockReading } from '@/utils/complaintClock'
import { tagKey } from '@/utils/rating'
import { satisfactionKey } from '@/utils/satisfaction'
import { useFormat } from './useFormat'

/** Ratings, satisfaction and the complaint clock in the reader's words. */
export function useFeedbackWording() {
  const { t } = useI18n()
  const format = useFormat()

  /** A stored tag in the reader's language (ours by name, any other as typed). */
  function tagName(tag: string): string {
    const key = tagKey(tag)
    return key ? t(`rating.tag.${key}`) : tag
  }

  /** "满意" for 4 stars; an empty string without a value. */
  function satisfactionName(value: number | null | undefined): string {
    const key = satisfactionKey(value)
    return key ? t(`satisfaction.${key}`) : ''
  }

  /** The SPA's one countdown format: hours and minutes, days from 48 hours on: "5 小时 12 分钟", "3 天 2 小时". */
  function span(minutes: number): string {
    return format.countdown(minutes)
  }

  /** One line for a complaint's clock: "答复剩余 5 小时 12 分钟", "处理已超时 2 小时", "已暂停（等待客户）". */
  function clockText(reading: ClockReading): string {
    switch (reading.state) {
      case 'met':
        return t('clock.met')
      case 'missed':
        return t('clock.missed')
      case 'paused':
        return t(`clock.paused.${reading.phase === 'resolve' ? 'resolve' : 'answer'}`, { left: span(reading.minutes) })
      case 'overdue':
        return t(`clock.overdue.${reading.phase === 'resolve' ? 'resolve' : 'answer'}`, { late: span(reading.minutes) })
      default:
        return t(`clock.left.${reading.phase === 'resolve' ? 'resolve' : 'answer'}`, { left: span(reading.minutes) })
    }
  }

  return { tagName, satisfactionName, span, clockText }
}
