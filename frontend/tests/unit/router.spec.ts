import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { router, safeRedirect } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { authResponse } from './support'

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

  it('never redirects off the site', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect('/shop?x=1')).toBe('/shop?x=1')
    expect(safeRedirect(undefined)).toBe('/')
  })
})
