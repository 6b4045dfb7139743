import { ApiError } from '@/api/problem'

/** A random (v4) UUID; crypto.randomUUID exists only in secure contexts (not on http://192.168.x.x). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Did the server answer, so that the request is known not to have taken effect? A 4xx is such an answer
 * (except 408 and 429, which say nothing was decided); a lost connection or a 5xx leaves it in doubt.
 */
export function isDefinitiveFailure(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429
}

/**
 * The Idempotency-Key of one confirm screen. A retry after a failure in doubt (timeout, 5xx) sends the same
 * key, so that the server answers with the booking it may already have made instead of booking twice. After a
 * definitive refusal (slot full, invalid) the next attempt is a new request and gets a new key.
 */
export class IdempotencyKey {
  private current: string
  private readonly generate: () => string

  constructor(generate: () => string = uuid) {
    this.generate = generate
    this.current = generate()
  }

  get value(): string {
    return this.current
  }

  /** Runs one attempt with the current key and decides whether the next attempt may reuse it. */
  async run<T>(attempt: (key: string) => Promise<T>): Promise<T> {
    try {
      return await attempt(this.current)
    } catch (error) {
      if (isDefinitiveFailure(error)) this.current = this.generate()
      throw error
    }
  }
}
