import { describe, expect, it } from 'vitest'
import { confirmCountdown, countdown, countdownUnits } from '@/utils/countdown'
import { timeLeft } from '@/utils/promisedTime'

describe('the one countdown of the SPA (whole minutes, rounded up either way)', () => {
  const confirmBy = '2030-10-07T01:15:00Z'
  const at = (iso: string) => new Date(iso)

  it('counts the minutes left of a booking waiting for confirmation', () => {
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:00:00Z'))).toEqual({ overdue: false, minutes: 15 })
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:12:25Z'))).toEqual({ overdue: false, minutes: 3 })
  })

  it('rounds the time left up, so that it never reads 0 minutes before the deadline', () => {
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:14:59.600Z'))).toEqual({ overdue: false, minutes: 1 })
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:00:00.400Z'))).toEqual({ overdue: false, minutes: 15 })
  })

  it('is overdue from the deadline on, by at least a minute', () => {
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:15:00Z'))).toEqual({ overdue: true, minutes: 1 })
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:18:07Z'))).toEqual({ overdue: true, minutes: 4 })
  })

  it('compares instants, whatever offset the server writes them with', () => {
    const now = at('2030-10-07T09:10:00+08:00') // 01:10Z
    expect(confirmCountdown('2030-10-07T09:15:00+08:00', now).minutes).toBe(5)
    expect(confirmCountdown(confirmBy, now.getTime()).minutes).toBe(5)
  })

  it('says nothing about an unreadable deadline instead of NaN', () => {
    expect(countdown('soon', at('2030-10-07T01:00:00Z'))).toBeNull()
    expect(confirmCountdown('soon', at('2030-10-07T01:00:00Z'))).toEqual({ overdue: false, minutes: 0 })
  })

  it('is the same reading for the promised completion as for a booking', () => {
    const now = at('2030-10-07T01:12:25Z')
    expect(timeLeft(confirmBy, now)).toEqual(confirmCountdown(confirmBy, now))
  })

  it('says minutes, hours and minutes, and days and hours from 48 hours on', () => {
    expect(countdownUnits(45)).toEqual({ days: 0, hours: 0, minutes: 45 })
    expect(countdownUnits(135)).toEqual({ days: 0, hours: 2, minutes: 15 })
    expect(countdownUnits(47 * 60 + 59)).toEqual({ days: 0, hours: 47, minutes: 59 })
    expect(countdownUnits(50 * 60 + 20)).toEqual({ days: 2, hours: 2, minutes: 0 })
    expect(countdownUnits(-5)).toEqual({ days: 0, hours: 0, minutes: 0 })
  })
})
