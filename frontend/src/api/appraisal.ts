import { api } from './client'
import { unwrap } from './problem'
import type { AppraisalInputRequest, AppraisalView, Role, WeightsView } from './types'

/** The appraisals of a month (YYYY-MM): managers get everyone appraised, staff their own. */
export function listAppraisals(month: string): Promise<AppraisalView[]> {
  return unwrap(api.GET('/api/v1/appraisals', { params: { query: { month } } }))
}

/**
 * Rates a month: on one's own appraisal it is the self-assessment, a manager's on someone else's is the
 * supervisor's rating. 409 once the month is closed.
 */
export function rateAppraisal(month: string, staffId: string, body: AppraisalInputRequest): Promise<AppraisalView> {
  return unwrap(api.PUT('/api/v1/appraisals/{month}/{staffId}', { params: { path: { month, staffId } }, body }))
}

/** Freezes a month that is over (409 while it runs, or when already closed). */
export function closeAppraisalMonth(month: string): Promise<AppraisalView[]> {
  return unwrap(api.POST('/api/v1/appraisals/{month}/close', { params: { path: { month } } }))
}

export function listAppraisalWeights(): Promise<WeightsView[]> {
  return unwrap(api.GET('/api/v1/appraisals/weights'))
}

/** The weights of a role's components; they must add up to 100 (the server says which one is wrong). */
export function setAppraisalWeights(role: Role, weights: Record<string, number>): Promise<WeightsView> {
  return unwrap(api.PUT('/api/v1/appraisals/weights/{role}', { params: { path: { role } }, body: { weights } }))
}
