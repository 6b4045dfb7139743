import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { book } from '@/api/booking'
import { ApiError } from '@/api/problem'
import type { BookingRequest } from '@/api/types'
import { useAuthStore } from '@/stores/auth'
import { IdempotencyKey, isDefinitiveFailure, uuid } from '@/utils/idempotency'
import { appointment, asRequest, authResponse, json, problem, slot } from './support'

const request: BookingRequest = {
  vehicleId: 'v-1',
  serviceType: 'MINOR_SERVICE',
  start: '2030-10-08T09:00:00+08:00',
  faultDescription: '',
  channel: 'APP',
  emergency: false,
}

/** A server that answers the bookings it gets with the given replies, in turn, and notes the keys sent. */
function server(...replies: Array<() => Response | Promise<Response>>) {
  const keys: Array<string | null> = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: unknown) => {
      const sent = asRequest(input)
      keys.push(sent.headers.get('Idempotency-Key'))
      const reply = replies.shift()
      if (!reply) throw new Error('unexpected request')
      return reply()
    }),
  )
  return keys
}

const lostConnection = () => Promise.reject(new TypeError('Failed to fetch'))

describe('booking with an idempotency key', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setSession(authResponse('a1', 'r1'))
  })

  it('sends the same key again when retrying after the answer was lost', async () => {
    const keys = server(lostConnection, () => problem(503), () => json(appointment(), 201))
    const key = new IdempotencyKey()

    await expect(key.run((k) => book(request, k))).rejects.toMatchObject({ status: 0 })
    await expect(key.run((k) => book(request, k))).rejects.toMatchObject({ status: 503 })
    const booked = await key.run((k) => book(request, k))

    expect(booked.status).toBe('REQUESTED')
    expect(keys).toHaveLength(3)
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(new Set(keys).size).toBe(1)
  })

  it('takes a new key after the server refused (slot full): the next attempt is another request', async () => {
    const keys = server(
      () => problem(409, { title: 'Slot full', alternatives: [slot('2030-10-08T10:00:00+08:00')] } as never),
      () => json(appointment(), 201),
    )
    const key = new IdempotencyKey()

    await expect(key.run((k) => book(request, k))).rejects.toBeInstanceOf(ApiError)
    await key.run((k) => book({ ...request, start: '2030-10-08T10:00:00+08:00' }, k))

    expect(keys[0]).not.toBe(keys[1])
  })

  it('keeps the key through a token refresh (the retried request is the same request)', async () => {
    const keys: Array<string | null> = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: unknown) => {
        const sent = asRequest(input)
        if (new URL(sent.url).pathname === '/api/v1/auth/refresh') return json(authResponse('a2', 'r2'))
        keys.push(sent.headers.get('Idempotency-Key'))
        return sent.headers.get('Authorization') === 'Bearer a2' ? json(appointment(), 201) : problem(401)
      }),
    )

    await new IdempotencyKey().run((k) => book(request, k))

    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(keys[1])
  })
})

describe('idempotency helpers', () => {
  it('knows which failures are a definitive answer', () => {
    expect(isDefinitiveFailure(new ApiError(409, null))).toBe(true)
    expect(isDefinitiveFailure(new ApiError(400, null))).toBe(true)
    expect(isDefinitiveFailure(new ApiError(429, null))).toBe(false)
    expect(isDefinitiveFailure(new ApiError(408, null))).toBe(false)
    expect(isDefinitiveFailure(new ApiError(502, null))).toBe(false)
    expect(isDefinitiveFailure(new ApiError(0, null))).toBe(false)
    expect(isDefinitiveFailure(new Error('?'))).toBe(false)
  })

  it('makes v4 UUIDs also where crypto.randomUUID is missing (plain http on a LAN address)', () => {
    const real = globalThis.crypto
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes) })

    const id = uuid()

    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(uuid()).not.toBe(id)
  })
})
