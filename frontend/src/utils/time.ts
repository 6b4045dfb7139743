import type { ClosedDay, OpeningHours, ShopView, Weekday } from '@/api/types'

export const WEEKDAYS: readonly Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
]

export interface ShopNow {
  /** YYYY-MM-DD in the shop's time zone */
  date: string
  dayOfWeek: Weekday
  /** 0-23 in the shop's time zone */
  hour: number
}

/** "Now" as the shop sees it: opening hours and closed days are in the shop's zone, not the phone's. */
export function shopNow(timeZone: string, now: Date = new Date()): ShopNow {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'long',
      hour: '2-digit',
      hourCycle: 'h23',
    })
  } catch {
    return shopNow(Intl.DateTimeFormat().resolvedOptions().timeZone, now) // unknown zone: the device's
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]))
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    dayOfWeek: String(parts.weekday).toUpperCase() as Weekday,
    hour: Number(parts.hour) % 24,
  }
}

/** The day's opening periods, earliest first; none means closed that weekday. */
export function hoursOn(openingHours: readonly OpeningHours[], day: Weekday): OpeningHours[] {
  return openingHours.filter((h) => h.dayOfWeek === day).sort((a, b) => a.opens.localeCompare(b.opens))
}

export type TodayStatus =
  | { open: true; hours: OpeningHours[] }
  | { open: false; closedDay: ClosedDay | null }

export function todayStatus(shop: ShopView, now: ShopNow): TodayStatus {
  const closedDay = shop.closedDays.find((d) => d.date === now.date)
  if (closedDay) return { open: false, closedDay }
  const hours = hoursOn(shop.openingHours, now.dayOfWeek)
  return hours.length ? { open: true, hours } : { open: false, closedDay: null }
}

/** Closed days from today on, soonest first. */
export function upcomingClosedDays(closedDays: readonly ClosedDay[], today: string): ClosedDay[] {
  return closedDays.filter((d) => d.date >= today).sort((a, b) => a.date.localeCompare(b.date))
}
