/**
 * How long until a deadline, or how long past it: the one countdown of the SPA (a booking's 15 minutes to
 * confirm, the promised completion, a complaint's clock). Whole minutes, rounded up either way, so that it never
 * reads "0 minutes left" before the deadline nor "overdue by 0" after it. Said in words by `useFormat().countdown`.
 */
export interface Countdown {
  overdue: boolean
  /** Minutes left, or minutes past the deadline when overdue. */
  minutes: number
}

export function countdown(deadline: string | number, now: Date | number): Countdown | null {
  const due = typeof deadline === 'number' ? deadline : new Date(deadline).getTime()
  const at = typeof now === 'number' ? now : now.getTime()
  const left = due - at
  if (Number.isNaN(left)) return null
  return left > 0 ? { overdue: false, minutes: Math.ceil(left / 60_000) } : { overdue: true, minutes: Math.max(1, Math.ceil(-left / 60_000)) }
}

/** Time left until `confirmBy` (an ISO instant), counted from `now`; past it, the time it is overdue. */
export function confirmCountdown(confirmBy: string, now: Date | number): Countdown {
  return countdown(confirmBy, now) ?? { overdue: false, minutes: 0 }
}

export interface CountdownUnits {
  days: number
  hours: number
  minutes: number
}

/**
 * The units a countdown is said in: minutes, hours and minutes, and from 48 hours on days and hours (the minutes
 * no longer matter then): 135 -> 2 h 15 min, 3000 -> 2 d 2 h.
 */
export function countdownUnits(total: number): CountdownUnits {
  const m = Math.max(0, Math.round(total))
  if (m >= 48 * 60) return { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60), minutes: 0 }
  return { days: 0, hours: Math.floor(m / 60), minutes: m % 60 }
}

/**
 * Whole seconds left until `deadline` (epoch ms) at `now`, rounded up so that "1 s" still shows until the end;
 * 0 once it has passed.
 */
export function secondsLeft(deadline: number, now: number): number {
  const left = deadline - now
  return Number.isFinite(left) && left > 0 ? Math.ceil(left / 1000) : 0
}
