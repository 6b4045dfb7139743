import type { AppraisalComponent, AppraisalView, Grade } from '@/api/types'
import { APPRAISED_ROLES, type AppraisedRole } from './roles'

/** The ratings entered by people; the other components are the person's own indicator figures. */
export const RATING_COMPONENTS: readonly AppraisalComponent[] = ['SELF', 'SUPERVISOR']

/** A 100-point score: excellent from 90, good from 80, pass from 60 (the domain's bands). */
export function gradeOf(score: number | null | undefined): Grade | null {
  if (score == null || !Number.isFinite(score)) return null
  if (score >= 90) return 'EXCELLENT'
  if (score >= 80) return 'GOOD'
  if (score >= 60) return 'PASS'
  return 'FAIL'
}

export const GRADES: readonly Grade[] = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL']

export function gradeTagType(grade: Grade | null | undefined): 'success' | 'primary' | 'warning' | 'danger' | 'default' {
  if (!grade) return 'default'
  return ({ EXCELLENT: 'success', GOOD: 'primary', PASS: 'warning', FAIL: 'danger' } as const)[grade]
}

// Weights ----------------------------------------------------------------------------------------------------

export const WEIGHT_TOTAL = 100

/** The sum of a role's weights as typed (blank counts as 0), rounded against floating-point dust. */
export function weightSum(weights: Readonly<Record<string, number | null | undefined>>): number {
  const sum = Object.values(weights).reduce<number>((total, w) => total + (w != null && Number.isFinite(w) ? w : 0), 0)
  return Math.round(sum * 1000) / 1000
}

export type WeightsProblem = { kind: 'range'; component: string } | { kind: 'sum'; sum: number }

/** Why a role's weights cannot be saved: one outside 0-100, or a sum other than 100; null when they can. */
export function weightsProblem(weights: Readonly<Record<string, number | null | undefined>>): WeightsProblem | null {
  for (const [component, w] of Object.entries(weights)) {
    if (w == null || !Number.isFinite(w) || w < 0 || w > WEIGHT_TOTAL) return { kind: 'range', component }
  }
  const sum = weightSum(weights)
  return sum === WEIGHT_TOTAL ? null : { kind: 'sum', sum }
}

// Months -----------------------------------------------------------------------------------------------------

/** YYYY-MM of a YYYY-MM-DD day. */
export const monthOf = (day: string) => day.slice(0, 7)

/** The month is over (it can be closed): it ended before `today`'s month. */
export function monthOver(month: string, today: string): boolean {
  return month < monthOf(today)
}

/** Grades of a month's appraisals for the summary ("2 excellent, 1 fail"); none is "not graded yet". */
export function gradeCounts(list: readonly Pick<AppraisalView, 'grade'>[]): Record<Grade | 'NONE', number> {
  const counts: Record<Grade | 'NONE', number> = { EXCELLENT: 0, GOOD: 0, PASS: 0, FAIL: 0, NONE: 0 }
  for (const a of list) counts[a.grade ?? 'NONE'] += 1
  return counts
}

/** By role (in the page's order), then best score first, those without a score last, then by name. */
export function appraisalOrder(a: AppraisalView, b: AppraisalView): number {
  const role = APPRAISED_ROLES.indexOf(a.role as AppraisedRole) - APPRAISED_ROLES.indexOf(b.role as AppraisedRole)
  if (role) return role
  if (a.score != null && b.score != null && a.score !== b.score) return b.score - a.score
  if ((a.score == null) !== (b.score == null)) return a.score == null ? 1 : -1
  return a.name.localeCompare(b.name, 'zh-CN')
}

/** A rating entered by hand: a whole or half number from 0 to 100. */
export function validRating(score: number | null | undefined): boolean {
  return score != null && Number.isFinite(score) && score >= 0 && score <= 100
}
