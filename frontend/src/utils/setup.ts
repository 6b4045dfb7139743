import type { BayView, FieldError, OpeningHours, OutboxStatus, Role, ServiceTypeView, Skill, StaffView, Weekday } from '@/api/types'
import { STAFF_ROLES } from './roles'
import { addDays, hoursOn, WEEKDAYS } from './time'

/** The rules of the manager's setup screens, mirroring the server's validation (the server has the last word). */

// Opening hours ----------------------------------------------------------------------------------------------

/** One weekday on the hours form: open or not, and its times (kept while closed, for switching back). */
export interface DayDraft {
  day: Weekday
  open: boolean
  /** HH:mm */
  opens: string
  /** HH:mm */
  closes: string
}

/** What a day is given when it is opened for the first time. */
export const DEFAULT_OPENS = '08:30'
export const DEFAULT_CLOSES = '18:00'

/** Minutes offered by the time pickers. */
export const MINUTE_STEP = 5

/** The form's seven days from the shop's hours (one period a day; the server refuses a second). */
export function weekDraft(openingHours: readonly OpeningHours[]): DayDraft[] {
  return WEEKDAYS.map((day) => {
    const first = hoursOn(openingHours, day)[0]
    return first
      ? { day, open: true, opens: first.opens.slice(0, 5), closes: first.closes.slice(0, 5) }
      : { day, open: false, opens: DEFAULT_OPENS, closes: DEFAULT_CLOSES }
  })
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export type DayIssue = 'time' | 'order'

/** What is wrong with each open day: a time that is not HH:mm, or closing no later than opening. */
export function dayIssues(week: readonly DayDraft[]): Partial<Record<Weekday, DayIssue>> {
  const issues: Partial<Record<Weekday, DayIssue>> = {}
  for (const d of week) {
    if (!d.open) continue
    if (!TIME.test(d.opens) || !TIME.test(d.closes)) issues[d.day] = 'time'
    else if (d.closes <= d.opens) issues[d.day] = 'order'
  }
  return issues
}

/** A week without one open day offers nothing to book (closing for a while is what closed days are for). */
export const opensSomeDay = (week: readonly DayDraft[]) => week.some((d) => d.open)

/** The open days as the contract's opening hours, Monday first. */
export function openingHoursOf(week: readonly DayDraft[]): OpeningHours[] {
  return week.filter((d) => d.open).map((d) => ({ dayOfWeek: d.day, opens: d.opens, closes: d.closes }))
}

/** Monday's times on every other open day (the common case: the same hours all week). */
export function copyFirstOpenDay(week: readonly DayDraft[]): DayDraft[] {
  const first = week.find((d) => d.open)
  if (!first) return [...week]
  return week.map((d) => (d.open ? { ...d, opens: first.opens, closes: first.closes } : d))
}

/** An IANA time zone this browser knows ("Asia/Shanghai"); the server checks against its own list. */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(zone)) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const HOURS_FIELD = /^(?:.*\.)?openingHours\[(\d+)\](?:\.(\w+))?$/

/**
 * The server's field errors about the hours ("openingHours[2].closes"), by weekday: the index is into the
 * request's list, which holds only the open days.
 */
export function hoursErrorsByDay(errors: readonly FieldError[], sent: readonly OpeningHours[]): Partial<Record<Weekday, string>> {
  const byDay: Partial<Record<Weekday, string>> = {}
  for (const error of errors) {
    const match = HOURS_FIELD.exec(error.field)
    const day = match ? sent[Number(match[1])]?.dayOfWeek : undefined
    if (day && !byDay[day]) byDay[day] = error.message
  }
  return byDay
}

/** "HH:mm" as the picker's [hour, minute] columns, on the picker's minute grid. */
export function timeColumns(time: string): [string, string] {
  const [h = '08', m = '00'] = time.split(':')
  const minute = Math.min(55, Math.round(Number(m) / MINUTE_STEP) * MINUTE_STEP)
  return [h.padStart(2, '0'), String(minute).padStart(2, '0')]
}

// Bays -------------------------------------------------------------------------------------------------------

export const BAY_CODE = /^[A-Za-z0-9-]+$/
export const BAY_CODE_MAX = 20
export const BAY_NAME_MAX = 60

export const SKILLS: readonly Skill[] = ['GENERAL_SERVICE', 'DIAGNOSTICS', 'ELECTRICAL', 'TIRES_ALIGNMENT', 'BODY_PAINT', 'EV_HIGH_VOLTAGE']

