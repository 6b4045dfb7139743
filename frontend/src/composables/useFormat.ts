import { useI18n } from 'vue-i18n'
import type { OpeningHours, Role, ServiceTypeView, Skill, Weekday } from '@/api/types'

/** Localized names of the contract's codes, durations and dates. */
export function useFormat() {
  const { t, te, locale } = useI18n()

  /** Falls back to the raw code for values added to the contract after this build. */
  const named = (key: string, code: string) => (te(key) ? t(key) : code)

  return {
    roleName: (role: Role) => named(`role.${role}`, role),
    skillName: (skill: Skill) => named(`skill.${skill}`, skill),
    weekdayName: (day: Weekday) => named(`weekday.${day}`, day),
    serviceName: (service: ServiceTypeView) => (locale.value === 'en' ? service.nameEn : service.nameZh),
    duration(minutes: number) {
      const h = Math.floor(minutes / 60)
      const m = minutes % 60
      if (h === 0) return t('duration.minutes', { n: m })
      return m === 0 ? t('duration.hours', { h }) : t('duration.hoursMinutes', { h, m })
    },
    hours: (periods: readonly OpeningHours[]) =>
      periods.map((p) => t('common.hoursRange', { opens: p.opens, closes: p.closes })).join(', '),
    /** A calendar date (YYYY-MM-DD) such as "10月1日 周三" / "Wed, Oct 1"; no time zone shift. */
    date(isoDate: string) {
      const [y, mo, d] = isoDate.split('-').map(Number)
      if (!y || !mo || !d) return isoDate
      return new Intl.DateTimeFormat(locale.value, {
        month: 'short',
        day: 'numeric',
        weekday: 'short',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(y, mo - 1, d)))
    },
  }
}
