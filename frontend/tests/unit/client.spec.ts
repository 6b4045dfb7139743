import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { api, onSessionExpired } from '@/api/client'
import { SESSION_STORAGE_KEY, useAuthStore } from '@/stores/auth'
import { asRequest, authResponse, customer, json, problem, sampleShop } from './support'

/** A server whose access token "old" has expired and whose refresh token "r1" rotates to "new"/"r2". */
function stubServer(refreshReply: () => Response | Promise<Response>) {
  const refreshBodies: unknown[] = []
  const seen: string[] = []
  const fetch = vi.fn(async (input: unknown) => {
    const request = asRequest(input)
    const path = new URL(request.url).pathname
    const authorization = request.headers.get('Authorization')
    seen.push(`${request.method} ${path} ${authorization ?? '-'}`)
    if (path === '/api/v1/auth/refresh') {
      refreshBodies.push(await request.json())
      await new Promise((resolve) => setTimeout(resolve, 10)) // let the other 401s arrive meanwhile
      return refreshReply()
    }
    if (authorization !== 'Bearer new') return problem(401, { title: 'Unauthorized' })
    if (path === '/api/v1/me') return json(customer)
    if (path === '/api/v1/shop') return json(sampleShop)
    return problem(404)
  })
  vi.stubGlobal('fetch', fetch)
  return { fetch, refreshBodies, seen }
}

describe('api client: refreshing an expired access token', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setSession(authResponse('old', 'r1'))
  })
  afterEach(() => localStorage.clear())

  it('shares one refresh between concurrent 401s and retries both requests with the new token', async () => {
    const server = stubServer(() => json(authResponse('new', 'r2')))

    const [me, shop] = await Promise.all([api.GET('/api/v1/me'), api.GET('/api/v1/shop')])

    expect(me.data?.name).toBe('李明')
    expect(shop.data?.name).toBe(sampleShop.name)
    expect(server.refreshBodies).toEqual([{ refreshToken: 'r1' }])
    expect(server.seen.filter((line) => line.includes('Bearer new'))).toHaveLength(2)
    const auth = useAuthStore()
    expect(auth.accessToken).toBe('new')
    expect(auth.refreshToken).toBe('r2')
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').refreshToken).toBe('r2')
  })

  it('retries a request body unchanged after the refresh', async () => {
    const bodies: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: unknown) => {
        const request = asRequest(input)
        const path = new URL(request.url).pathname
        if (path === '/api/v1/auth/refresh') return json(authResponse('new', 'r2'))
        bodies.push(await request.text())
        return request.headers.get('Authorization') === 'Bearer new' ? new Response(null, { status: 204 }) : problem(401)
      }),
    )
    // logout is an auth path and never retried, so use a stand-in through the same middleware:
    const { response } = await api.request('post', '/api/v1/me' as never, { body: { hello: 'world' } } as never)

    expect(response.status).toBe(204)
    expect(bodies).toEqual(['{"hello":"world"}', '{"hello":"world"}'])
  })

  it('clears the session and reports it when the refresh token is rejected', async () => {
    const server = stubServer(() => problem(401, { title: 'Unauthorized', detail: 'refresh token reused' }))
    const expired = vi.fn()
    const stop = onSessionExpired(expired)

    const [me, shop] = await Promise.all([api.GET('/api/v1/me'), api.GET('/api/v1/shop')])
    stop()

    expect(me.response.status).toBe(401)
    expect(shop.response.status).toBe(401)
    expect(server.refreshBodies).toHaveLength(1)
    expect(expired).toHaveBeenCalledTimes(1)
    const auth = useAuthStore()
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.refreshToken).toBeNull()
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull()
  })

  it('keeps the session when the refresh endpoint is down (5xx is no verdict)', async () => {
    stubServer(() => problem(503))
    const expired = vi.fn()
    const stop = onSessionExpired(expired)

    const me = await api.GET('/api/v1/me')
    stop()

    expect(me.response.status).toBe(401)
    expect(expired).not.toHaveBeenCalled()
    expect(useAuthStore().refreshToken).toBe('r1')
  })

  it('adopts tokens another tab has already rotated instead of reusing the dead refresh token', async () => {
    const server = stubServer(() => json(authResponse('never', 'never')))
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'new', refreshToken: 'r2', user: customer }),
    )

    const me = await api.GET('/api/v1/me')

    expect(me.data?.name).toBe('李明')
    expect(server.refreshBodies).toHaveLength(0)
    expect(useAuthStore().refreshToken).toBe('r2')
  })

  it('does not refresh on a 401 from the login endpoint (wrong credentials)', async () => {
    const server = stubServer(() => json(authResponse('new', 'r2')))

    const result = await api.POST('/api/v1/auth/login', { body: { phone: '13900000001', password: 'wrong123' } })

    expect(result.response.status).toBe(401)
    expect(server.refreshBodies).toHaveLength(0)
    expect(server.seen).toEqual(['POST /api/v1/auth/login -'])
  })
})
