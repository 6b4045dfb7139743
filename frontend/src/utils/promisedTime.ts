import type { DelayView, RepairOrderView } from '@/api/types'
import { epoch } from './time'

// The completion time promised to the owner: how long is left, and the delays declared against it.

/** The latest delay declared (the one the banner shows), or null. */
export function latestDelay(order: Pick<RepairOrderView, 'delays'>): DelayView | null {
  return [...order.delays].sort((a, b) => epoch(a.declaredAt) - epoch(b.declaredAt)).pop() ?? null
}

export interface TimeLeft {
  /** Whole minutes until the promise (rounded up), or past it when overdue. */
  minutes: number
  overdue: boolean
}

export function timeLeft(promisedAt: string, now: Date | number): TimeLeft | null {
  const at = typeof now === 'number' ? now : now.getTime()
  const left = epoch(promisedAt) - at
  if (Number.isNaN(left)) return null
  return left >= 0 ? { minutes: Math.ceil(left / 60_000), overdue: false } : { minutes: Math.floor(-left / 60_000), overdue: true }
}