/** The code a new bay is offered: the next free "B<n>" after the highest one in use. */
export function nextBayCode(bays: readonly Pick<BayView, 'code'>[]): string {
  const taken = new Set(bays.map((b) => b.code.toUpperCase()))
  const numbers = bays.map((b) => /^B(\d+)$/i.exec(b.code)?.[1]).filter((n): n is string => !!n).map(Number)
  let n = (numbers.length ? Math.max(...numbers) : 0) + 1
  while (taken.has(`B${n}`)) n += 1
  return `B${n}`
}

/** Active bays first, then by code as the server lists them. */
export function sortedBays(bays: readonly BayView[]): BayView[] {
  return [...bays].sort((a, b) => Number(b.active) - Number(a.active) || a.code.localeCompare(b.code, undefined, { numeric: true }))
}

// Service types ----------------------------------------------------------------------------------------------

export const SERVICE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/
export const SERVICE_NAME_MAX = 60
export const DURATION_STEP = 15
export const DURATION_MIN = 15
export const DURATION_MAX = 1440

/** A code proposed from the English name: "Minor service" -> "MINOR_SERVICE". */
export function codeFromName(name: string): string {
  const code = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Über" -> "UBER"
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^[^A-Z]+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '')
  return code
}

export const isDuration = (minutes: number) =>
  Number.isInteger(minutes) && minutes >= DURATION_MIN && minutes <= DURATION_MAX && minutes % DURATION_STEP === 0

/** Bookable first, then by how long they take, as the server lists them. */
export function sortedServiceTypes(types: readonly ServiceTypeView[]): ServiceTypeView[] {
  return [...types].sort((a, b) => Number(b.active) - Number(a.active) || a.durationMinutes - b.durationMinutes || a.code.localeCompare(b.code))
}

// Closed days ------------------------------------------------------------------------------------------------

/** How far ahead a day may be closed from the calendar. */
export const CLOSE_AHEAD_DAYS = 366
export const CLOSED_REASON_MAX = 120

/** Whole days from `today` to `date` (both YYYY-MM-DD). */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

/** The YYYY-MM-DD of a date picked in the calendar (a local midnight of the browser). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A YYYY-MM-DD as the calendar's Date (local midnight), the inverse of isoDate. */
export function calendarDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1)
}

/** The calendar's last selectable day. */
export const lastClosableDay = (today: string) => addDays(today, CLOSE_AHEAD_DAYS)

// Staff ------------------------------------------------------------------------------------------------------

export interface RoleGroup {
  role: Role
  staff: StaffView[]
}

/** Staff by role (in STAFF_ROLES order), by name within a role. */
export function staffByRole(staff: readonly StaffView[]): RoleGroup[] {
  const rank = (role: Role) => {
    const i = STAFF_ROLES.indexOf(role)
    return i < 0 ? STAFF_ROLES.length : i
  }
  const groups = new Map<Role, StaffView[]>()
  for (const s of [...staff].sort((a, b) => rank(a.role) - rank(b.role) || a.name.localeCompare(b.name, 'zh-CN'))) {
    groups.set(s.role, [...(groups.get(s.role) ?? []), s])
  }
  return [...groups].map(([role, members]) => ({ role, staff: members }))
}

/** Replaces one element (by key) in a list, or adds it at the end. */
export function upsert<T>(list: readonly T[], item: T, key: (value: T) => string): T[] {
  const k = key(item)
  return list.some((x) => key(x) === k) ? list.map((x) => (key(x) === k ? item : x)) : [...list, item]
}

// Partner applications ---------------------------------------------------------------------------------------

/** The scopes a partner application can be granted (the server's PartnerScopes). */
export const PARTNER_SCOPES = ['bookings:read', 'bookings:write', 'repairs:read'] as const
export type PartnerScope = (typeof PARTNER_SCOPES)[number]
export const PARTNER_NAME_MAX = 80

/** A scope's key in the messages: "bookings:read" -> "bookings_read". */
export const scopeKey = (scope: string) => scope.replace(/[^a-z0-9]+/gi, '_')

// The outbox -------------------------------------------------------------------------------------------------

export const OUTBOX_STATUSES = ['FAILED', 'PENDING', 'SENT', 'EXPIRED'] as const satisfies readonly OutboxStatus[]

/** What a retry did: sent at once, or back in the queue with its next attempt. */
export const retryOutcome = (status: string): 'sent' | 'queued' => (status === 'SENT' ? 'sent' : 'queued')

// Problems ---------------------------------------------------------------------------------------------------

/** The last segment of a problem's type ("https://pitstop.dev/problems/bay-code-taken" -> "bay-code-taken"). */
export function problemKind(problem: { type?: string } | null | undefined): string | null {
  const type = problem?.type
  if (!type || type === 'about:blank') return null
  return type.split('/').pop() || null
}
