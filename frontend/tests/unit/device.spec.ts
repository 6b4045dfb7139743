import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { login, logout, register } from '@/api/session'
import { useAuthStore } from '@/stores/auth'
import { DEVICE_STORAGE_KEY, useDeviceStore } from '@/stores/device'
import { asRequest, authResponse, json } from './support'

/** A server that answers logins and registrations, with `deviceToken` when given; it records the bodies. */
function stubAuthServer(deviceToken?: string) {
  const bodies: Record<string, unknown>[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: unknown) => {
      const request = asRequest(input)
      const path = new URL(request.url).pathname
      if (path === '/api/v1/auth/logout') return new Response(null, { status: 204 })
      bodies.push((await request.json()) as Record<string, unknown>)
      const status = path === '/api/v1/auth/register' ? 201 : 200
      return json({ ...authResponse('a1', 'r1'), ...(deviceToken ? { deviceToken } : {}) }, status)
    }),
  )
  return bodies
}

describe('the device token', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('is kept from a registration, apart from the session', async () => {
    stubAuthServer('dev-1')
    await register({ phone: '13912345678', name: '张三', password: 'abc12345', code: '123456' })
    expect(localStorage.getItem(DEVICE_STORAGE_KEY)).toBe('dev-1')
    expect(useDeviceStore().token).toBe('dev-1')
    expect(useAuthStore().refreshToken).toBe('r1')
  })

  it('goes with every login, and a login that brings none leaves it as it was', async () => {
    localStorage.setItem(DEVICE_STORAGE_KEY, 'dev-1')
    const bodies = stubAuthServer()
    await login({ phone: '13900000001', password: 'demo1234' })
    await login({ phone: '13900000001', password: 'demo1234' })
    expect(bodies).toEqual([
      { phone: '13900000001', password: 'demo1234', deviceToken: 'dev-1' },
      { phone: '13900000001', password: 'demo1234', deviceToken: 'dev-1' },
    ])
    expect(localStorage.getItem(DEVICE_STORAGE_KEY)).toBe('dev-1')
  })

  it('is replaced when a login brings a new one', async () => {
    localStorage.setItem(DEVICE_STORAGE_KEY, 'dev-old')
    stubAuthServer('dev-new')
    await login({ phone: '13900000001', password: 'demo1234' })
    expect(localStorage.getItem(DEVICE_STORAGE_KEY)).toBe('dev-new')
  })

  it('is not sent when the device has none', async () => {
    const bodies = stubAuthServer()
    await login({ phone: '13900000001', password: 'demo1234' })
    expect(bodies[0]).toEqual({ phone: '13900000001', password: 'demo1234' })
  })

  it('survives a logout (it names the device, not the session)', async () => {
    stubAuthServer('dev-1')
    await login({ phone: '13900000001', password: 'demo1234' })
    await logout()
    expect(useAuthStore().isLoggedIn).toBe(false)
    expect(localStorage.getItem('pitstop.session')).toBeNull()
    expect(localStorage.getItem(DEVICE_STORAGE_KEY)).toBe('dev-1')
  })

  it('is read again at each login: another tab may have been given a newer one', async () => {
    const bodies = stubAuthServer()
    const device = useDeviceStore()
    expect(device.token).toBeNull()
    localStorage.setItem(DEVICE_STORAGE_KEY, 'dev-other-tab')
    await login({ phone: '13900000001', password: 'demo1234' })
    expect(bodies[0]?.deviceToken).toBe('dev-other-tab')
  })

  it('ignores what cannot be a token, so that a damaged entry never blocks logging in', async () => {
    localStorage.setItem(DEVICE_STORAGE_KEY, 'x'.repeat(101))
    const bodies = stubAuthServer()
    await login({ phone: '13900000001', password: 'demo1234' })
    expect(bodies[0]).not.toHaveProperty('deviceToken')

    const device = useDeviceStore()
    device.remember('')
    device.remember(undefined)
    device.remember('has space')
    expect(device.current()).toBeNull()
  })
})
