import { describe, expect, it } from 'vitest'
import type { Weekday } from '@/api/types'
import { addOpenMinutes, nextOpening, type ShopHours } from '@/utils/workClock'

const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']
/** Monday to Saturday 08:30-18:00 in Shanghai, Sunday closed, Wednesday 9 December 2026 a closed day. */
const shop: ShopHours = {
  timeZone: 'Asia/Shanghai',
  openingHours: WEEKDAYS.map((dayOfWeek) => ({ dayOfWeek, opens: '08:30', closes: '18:00' })),
  closedDays: [{ date: '2026-12-09', reason: '盘点' }],
}
const at = (local: string) => new Date(`${local}:00+08:00`)

describe('the work clock of a delay proposal', () => {
  it('counts only opening hours and carries over to the next open day', () => {
    expect(addOpenMinutes(at('2026-12-07T10:00'), 60, shop)).toEqual(at('2026-12-07T11:00'))
    expect(addOpenMinutes(at('2026-12-07T17:50'), 90, shop)).toEqual(at('2026-12-08T09:50'))
    // Tuesday 17:30 + 1 h: Wednesday is closed, so Thursday 09:00.
    expect(addOpenMinutes(at('2026-12-08T17:30'), 60, shop)).toEqual(at('2026-12-10T09:00'))
    // Saturday 17:00 + 2 h: Sunday closed, Monday 09:30.
    expect(addOpenMinutes(at('2026-12-12T17:00'), 120, shop)).toEqual(at('2026-12-14T09:30'))
  })

  it('starts counting at opening when the base lies at night', () => {
    expect(addOpenMinutes(at('2026-12-07T02:45'), 30, shop)).toEqual(at('2026-12-07T09:00'))
    expect(addOpenMinutes(at('2026-12-07T19:00'), 30, shop)).toEqual(at('2026-12-08T09:00'))
  })

  it('counts the wall clock for a shop without hours', () => {
    expect(addOpenMinutes(at('2026-12-07T23:00'), 90, { ...shop, openingHours: [] })).toEqual(at('2026-12-08T00:30'))
  })
})

describe('when a closed shop opens (the emergency path while closed)', () => {
  it('is null while open, and the next opening after hours, over closed weekdays and days', () => {
    expect(nextOpening(at('2026-12-07T10:00'), shop)).toBeNull()
    expect(nextOpening(at('2026-12-07T03:28'), shop)).toEqual(at('2026-12-07T08:30'))
    expect(nextOpening(at('2026-12-07T18:00'), shop)).toEqual(at('2026-12-08T08:30'))
    // Tuesday evening: Wednesday is a closed day
    expect(nextOpening(at('2026-12-08T20:00'), shop)).toEqual(at('2026-12-10T08:30'))
    // Saturday evening: Sunday has no hours
    expect(nextOpening(at('2026-12-12T19:00'), shop)).toEqual(at('2026-12-14T08:30'))
    expect(nextOpening(at('2026-12-12T19:00'), { ...shop, openingHours: [] })).toBeNull()
  })
})
