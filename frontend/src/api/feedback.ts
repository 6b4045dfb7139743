import { api } from './client'
import { ApiError, unwrap } from './problem'
import type {
  CallOutcomeRequest,
  ComplaintRequest,
  ComplaintStats,
  ComplaintStatus,
  ComplaintStepRequest,
  ComplaintSummary,
  ComplaintView,
  ConfirmationRequest,
  FollowUpCallView,
  RatingRequest,
  RatingSummary,
  RatingView,
  StaffView,
} from './types'

const path = (id: string) => ({ params: { path: { id } } })

export interface Period {
  /** YYYY-MM-DD, inclusive */
  from?: string
  to?: string
}

// Ratings ---------------------------------------------------------------------------------------------------

/** The owner's rating of a delivered order; null when there is none yet (the server answers 404). */
export async function getRating(orderId: string): Promise<RatingView | null> {
  try {
    return await unwrap(api.GET('/api/v1/repair-orders/{id}/rating', path(orderId)))
  } catch (thrown) {
    if (thrown instanceof ApiError && thrown.status === 404) return null
    throw thrown
  }
}

export function createRating(orderId: string, body: RatingRequest): Promise<RatingView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/rating', { ...path(orderId), body }))
}

/** Within 24 hours of the first rating; later the server answers 409 `rating-locked`. */
export function updateRating(orderId: string, body: RatingRequest): Promise<RatingView> {
  return unwrap(api.PUT('/api/v1/repair-orders/{id}/rating', { ...path(orderId), body }))
}

/** Staff: the ratings of a period, optionally only the low ones. */
export function listRatings(query: Period & { low?: boolean } = {}): Promise<RatingView[]> {
  return unwrap(api.GET('/api/v1/ratings', { params: { query } }))
}

export function ratingSummary(query: Period = {}): Promise<RatingSummary> {
  return unwrap(api.GET('/api/v1/ratings/summary', { params: { query } }))
}

// Follow-up calls -------------------------------------------------------------------------------------------

/** Customer service's calls, by when they are due: `due` those to make now, `all` with the finished ones. */
export function listFollowUps(scope: 'due' | 'all' = 'due'): Promise<FollowUpCallView[]> {
  return unwrap(api.GET('/api/v1/follow-up-calls', { params: { query: { scope } } }))
}

export function recordFollowUp(id: string, body: CallOutcomeRequest): Promise<FollowUpCallView> {
  return unwrap(api.POST('/api/v1/follow-up-calls/{id}/outcome', { ...path(id), body }))
}

export function resolveFollowUpProblem(id: string, resolution: string): Promise<FollowUpCallView> {
  return unwrap(api.POST('/api/v1/follow-up-calls/{id}/problem-resolution', { ...path(id), body: { resolution } }))
}

// Complaints ------------------------------------------------------------------------------------------------

/**
 * Files a complaint. While a complaint on the same order is still open, the API adds this one to it (200, a
 * CUSTOMER_ADDED step) instead of starting another (201): `joined` says which happened.
 */
export async function fileComplaint(body: ComplaintRequest): Promise<{ complaint: ComplaintView; joined: boolean }> {
  let status = 0
  const complaint = await unwrap(
    api.POST('/api/v1/complaints', { body }).then((result) => {
      status = result.response.status
      return result
    }),
  )
  return { complaint, joined: status === 200 }
}

/** Customers get their own; staff get all (nearest deadline first), or theirs with `mine`. */
export function listComplaints(query: { status?: ComplaintStatus; mine?: boolean } = {}): Promise<ComplaintSummary[]> {
  return unwrap(api.GET('/api/v1/complaints', { params: { query } }))
}

export function getComplaint(id: string): Promise<ComplaintView> {
  return unwrap(api.GET('/api/v1/complaints/{id}', path(id)))
}

/** Staff move a complaint on; `nextActions` of the view says which actions the caller may take now. */
export function addComplaintStep(id: string, body: ComplaintStepRequest): Promise<ComplaintView> {
  return unwrap(api.POST('/api/v1/complaints/{id}/steps', { ...path(id), body }))
}

/** The owner accepts the remedy (closed) or rejects it (reopened). */
export function confirmComplaint(id: string, body: ConfirmationRequest): Promise<ComplaintView> {
  return unwrap(api.POST('/api/v1/complaints/{id}/confirmation', { ...path(id), body }))
}

export function complaintStats(query: Period = {}): Promise<ComplaintStats> {
  return unwrap(api.GET('/api/v1/complaints/stats', { params: { query } }))
}

/** The complaints of a period as CSV (fetched with the token; the page turns it into a download). */
export function exportComplaints(query: Period = {}): Promise<Blob> {
  return unwrap(api.GET('/api/v1/complaints/export', { params: { query }, parseAs: 'blob' }))
}

// People to hand work to -------------------------------------------------------------------------------------

/** The shop's staff accounts (managers only; others get 403 and pick from the people they know). */
export function listStaff(): Promise<StaffView[]> {
  return unwrap(api.GET('/api/v1/staff'))
}
