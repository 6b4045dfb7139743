import type { ShopView, Weekday } from '@/api/types'
import { inZone, zonedInstant } from '@/utils/time'

/** What the work clock needs of the shop: its zone, weekly hours and closed days. */
export type ShopHours = Pick<ShopView, 'timeZone' | 'openingHours' | 'closedDays'>

const WEEKDAYS: Weekday[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']
const DAY = 86_400_000

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10)
}

function hoursOn(shop: ShopHours, date: string) {
  if (shop.closedDays.some((c) => c.date === date)) return null
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
  return shop.openingHours.find((h) => h.dayOfWeek === weekday) ?? null
}

/**
 * `minutes` of work from `start`, counted in the shop's opening hours only (as the server's WorkClock does): what
 * does not fit into today continues at the next opening. A shop without any hours counts the wall clock.
 */
export function addOpenMinutes(start: Date, minutes: number, shop: ShopHours): Date {
  if (!shop.openingHours.length) return new Date(start.getTime() + minutes * 60_000)
  let at = start.getTime()
  let left = minutes * 60_000
  let { date } = inZone(start, shop.timeZone)
  for (let n = 0; n < 400; n++, date = nextDate(date)) {
    const hours = hoursOn(shop, date)
    if (!hours) continue
    const opens = Date.parse(zonedInstant(date, hours.opens, shop.timeZone))
    const closes = Date.parse(zonedInstant(date, hours.closes, shop.timeZone))
    if (at >= closes) continue
    at = Math.max(at, opens)
    if (left <= closes - at) return new Date(at + left)
    left -= closes - at
    at = closes
  }
  return new Date(start.getTime() + minutes * 60_000)
}

/**
 * When the shop next opens, if it is closed at `now` (after hours, a closed weekday or day); null while it is open,
 * and for a shop without any hours (always open to the wall clock).
 */
export function nextOpening(now: Date, shop: ShopHours): Date | null {
  if (!shop.openingHours.length) return null
  const at = now.getTime()
  let { date } = inZone(now, shop.timeZone)
  for (let n = 0; n < 400; n++, date = nextDate(date)) {
    const hours = hoursOn(shop, date)
    if (!hours) continue
    const opens = Date.parse(zonedInstant(date, hours.opens, shop.timeZone))
    const closes = Date.parse(zonedInstant(date, hours.closes, shop.timeZone))
    if (at < opens) return new Date(opens)
    if (at < closes) return null
  }
  return null
}
