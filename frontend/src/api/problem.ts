import type { FieldError, Problem } from './types'

/**
 * A failed API call. `status` is 0 when the server could not be reached at all; `problem` is the
 * RFC 9457 body when the server sent one.
 */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | null
  /** Seconds from the `Retry-After` header (a 429 rate limit, a 503 outage), when given. */
  readonly retryAfter: number | null

  constructor(status: number, problem: Problem | null, retryAfter: number | null = null, cause?: unknown) {
    super(problem?.detail ?? problem?.title ?? (status === 0 ? 'Network error' : `HTTP ${status}`), { cause })
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
  }

  get isNetwork(): boolean {
    return this.status === 0
  }

  get isServer(): boolean {
    return this.status >= 500
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? []
  }
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return typeof candidate.title === 'string' && typeof candidate.status === 'number'
}

function retryAfterSeconds(response: Response): number | null {
  const header = response.headers.get('Retry-After')
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000))
}

/** Turns whatever a call produced (an error body with its response, or a thrown error) into an ApiError. */
export function toApiError(error: unknown, response?: Response): ApiError {
  if (error instanceof ApiError) return error
  if (response) {
    return new ApiError(response.status, isProblem(error) ? error : null, retryAfterSeconds(response))
  }
  return new ApiError(0, null, null, error)
}

type Result<T> = { data?: T; error?: unknown; response: Response }

/** The data of a successful openapi-fetch call; throws an ApiError otherwise (also when fetch itself fails). */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await call
  } catch (thrown) {
    throw toApiError(thrown)
  }
  if (!result.response.ok) throw toApiError(result.error, result.response)
  return result.data as T
}
