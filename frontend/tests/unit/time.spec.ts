import { describe, expect, it } from 'vitest'
import { addDays, dateRange, inZone, shopNow, todayStatus, upcomingClosedDays } from '@/utils/time'
import { sampleShop } from './support'

describe('shop time', () => {
  it('takes the date and weekday in the shop zone, not the device zone', () => {
    // Sunday 2030-09-29 23:30 UTC is already Monday 07:30 in Shanghai.
    const now = shopNow('Asia/Shanghai', new Date(Date.UTC(2030, 8, 29, 23, 30)))
    expect(now).toEqual({ date: '2030-09-30', dayOfWeek: 'MONDAY', hour: 7 })
  })

  it('is open on a weekday with hours, closed on one without, and closed on a closed day', () => {
    expect(todayStatus(sampleShop, { date: '2030-09-30', dayOfWeek: 'MONDAY', hour: 9 })).toEqual({
      open: true,
      hours: [{ dayOfWeek: 'MONDAY', opens: '08:30', closes: '18:00' }],
    })
    expect(todayStatus(sampleShop, { date: '2030-09-29', dayOfWeek: 'SUNDAY', hour: 9 })).toEqual({
      open: false,
      closedDay: null,
    })
    expect(todayStatus(sampleShop, { date: '2030-10-01', dayOfWeek: 'TUESDAY', hour: 9 })).toEqual({
      open: false,
      closedDay: { date: '2030-10-01', reason: '国庆节' },
    })
  })

  it('lists closed days from today on', () => {
    const days = [
      { date: '2030-10-03', reason: 'c' },
      { date: '2030-09-01', reason: 'past' },
      { date: '2030-10-01', reason: 'a' },
    ]
    expect(upcomingClosedDays(days, '2030-10-01').map((d) => d.reason)).toEqual(['a', 'c'])
  })
})

describe('instants at the shop', () => {
  it('shows an instant in the shop zone, not the device zone', () => {
    expect(inZone('2030-10-07T16:30:00Z', 'Asia/Shanghai')).toEqual({ date: '2030-10-08', time: '00:30' })
    expect(inZone('2030-10-08T09:00:00+08:00', 'Asia/Shanghai')).toEqual({ date: '2030-10-08', time: '09:00' })
    // the same instant for a shop in another zone (and whatever zone this machine runs in)
    expect(inZone('2030-10-08T09:00:00+08:00', 'America/New_York')).toEqual({ date: '2030-10-07', time: '21:00' })
  })

  it('writes midnight as 00:00, never 24:00', () => {
    expect(inZone('2030-10-07T16:00:00Z', 'Asia/Shanghai').time).toBe('00:00')
  })

  it('leaves unreadable instants empty', () => {
    expect(inZone('not a time', 'Asia/Shanghai')).toEqual({ date: '', time: '' })
  })

  it('counts calendar days across months and years', () => {
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01')
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28')
    expect(dateRange('2030-10-30', 3)).toEqual(['2030-10-30', '2030-10-31', '2030-11-01'])
  })
})
