/** What an advisor sees next to a booking that waits for confirmation. */
export interface Countdown {
  /** The 15 minutes are up. */
  overdue: boolean
  /** Seconds left, or seconds since the deadline when overdue. */
  seconds: number
  /** mm:ss (h:mm:ss from an hour on) of `seconds`. */
  text: string
}

export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = s % 60
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
  return hours > 0 ? `${hours}:${mmss}` : mmss
}

/** Time left until `confirmBy` (an ISO instant), counted from `now`; past it, the time it is overdue. */
export function confirmCountdown(confirmBy: string, now: Date | number): Countdown {
  const deadline = new Date(confirmBy).getTime()
  const at = typeof now === 'number' ? now : now.getTime()
  const left = deadline - at
  if (Number.isNaN(left)) return { overdue: false, seconds: 0, text: '--:--' }
  if (left > 0) {
    const seconds = Math.ceil(left / 1000) // 14:59.4 left still reads 15:00, and 0.4 s reads 00:01
    return { overdue: false, seconds, text: clock(seconds) }
  }
  const seconds = Math.floor((at - deadline) / 1000)
  return { overdue: true, seconds, text: clock(seconds) }
}

/**
 * Whole seconds left until `deadline` (epoch ms) at `now`, rounded up so that "1 s" still shows until the end;
 * 0 once it has passed.
 */
export function secondsLeft(deadline: number, now: number): number {
  const left = deadline - now
  return Number.isFinite(left) && left > 0 ? Math.ceil(left / 1000) : 0
}
