import type { FollowUpCallView } from '@/api/types'
import { epoch } from './time'

// The follow-up calls after delivery: the queue's filters and order.

export const FOLLOW_UP_FILTERS = ['due', 'problems', 'all'] as const
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number]

/** An open problem raised on a call, waiting for its owner's resolution. */
export const hasOpenProblem = (call: FollowUpCallView) => !!call.problem && !call.problem.resolvedAt

export function inFollowUpFilter(call: FollowUpCallView, filter: FollowUpFilter): boolean {
  switch (filter) {
    case 'due':
      return call.status === 'OPEN' && (call.due || call.overdue)
    case 'problems':
      return hasOpenProblem(call)
    case 'all':
      return true
  }
}

/** Overdue calls first, then those due, then the rest; within each by due time. */
export function followUpOrder(a: FollowUpCallView, b: FollowUpCallView): number {
  const rank = (c: FollowUpCallView) => (c.status !== 'OPEN' ? 3 : c.overdue ? 0 : c.due ? 1 : 2)
  return rank(a) - rank(b) || epoch(a.dueAt) - epoch(b.dueAt)
}

export function followUpItems(list: readonly FollowUpCallView[], filter: FollowUpFilter): FollowUpCallView[] {
  return list.filter((c) => inFollowUpFilter(c, filter)).sort(followUpOrder)
}

/** Attempts before a call that nobody answers is given up (UNREACHABLE). */
export const MAX_ATTEMPTS = 3
