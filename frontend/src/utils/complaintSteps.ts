import type { ComplaintAction } from '@/api/types'
import { addDays, shopNow, zonedInstant } from './time'

// The steps staff take on a complaint: which the build offers, and the deadlines a remedy is given.

/** The staff actions this build knows how to offer, in the order their buttons show. */
export const STEP_ACTIONS: readonly ComplaintAction[] = [
  'ACKNOWLEDGE',
  'INVESTIGATE',
  'PROPOSE_REMEDY',
  'INFORM_CUSTOMER',
  'WAIT_FOR_CUSTOMER',
  'RESUME',
  'NOTE',
  'REASSIGN',
  'REPRIORITIZE',
]

/** The server's nextActions that this build can offer, in a steady order. */
export function offeredActions(nextActions: readonly string[]): ComplaintAction[] {
  return STEP_ACTIONS.filter((action) => nextActions.includes(action))
}

export type DeadlinePreset = 'today' | 'tomorrow' | 'twoDays' | 'threeDays'

/**
 * Deadlines a remedy is usually given, at the end of a working day (18:00 at the shop): today while there is
 * still an hour left of it, tomorrow, in two or three days.
 */
export function deadlinePresets(timeZone: string, now: Date = new Date()): { key: DeadlinePreset; at: string }[] {
  const today = shopNow(timeZone, now)
  const at = (days: number) => zonedInstant(addDays(today.date, days), '18:00', timeZone)
  const presets: { key: DeadlinePreset; at: string }[] = []
  if (today.hour < 17) presets.push({ key: 'today', at: at(0) })
  presets.push({ key: 'tomorrow', at: at(1) }, { key: 'twoDays', at: at(2) }, { key: 'threeDays', at: at(3) })
  return presets
}
