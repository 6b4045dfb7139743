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

/**
 * The shop's zone when the shop could not be loaded yet: Pitstop's shops are in mainland China. Only a
 * fallback; the zone of record is ShopView.timeZone.
 */
export const FALLBACK_TIME_ZONE = 'Asia/Shanghai'

const zonedFormats = new Map<string, Intl.DateTimeFormat>()

function zonedFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zonedFormats.get(timeZone)
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
    } catch {
      return zonedFormat(FALLBACK_TIME_ZONE) // unknown zone
    }
    zonedFormats.set(timeZone, format)
  }
  return format
}

export interface ZonedDateTime {
  /** YYYY-MM-DD */
  date: string
  /** HH:mm */
  time: string
}

/** Date and wall-clock time of an instant (ISO 8601 with offset or Z) in a time zone, whatever the device's. */
export function inZone(instant: string | Date, timeZone: string): ZonedDateTime {
  const when = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(when.getTime())) return { date: '', time: '' }
  const parts = Object.fromEntries(zonedFormat(timeZone).formatToParts(when).map((p) => [p.type, p.value]))
  const hour = String(Number(parts.hour) % 24).padStart(2, '0')
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${hour}:${parts.minute}` }
}

/** A calendar date (YYYY-MM-DD) plus some days; no time zone involved. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days))
  return next.toISOString().slice(0, 10)
}

/** `count` consecutive calendar dates from `first` on. */
export function dateRange(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i))
}

/** Milliseconds since the epoch of an ISO instant (NaN when unparseable): compare instants, not strings. */
export function epoch(instant: string): number {
  return new Date(instant).getTime()
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** Minutes the zone is ahead of UTC at an instant (480 for Shanghai). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const minute = Math.floor(at.getTime() / 60_000) * 60_000
  const local = inZone(new Date(minute), timeZone)
  const [y, mo, d] = local.date.split('-').map(Number)
  const [h, mi] = local.time.split(':').map(Number)
  return Math.round((Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0) - minute) / 60_000)
}

/**
 * The instant of a wall-clock date and time in a zone, as ISO 8601 with that zone's offset
 * ("2030-10-07T18:30:00+08:00"): what the shop means by "18:30 today", whatever the phone's zone.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number)
  const [h, mi] = time.split(':').map(Number)
  const wall = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0)
  let offset = zoneOffsetMinutes(timeZone, new Date(wall))
  const corrected = zoneOffsetMinutes(timeZone, new Date(wall - offset * 60_000))
  if (corrected !== offset) offset = corrected // the guess fell on the other side of a DST change
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return `${date}T${pad2(h ?? 0)}:${pad2(mi ?? 0)}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
}
