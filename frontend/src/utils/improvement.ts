import type { ImprovementView, KpiDirection } from '@/api/types'
import { trendOf, type Trend } from './kpi'

/** The list's tabs: what is open (overdue among them), overdue only, done, everything. */
export const IMPROVEMENT_FILTERS = ['open', 'overdue', 'done', 'all'] as const
export type ImprovementFilter = (typeof IMPROVEMENT_FILTERS)[number]

export type ImprovementState = 'open' | 'overdue' | 'done'

/** Done, open, or open past its deadline (the server says so; the clock may have passed it since). */
export function improvementState(i: Pick<ImprovementView, 'status' | 'overdue' | 'deadline'>, now: number): ImprovementState {
  if (i.status === 'DONE') return 'done'
  return i.overdue || new Date(i.deadline).getTime() < now ? 'overdue' : 'open'
}

export function inImprovementFilter(i: ImprovementView, filter: ImprovementFilter, now: number): boolean {
  const state = improvementState(i, now)
  if (filter === 'all') return true
  if (filter === 'open') return state !== 'done'
  return state === filter
}

/** Overdue first, then open by deadline, then done, the latest first. */
export function improvementOrder(now: number) {
  const rank = { overdue: 0, open: 1, done: 2 } as const
  return (a: ImprovementView, b: ImprovementView): number => {
    const sa = improvementState(a, now)
    const sb = improvementState(b, now)
    if (sa !== sb) return rank[sa] - rank[sb]
    if (sa === 'done') return new Date(b.doneAt ?? b.createdAt).getTime() - new Date(a.doneAt ?? a.createdAt).getTime()
    return new Date(a.deadline).getTime() - new Date(b.deadline).getTime()
  }
}

export function improvementItems(list: readonly ImprovementView[], filter: ImprovementFilter, now: number): ImprovementView[] {
  return list.filter((i) => inImprovementFilter(i, filter, now)).sort(improvementOrder(now))
}

/** Whether the indicator moved the right way since the action (before: 30 days before it; after: since). */
export function effectOf(i: Pick<ImprovementView, 'before' | 'after'>, direction: KpiDirection): Trend | null {
  return trendOf(i.after, i.before, direction)
}

/** Whole days from now to the deadline (negative once past it). */
export function daysLeft(deadline: string, now: number): number {
  return Math.floor((new Date(deadline).getTime() - now) / 86_400_000)
}
