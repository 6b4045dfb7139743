import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { router, safeRedirect } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { advisor, authResponse } from './support'

describe('route guards', () => {
  beforeEach(async () => {
    localStorage.clear()
    setActivePinia(createPinia())
    await router.replace('/login')
  })

  it('sends visitors to /login and keeps where they wanted to go', async () => {
    await router.push('/shop')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/shop')
  })

  it('lets visitors open /register', async () => {
    await router.push('/register')
    expect(router.currentRoute.value.name).toBe('register')
  })

  it('sends logged-in users away from /login, to the redirect target if any', async () => {
    useAuthStore().setSession(authResponse('a', 'r'))
    await router.push('/login?redirect=/me')
    expect(router.currentRoute.value.fullPath).toBe('/me')
  })

  it('shows the not-found page for unknown paths', async () => {
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('not-found')
  })

  it('keeps customers out of the advisor screens and advisors out of the customer ones', async () => {
    useAuthStore().setSession(authResponse('a', 'r'))
    await router.push('/desk/today')
    expect(router.currentRoute.value.name).toBe('home')
    await router.push('/book')
    expect(router.currentRoute.value.name).toBe('book')

    useAuthStore().setSession(authResponse('a', 'r', advisor))
    await router.push('/book/emergency')
    expect(router.currentRoute.value.name).toBe('home')
    await router.push('/desk/new')
    expect(router.currentRoute.value.name).toBe('phone-booking')
  })

  it('lets managers stand in for advisors, and both roles open a booking', async () => {
    useAuthStore().setSession(authResponse('a', 'r', { ...advisor, role: 'MANAGER' }))
    await router.push('/desk/today')
    expect(router.currentRoute.value.name).toBe('today')
    await router.push('/bookings/a-1')
    expect(router.currentRoute.value.name).toBe('booking')
    await router.push('/vehicles')
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('keeps the repair screens to the right people, and sends staff from the owner\'s tracker to their own page', async () => {
    useAuthStore().setSession(authResponse('a', 'r'))
    await router.push('/repairs/o-1')
    expect(router.currentRoute.value.name).toBe('repair')
    await router.push('/desk/repairs')
    expect(router.currentRoute.value.name).toBe('home')

    useAuthStore().setSession(authResponse('a', 'r', { ...advisor, role: 'TECHNICIAN' }))
    await router.push('/repairs/o-1')
    expect(router.currentRoute.value.fullPath).toBe('/desk/repairs/o-1')
    await router.push('/desk/repairs/o-1/update')
    expect(router.currentRoute.value.name).toBe('desk-update')
    await router.push('/desk/repairs/o-1/estimate')
    expect(router.currentRoute.value.name).toBe('home')
    await router.push('/desk/check-in')
    expect(router.currentRoute.value.name).toBe('home')

    useAuthStore().setSession(authResponse('a', 'r', advisor))
    await router.push('/desk/check-in?appointmentId=a-1')
    expect(router.currentRoute.value.name).toBe('check-in')
    await router.push('/desk/repairs/o-1/settlement')
    expect(router.currentRoute.value.name).toBe('desk-settlement')
    await router.push('/repairs')
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('keeps ratings and complaints to their people, and sends staff from an owner\'s complaint link to the desk', async () => {
    useAuthStore().setSession(authResponse('a', 'r'))
    for (const path of ['/repairs/o-1/rating', '/complaints', '/complaints/new?orderId=o-1', '/complaints/c-1']) {
      await router.push(path)
      expect(router.currentRoute.value.fullPath, path).toBe(path)
    }
    for (const path of ['/desk/complaints', '/desk/follow-ups', '/desk/ratings', '/desk/complaints/stats']) {
      await router.push(path)
      expect(router.currentRoute.value.name, path).toBe('home')
    }

    useAuthStore().setSession(authResponse('a', 'r', { ...advisor, role: 'CUSTOMER_SERVICE' }))
    await router.push('/complaints/c-1')
    expect(router.currentRoute.value.fullPath).toBe('/desk/complaints/c-1')
    // the API's analysis and CSV live under /complaints/ too: as a complaint's address they are no page
    for (const path of ['/complaints/stats', '/complaints/export', '/desk/complaints/export']) {
      await router.push(path)
      expect(router.currentRoute.value.name, path).toBe('not-found')
      expect(router.currentRoute.value.path, path).toBe(path)
    }
    await router.push('/desk/follow-ups')
    expect(router.currentRoute.value.name).toBe('desk-follow-ups')
    await router.push('/desk/ratings')
    expect(router.currentRoute.value.name).toBe('desk-ratings')
    await router.push('/desk/complaints/stats')
    expect(router.currentRoute.value.name).toBe('home')
    await router.push('/repairs/o-1/rating')
    expect(router.currentRoute.value.name).toBe('home')

    useAuthStore().setSession(authResponse('a', 'r', { ...advisor, role: 'MANAGER' }))
    await router.push('/desk/complaints/stats')
    expect(router.currentRoute.value.name).toBe('desk-complaint-stats')
    useAuthStore().setSession(authResponse('a', 'r', { ...advisor, role: 'TECHNICIAN' }))
    await router.push('/desk/complaints/new')
    expect(router.currentRoute.value.name).toBe('home')
  })

  it("keeps the manager's desk to managers, and lets the appraised staff open their own appraisal", async () => {
    useAuthStore().setSession(authResponse('a', 'r', { ...advisor, role: 'MANAGER' }))
    for (const [path, name] of [
      ['/manager/kpis/SATISFACTION?from=2026-11-01&to=2026-11-30', 'kpi-detail'],
      ['/manager/appraisals', 'appraisals'],
      ['/manager/improvements', 'improvements'],
      ['/manager/improvements/new?indicator=SATISFACTION', 'improvement-new'],
      ['/desk/board', 'advisor-board'],
    ] as const) {
      await router.push(path)
      expect(router.currentRoute.value.name, path).toBe(name)
    }
    await router.push('/me/appraisal')
    expect(router.currentRoute.value.name).toBe('home') // managers are not appraised

    for (const role of ['ADVISOR', 'TECHNICIAN', 'CUSTOMER_SERVICE'] as const) {
      useAuthStore().setSession(authResponse('a', 'r', { ...advisor, role }))
      await router.push('/me/appraisal')
      expect(router.currentRoute.value.name, role).toBe('my-appraisal')
      for (const path of ['/manager/kpis/SATISFACTION', '/manager/appraisals', '/manager/improvements']) {
        await router.push(path)
        expect(router.currentRoute.value.name, `${role} ${path}`).toBe('home')
      }
    }
    useAuthStore().setSession(authResponse('a', 'r'))
    await router.push('/me/appraisal')
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('never redirects off the site', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect('/shop?x=1')).toBe('/shop?x=1')
    expect(safeRedirect(undefined)).toBe('/')
  })
})
