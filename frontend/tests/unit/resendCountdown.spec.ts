import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useCountdown } from '@/composables/useCountdown'
import { secondsLeft } from '@/utils/countdown'

describe('seconds left until a deadline', () => {
  it('rounds up, so that the last second still shows', () => {
    expect(secondsLeft(60_000, 0)).toBe(60)
    expect(secondsLeft(60_000, 100)).toBe(60)
    expect(secondsLeft(60_000, 59_001)).toBe(1)
  })

  it('is 0 at and after the deadline, and for nonsense', () => {
    expect(secondsLeft(60_000, 60_000)).toBe(0)
    expect(secondsLeft(60_000, 90_000)).toBe(0)
    expect(secondsLeft(Number.NaN, 0)).toBe(0)
  })
})

describe('the resend countdown', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2030-10-07T01:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('counts the seconds down and stops by itself', () => {
    const countdown = useCountdown()
    expect(countdown.running.value).toBe(false)

    countdown.start(60)
    expect(countdown.running.value).toBe(true)
    expect(countdown.remaining.value).toBe(60)

    vi.advanceTimersByTime(1_000)
    expect(countdown.remaining.value).toBe(59)
    vi.advanceTimersByTime(58_000)
    expect(countdown.remaining.value).toBe(1)
    vi.advanceTimersByTime(1_000)
    expect(countdown.remaining.value).toBe(0)
    expect(countdown.running.value).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('counts against the clock, so a sleeping phone shows the right time when it wakes', () => {
    const countdown = useCountdown()
    countdown.start(60)
    vi.setSystemTime(Date.now() + 45_000) // timers did not run meanwhile
    vi.advanceTimersByTime(250)
    expect(countdown.remaining.value).toBe(15)
  })

  it('starts again from a new number (a 429 with its Retry-After), and can be stopped', () => {
    const countdown = useCountdown()
    countdown.start(60)
    vi.advanceTimersByTime(10_000)
    countdown.start(600)
    expect(countdown.remaining.value).toBe(600)
    expect(vi.getTimerCount()).toBe(1)

    countdown.stop()
    expect(countdown.running.value).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('does not run for nothing to wait', () => {
    const countdown = useCountdown()
    countdown.start(0)
    expect(countdown.running.value).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stops its timer with the component that uses it', () => {
    const scope = effectScope()
    const countdown = scope.run(() => useCountdown())
    countdown?.start(60)
    expect(vi.getTimerCount()).toBe(1)
    scope.stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})
