import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/problem'
import {
  confirmationQueue,
  customerChangeBlock,
  groupByBay,
  MILEAGE_MAX,
  parseMileage,
  priceRange,
  slotAlternatives,
  slotConflict,
  slotsByDay,
} from '@/utils/booking'
import { appointment, slot } from './support'

describe('grouping bookings by bay', () => {
  const b1 = { id: 'b-1', code: 'B1', name: '快修工位' }
  const b2 = { id: 'b-2', code: 'B2', name: '诊断工位' }
  const b10 = { id: 'b-10', code: 'B10', name: '轮胎工位' }

  it('puts bays in code order (B2 before B10) and each bay in start order', () => {
    const list = [
      appointment({ reference: 'late-b1', bay: b1, start: '2030-10-08T15:00:00+08:00' }),
      appointment({ reference: 'b10', bay: b10, start: '2030-10-08T08:30:00+08:00' }),
      appointment({ reference: 'early-b1', bay: b1, start: '2030-10-08T09:00:00+08:00' }),
      appointment({ reference: 'b2', bay: b2, start: '2030-10-08T10:00:00+08:00' }),
      // 11:00 at the shop written in UTC: as text it would sort first, as a time it is second
      appointment({ reference: 'mid-b1', bay: b1, start: '2030-10-08T03:00:00Z' }),
    ]

    const groups = groupByBay(list)

    expect(groups.map((g) => g.bay.code)).toEqual(['B1', 'B2', 'B10'])
    expect(groups[0]?.appointments.map((a) => a.reference)).toEqual(['early-b1', 'mid-b1', 'late-b1'])
    expect(groups[2]?.appointments.map((a) => a.reference)).toEqual(['b10'])
  })

  it('has no groups without bookings', () => {
    expect(groupByBay([])).toEqual([])
  })
})

describe('confirmation queue', () => {
  it('lists only requested bookings, emergencies first, then by deadline', () => {
    const list = [
      appointment({ reference: 'later', confirmBy: '2030-10-07T01:20:00Z' }),
      appointment({ reference: 'confirmed', status: 'CONFIRMED', confirmBy: '2030-10-07T01:00:00Z' }),
      appointment({ reference: 'emergency', emergency: true, confirmBy: '2030-10-07T01:30:00Z' }),
      appointment({ reference: 'overdue', confirmBy: '2030-10-07T00:50:00Z' }),
    ]
    expect(confirmationQueue(list).map((a) => a.reference)).toEqual(['emergency', 'overdue', 'later'])
  })
})

describe('slots by day at the shop', () => {
  it('files each slot under its date in the shop zone and keeps full days empty', () => {
    const days = ['2030-10-07', '2030-10-08', '2030-10-09']
    const slots = [
      slot('2030-10-08T09:30:00+08:00'),
      slot('2030-10-08T01:00:00Z'), // 09:00 in Shanghai
      slot('2030-10-07T16:30:00Z'), // already 00:30 on the 8th in Shanghai
      slot('2030-10-09T14:00:00+08:00'),
    ]

    const byDay = slotsByDay(slots, days, 'Asia/Shanghai')

    expect(byDay.map((d) => [d.date, d.slots.length])).toEqual([
      ['2030-10-07', 0],
      ['2030-10-08', 3],
      ['2030-10-09', 1],
    ])
    expect(byDay[1]?.slots.map((s) => s.start)).toEqual([
      '2030-10-07T16:30:00Z',
      '2030-10-08T01:00:00Z',
      '2030-10-08T09:30:00+08:00',
    ])
  })
})

describe('customer changes (reschedule, cancel)', () => {
  const booking = appointment({ status: 'CONFIRMED', changeableUntil: '2030-10-08T07:00:00+08:00' })

  it('are allowed until the cut-off and refused from it on', () => {
    expect(customerChangeBlock(booking, new Date('2030-10-07T22:59:59Z'))).toBeNull()
    expect(customerChangeBlock(booking, new Date('2030-10-07T23:00:00Z'))).toBe('cutoff')
  })

  it('are refused once the booking is checked in, cancelled or missed', () => {
    const early = new Date('2030-10-01T00:00:00Z')
    expect(customerChangeBlock({ ...booking, status: 'REQUESTED' }, early)).toBeNull()
    expect(customerChangeBlock({ ...booking, status: 'CANCELLED' }, early)).toBe('status')
    expect(customerChangeBlock({ ...booking, status: 'CHECKED_IN' }, early)).toBe('status')
    expect(customerChangeBlock({ ...booking, status: 'NO_SHOW' }, early)).toBe('status')
  })
})

