import { describe, expect, it } from 'vitest'
import type { StaffView } from '@/api/types'
import { boardColumns } from '@/utils/board'
import {
  calendarDate,
  codeFromName,
  copyFirstOpenDay,
  dayIssues,
  daysUntil,
  hoursErrorsByDay,
  isDuration,
  isoDate,
  isTimeZone,
  nextBayCode,
  openingHoursOf,
  opensSomeDay,
  problemKind,
  retryOutcome,
  staffByRole,
  timeColumns,
  weekDraft,
} from '@/utils/setup'

describe('the hours form', () => {
  const week = weekDraft([
    { dayOfWeek: 'SATURDAY', opens: '09:00', closes: '17:00' },
    { dayOfWeek: 'MONDAY', opens: '08:30:00', closes: '18:00:00' },
  ])

  it('has the seven days, Monday first; days without hours are closed and get usual times to open with', () => {
    expect(week.map((d) => d.day)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'])
    expect(week[0]).toEqual({ day: 'MONDAY', open: true, opens: '08:30', closes: '18:00' })
    expect(week[1]).toEqual({ day: 'TUESDAY', open: false, opens: '08:30', closes: '18:00' })
    expect(week[5]).toMatchObject({ open: true, opens: '09:00', closes: '17:00' })
  })

  it('sends only the open days, as the contract wants them', () => {
    expect(openingHoursOf(week)).toEqual([
      { dayOfWeek: 'MONDAY', opens: '08:30', closes: '18:00' },
      { dayOfWeek: 'SATURDAY', opens: '09:00', closes: '17:00' },
    ])
  })

  it('refuses a day that closes before (or when) it opens, and a missing time; closed days are not checked', () => {
    const edited = week.map((d) =>
      d.day === 'MONDAY' ? { ...d, closes: '08:00' } : d.day === 'SATURDAY' ? { ...d, closes: '09:00' } : d.day === 'SUNDAY' ? { ...d, opens: 'x' } : d,
    )
    expect(dayIssues(edited)).toEqual({ MONDAY: 'order', SATURDAY: 'order' })
    expect(dayIssues(edited.map((d) => (d.day === 'SUNDAY' ? { ...d, open: true } : d)))).toMatchObject({ SUNDAY: 'time' })
    expect(dayIssues(week)).toEqual({})
  })

  it('needs one open day a week', () => {
    expect(opensSomeDay(week)).toBe(true)
    expect(opensSomeDay(week.map((d) => ({ ...d, open: false })))).toBe(false)
  })

  it('copies the first open day to every other open day, not to closed ones', () => {
    const copied = copyFirstOpenDay(week)
    expect(copied.find((d) => d.day === 'SATURDAY')).toMatchObject({ opens: '08:30', closes: '18:00' })
    expect(copied.find((d) => d.day === 'TUESDAY')).toMatchObject({ open: false })
  })

  it('puts the server\'s errors on the weekday they are about (the index is into the open days sent)', () => {
    const sent = openingHoursOf(week)
    expect(
      hoursErrorsByDay(
        [
          { field: 'openingHours[1].closes', message: 'must be after opens' },
          { field: 'updateShopSettings.req.openingHours[0].opens', message: 'is not a time' },
          { field: 'name', message: 'must not be blank' },
          { field: 'openingHours[7].closes', message: 'no such day' },
        ],
        sent,
      ),
    ).toEqual({ SATURDAY: 'must be after opens', MONDAY: 'is not a time' })
  })

  it('opens the time picker on its five-minute grid', () => {
    expect(timeColumns('08:30')).toEqual(['08', '30'])
    expect(timeColumns('8:07')).toEqual(['08', '05'])
    expect(timeColumns('17:59')).toEqual(['17', '55'])
  })

  it('knows an IANA time zone from a typo', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true)
    expect(isTimeZone('Asia/Shanghia')).toBe(false)
    expect(isTimeZone('上海')).toBe(false)
  })
})

describe('bays and service types', () => {
  it('offers a new bay the next free B-number', () => {
    expect(nextBayCode([])).toBe('B1')
    expect(nextBayCode([{ code: 'B1' }, { code: 'B2' }, { code: 'B5' }])).toBe('B6')
    expect(nextBayCode([{ code: 'EV-1' }, { code: 'b3' }])).toBe('B4')
  })

  it('proposes a service code from the English name', () => {
    expect(codeFromName('Minor service')).toBe('MINOR_SERVICE')
    expect(codeFromName('  4-wheel alignment! ')).toBe('WHEEL_ALIGNMENT')
    expect(codeFromName('Über check')).toBe('UBER_CHECK')
  })

  it('takes durations in quarter hours, up to a day', () => {
    expect([15, 60, 1440].every(isDuration)).toBe(true)
    expect([0, 10, 50, 1455, 22.5].some(isDuration)).toBe(false)
  })
})

describe('closed days', () => {
  it('counts the days ahead, and turns calendar dates into ISO dates and back', () => {
    expect(daysUntil('2030-12-30', '2031-01-02')).toBe(3)
    expect(daysUntil('2030-10-07', '2030-10-07')).toBe(0)
    expect(isoDate(calendarDate('2031-02-06'))).toBe('2031-02-06')
  })
})

describe('staff', () => {
  const person = (name: string, role: StaffView['role']): StaffView => ({ id: name, name, role, phone: '1', active: true, createdAt: '2030-01-01T00:00:00Z' })

  it('groups staff by role in the order of the shop floor, by name within a role', () => {
    const groups = staffByRole([person('王芳', 'ADVISOR'), person('赵敏', 'MANAGER'), person('陈刚', 'ADVISOR'), person('孙磊', 'TECHNICIAN')])
    expect(groups.map((g) => [g.role, g.staff.map((s) => s.name)])).toEqual([
      ['ADVISOR', ['陈刚', '王芳']],
      ['TECHNICIAN', ['孙磊']],
      ['MANAGER', ['赵敏']],
    ])
  })
})

describe('problems and the outbox', () => {
  it('reads the kind of a problem from its type', () => {
    expect(problemKind({ type: 'https://pitstop.dev/problems/outbox-secret-erased' })).toBe('outbox-secret-erased')
    expect(problemKind({ type: 'about:blank' })).toBeNull()
    expect(problemKind(null)).toBeNull()
  })

  it('tells a message sent at once from one queued again', () => {
    expect(retryOutcome('SENT')).toBe('sent')
    expect(retryOutcome('PENDING')).toBe('queued')
  })
})

describe('the repair board on a wide screen', () => {
  it('shows the open orders by stage, a filter of several statuses by status, a single status as a grid', () => {
    expect(boardColumns('open').map((c) => c.key)).toEqual(['approval', 'dispatch', 'workshop', 'qc', 'ready'])
    expect(boardColumns('workshop').map((c) => c.key)).toEqual(['DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS'])
    expect(boardColumns('mine').map((c) => c.key)).toEqual(['DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS', 'QUALITY_CHECK'])
    expect(boardColumns('qc')).toEqual([])
  })
})
