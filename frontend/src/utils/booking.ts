import { ApiError } from '@/api/problem'
import type { AppointmentBay, AppointmentStatus, AppointmentView, SlotFullProblem, SlotView } from '@/api/types'
import { epoch, inZone } from './time'

/** Statuses of a booking the customer is still to turn up for; after check-in the repair takes over. */
export const UPCOMING_STATUSES: readonly AppointmentStatus[] = ['REQUESTED', 'CONFIRMED']

export const isUpcoming = (appointment: AppointmentView) => UPCOMING_STATUSES.includes(appointment.status)

export const byStart = (a: { start: string }, b: { start: string }) => epoch(a.start) - epoch(b.start)

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

export interface BayGroup {
  bay: AppointmentBay
  appointments: AppointmentView[]
}

/** Bookings grouped by bay (bays in code order: B2 before B10), each bay's bookings by start. */
export function groupByBay(appointments: readonly AppointmentView[]): BayGroup[] {
  const groups = new Map<string, BayGroup>()
  for (const appointment of appointments) {
    const group = groups.get(appointment.bay.id) ?? { bay: appointment.bay, appointments: [] }
    group.appointments.push(appointment)
    groups.set(appointment.bay.id, group)
  }
  return [...groups.values()]
    .map((group) => ({ ...group, appointments: group.appointments.sort(byStart) }))
    .sort((a, b) => naturalOrder.compare(a.bay.code, b.bay.code))
}

/**
 * Pending confirmations in the order an advisor should work through them: emergencies first, then the
 * deadline that comes (or came) first.
 */
export function confirmationQueue(appointments: readonly AppointmentView[]): AppointmentView[] {
  return appointments
    .filter((a) => a.status === 'REQUESTED')
    .sort((a, b) => Number(b.emergency) - Number(a.emergency) || epoch(a.confirmBy) - epoch(b.confirmBy))
}

export interface SlotDay {
  /** YYYY-MM-DD in the shop's zone */
  date: string
  slots: SlotView[]
}

/** The slots of each day (shop zone) of `days`, earliest first; days without slots are kept, empty. */
export function slotsByDay(slots: readonly SlotView[], days: readonly string[], timeZone: string): SlotDay[] {
  const byDate = new Map<string, SlotView[]>(days.map((d) => [d, []]))
  for (const slot of [...slots].sort(byStart)) {
    const { date } = inZone(slot.start, timeZone)
    const list = byDate.get(date)
    if (list) list.push(slot)
    else byDate.set(date, [slot]) // a slot outside the asked range: show it rather than lose it
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, slots: list }))
}

/** Why a customer can no longer reschedule or cancel online, or null when they can. */
export type ChangeBlock = 'status' | 'cutoff' | null

export function customerChangeBlock(appointment: AppointmentView, now: Date | number): ChangeBlock {
  if (appointment.status !== 'REQUESTED' && appointment.status !== 'CONFIRMED') return 'status'
  const at = typeof now === 'number' ? now : now.getTime()
  return at < epoch(appointment.changeableUntil) ? null : 'cutoff'
}

/**
 * The free slots a 409 "slot full" answer offers instead, soonest first; null when the error is something
 * else (so that the caller shows it as usual). An empty list means full, and nothing free nearby.
 */
export function slotAlternatives(error: unknown): SlotView[] | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.problem) return null
  const alternatives = (error.problem as Partial<SlotFullProblem>).alternatives
  if (!Array.isArray(alternatives)) return null
  return alternatives.filter((slot) => typeof slot?.start === 'string').sort(byStart)
}

/** Why a start time could not be booked: no bay left, or the car is already booked then. */
export type ConflictKind = 'slot-full' | 'vehicle-already-booked'

/**
 * A 409 that offers alternatives (slot full, or the car booked then): its kind and the free slots offered,
 * soonest first; null for any other error.
 */
export function slotConflict(error: unknown): { kind: ConflictKind; alternatives: SlotView[] } | null {
  const alternatives = slotAlternatives(error)
  if (!alternatives || !(error instanceof ApiError)) return null
  const type = String(error.problem?.type ?? '')
  return { kind: type.endsWith('/vehicle-already-booked') ? 'vehicle-already-booked' : 'slot-full', alternatives }
}

/** A service's price as the owner reads it: a range, one price, "from" a minimum, or none (quoted at reception). */
export type PriceRange =
  | { kind: 'range'; min: number; max: number }
  | { kind: 'exact'; price: number }
  | { kind: 'from'; min: number }
  | { kind: 'none' }

export function priceRange(service: { priceMin?: number | null; priceMax?: number | null }): PriceRange {
  const min = service.priceMin
  const max = service.priceMax
  if (typeof min !== 'number') return { kind: 'none' }
  if (typeof max !== 'number') return { kind: 'from', min }
  return max === min ? { kind: 'exact', price: min } : { kind: 'range', min, max }
}

/** The highest mileage an owner may state, as the server checks it. */
export const MILEAGE_MAX = 2_000_000

/** Mileage as typed: empty is "not given" (null); otherwise whole km from 0 to MILEAGE_MAX, else invalid. */
export function parseMileage(text: string | number | null | undefined): { value: number | null; valid: boolean } {
  const typed = String(text ?? '').trim().replace(/[,\s]/g, '')
  if (typed === '') return { value: null, valid: true }
  if (!/^\d+$/.test(typed)) return { value: null, valid: false }
  const value = Number(typed)
  return value <= MILEAGE_MAX ? { value, valid: true } : { value: null, valid: false }
}