describe('slot full (409) alternatives', () => {
  const full = (body: Record<string, unknown>, status = 409) =>
    new ApiError(status, { type: 'https://pitstop.dev/problems/slot-full', title: 'Slot full', status, ...body })

  it('offers the alternatives of a slot-full problem, soonest first', () => {
    const error = full({
      alternatives: [slot('2030-10-08T11:00:00+08:00', 2), slot('2030-10-08T10:00:00+08:00', 1)],
    })
    expect(slotAlternatives(error)?.map((s) => s.start)).toEqual(['2030-10-08T10:00:00+08:00', '2030-10-08T11:00:00+08:00'])
  })

  it('knows "full and nothing nearby" (an empty list) from "some other conflict" (null)', () => {
    expect(slotAlternatives(full({ alternatives: [] }))).toEqual([])
    expect(slotAlternatives(full({ detail: 'illegal transition' }))).toBeNull()
  })

  it('ignores other errors', () => {
    expect(slotAlternatives(full({ alternatives: [slot('2030-10-08T10:00:00+08:00')] }, 400))).toBeNull()
    expect(slotAlternatives(new ApiError(0, null))).toBeNull()
    expect(slotAlternatives(new Error('boom'))).toBeNull()
  })
})

describe('a service type\'s price as the owner reads it', () => {
  it('is a range, one price, "from" a minimum, or quoted at reception', () => {
    expect(priceRange({ priceMin: 380, priceMax: 680 })).toEqual({ kind: 'range', min: 380, max: 680 })
    expect(priceRange({ priceMin: 200, priceMax: 200 })).toEqual({ kind: 'exact', price: 200 })
    expect(priceRange({ priceMin: 800 })).toEqual({ kind: 'from', min: 800 })
    expect(priceRange({ priceMin: 0 })).toEqual({ kind: 'from', min: 0 })
    expect(priceRange({})).toEqual({ kind: 'none' })
    expect(priceRange({ priceMax: 500 })).toEqual({ kind: 'none' })
  })
})

describe('mileage the owner types', () => {
  it('is optional, whole km from 0 to the most the server takes', () => {
    expect(parseMileage('')).toEqual({ value: null, valid: true })
    expect(parseMileage('  ')).toEqual({ value: null, valid: true })
    expect(parseMileage('42180')).toEqual({ value: 42180, valid: true })
    expect(parseMileage('42,180')).toEqual({ value: 42180, valid: true })
    expect(parseMileage('0')).toEqual({ value: 0, valid: true })
    expect(parseMileage(String(MILEAGE_MAX))).toEqual({ value: MILEAGE_MAX, valid: true })
    expect(parseMileage(String(MILEAGE_MAX + 1)).valid).toBe(false)
    expect(parseMileage('-1').valid).toBe(false)
    expect(parseMileage('42.5').valid).toBe(false)
    expect(parseMileage('abc').valid).toBe(false)
  })
})

describe('a conflict that offers alternatives', () => {
  const offered = [slot('2030-10-08T10:30:00+08:00'), slot('2030-10-08T10:00:00+08:00')]
  it('says whether the slot was full or the car booked then, with the alternatives soonest first', () => {
    const full = new ApiError(409, { type: 'https://pitstop.dev/problems/slot-full', title: 'Slot full', status: 409, alternatives: offered } as never)
    const busy = new ApiError(409, {
      type: 'https://pitstop.dev/problems/vehicle-already-booked',
      title: 'Vehicle already booked',
      status: 409,
      alternatives: offered,
    } as never)
    expect(slotConflict(full)?.kind).toBe('slot-full')
    expect(slotConflict(busy)?.kind).toBe('vehicle-already-booked')
    expect(slotConflict(busy)?.alternatives.map((s) => s.start)).toEqual([offered[1]?.start, offered[0]?.start])
    expect(slotConflict(new ApiError(409, { type: 'https://pitstop.dev/problems/booking-cap', title: 'Cap', status: 409 }))).toBeNull()
  })
})
