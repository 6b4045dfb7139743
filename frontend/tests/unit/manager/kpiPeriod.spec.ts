import { describe, expect, it } from 'vitest'
import {
  calendarPeriod,
  customPeriod,
  dayCount,
  hasNext,
  isCurrent,
  kpiDetailRoute,
  MAX_PERIOD_DAYS,
  monthEnd,
  monthsUpTo,
  periodFromQuery,
  shiftPeriod,
  weeksUpTo,
} from '@/utils/kpiPeriod'

describe('the periods of the figures', () => {
  it('takes whole calendar days, weeks (Monday to Sunday) and months', () => {
    expect(calendarPeriod('day', '2026-12-02')).toEqual({ kind: 'day', from: '2026-12-02', to: '2026-12-02' })
    expect(calendarPeriod('week', '2026-12-02')).toEqual({ kind: 'week', from: '2026-11-30', to: '2026-12-06' })
    expect(calendarPeriod('week', '2026-12-06')).toMatchObject({ from: '2026-11-30', to: '2026-12-06' }) // a Sunday
    expect(calendarPeriod('month', '2026-12-02')).toEqual({ kind: 'month', from: '2026-12-01', to: '2026-12-31' })
    expect(monthEnd('2028-02')).toBe('2028-02-29')
    expect(monthEnd('2026-02')).toBe('2026-02-28')
  })

  it('steps to the previous and next period, across the year', () => {
    expect(shiftPeriod(calendarPeriod('month', '2026-01-15'), -1)).toMatchObject({ from: '2025-12-01', to: '2025-12-31' })
    expect(shiftPeriod(calendarPeriod('week', '2026-12-31'), 1)).toMatchObject({ from: '2027-01-04', to: '2027-01-10' })
    expect(shiftPeriod(calendarPeriod('day', '2026-03-01'), -1)).toMatchObject({ from: '2026-02-28' })
    // a custom range moves by its own length
    expect(shiftPeriod(customPeriod('2026-11-01', '2026-11-10'), -1)).toEqual({ kind: 'custom', from: '2026-10-22', to: '2026-10-31' })
  })

  it('offers no next period beyond today, and knows a running one', () => {
    const month = calendarPeriod('month', '2026-12-02')
    expect(hasNext(month, '2026-12-02')).toBe(false)
    expect(isCurrent(month, '2026-12-02')).toBe(true)
    expect(hasNext(shiftPeriod(month, -1), '2026-12-02')).toBe(true)
    expect(hasNext(calendarPeriod('day', '2026-12-01'), '2026-12-02')).toBe(true)
  })

  it('puts a custom range in order and keeps it within the 400 days the API takes', () => {
    expect(customPeriod('2026-11-30', '2026-11-01')).toEqual({ kind: 'custom', from: '2026-11-01', to: '2026-11-30' })
    const long = customPeriod('2024-01-01', '2026-11-30')
    expect(long.to).toBe('2026-11-30')
    expect(dayCount(long.from, long.to)).toBe(MAX_PERIOD_DAYS)
  })

  it('lists the months and weeks of a trend, oldest first, up to the one of the day', () => {
    expect(monthsUpTo('2026-02-10', 3).map((p) => p.from)).toEqual(['2025-12-01', '2026-01-01', '2026-02-01'])
    expect(weeksUpTo('2026-12-02', 2).map((p) => `${p.from}/${p.to}`)).toEqual(['2026-11-23/2026-11-29', '2026-11-30/2026-12-06'])
  })

  it('reads a period from a link, and refuses nonsense', () => {
    expect(periodFromQuery({ from: '2026-11-01', to: '2026-11-30', kind: 'month' })).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-11-30' })
    // a "month" that is not one becomes a custom range
    expect(periodFromQuery({ from: '2026-11-03', to: '2026-11-30', kind: 'month' })).toEqual({ kind: 'custom', from: '2026-11-03', to: '2026-11-30' })
    expect(periodFromQuery({ from: '2026-11-30', to: '2026-11-01' })).toBeNull()
    expect(periodFromQuery({ from: 'yesterday', to: '2026-11-01' })).toBeNull()
    expect(periodFromQuery({})).toBeNull()
  })

  it('links a figure to its drill-down with the period, and the person for a scope', () => {
    const period = calendarPeriod('month', '2026-11-05')
    expect(kpiDetailRoute('SATISFACTION', period)).toEqual({
      name: 'kpi-detail',
      params: { code: 'SATISFACTION' },
      query: { from: '2026-11-01', to: '2026-11-30', kind: 'month' },
    })
    expect(kpiDetailRoute('SATISFACTION', period, 'ADVISOR', { id: 'u-2', name: '王芳' }).query).toMatchObject({ scope: 'ADVISOR', subject: 'u-2', name: '王芳' })
  })
})
