import { describe, expect, it } from 'vitest'
import { clock, confirmCountdown } from '@/utils/countdown'

describe('confirmation countdown (15 minutes from creation, deadline confirmBy)', () => {
  const confirmBy = '2030-10-07T01:15:00Z'
  const at = (iso: string) => new Date(iso)

  it('shows the time left as mm:ss', () => {
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:00:00Z'))).toEqual({ overdue: false, seconds: 900, text: '15:00' })
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:12:25Z'))).toEqual({ overdue: false, seconds: 155, text: '02:35' })
  })

  it('rounds the time left up, so that it never reads 00:00 before the deadline', () => {
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:14:59.600Z')).text).toBe('00:01')
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:00:00.400Z')).text).toBe('15:00')
  })

  it('is overdue from the deadline on and counts how long it has been', () => {
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:15:00Z'))).toEqual({ overdue: true, seconds: 0, text: '00:00' })
    expect(confirmCountdown(confirmBy, at('2030-10-07T01:18:07Z'))).toEqual({ overdue: true, seconds: 187, text: '03:07' })
  })

  it('switches to h:mm:ss after an hour overdue', () => {
    expect(confirmCountdown(confirmBy, at('2030-10-07T03:20:05Z')).text).toBe('2:05:05')
  })

  it('compares instants, whatever offset the server writes them with', () => {
    const now = at('2030-10-07T09:10:00+08:00') // 01:10Z
    expect(confirmCountdown('2030-10-07T09:15:00+08:00', now).text).toBe('05:00')
    expect(confirmCountdown(confirmBy, now.getTime()).text).toBe('05:00')
  })

  it('says nothing sensible about an unreadable deadline instead of NaN', () => {
    expect(confirmCountdown('soon', at('2030-10-07T01:00:00Z'))).toEqual({ overdue: false, seconds: 0, text: '--:--' })
  })

  it('formats clocks', () => {
    expect(clock(0)).toBe('00:00')
    expect(clock(59.9)).toBe('00:59')
    expect(clock(3600)).toBe('1:00:00')
    expect(clock(-5)).toBe('00:00')
  })
})
