import { describe, expect, it } from 'vitest'
import { shopNow, todayStatus, upcomingClosedDays } from '@/utils/time'
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
