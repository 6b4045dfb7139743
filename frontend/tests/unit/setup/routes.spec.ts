import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { advisor, authResponse } from '../support'
import { manager } from './harness'

const SETUP = ['/setup', '/setup/staff', '/setup/bays', '/setup/hours', '/setup/closed-days', '/setup/service-types', '/setup/partners', '/setup/outbox']

describe('the setup screens', () => {
  beforeEach(async () => {
    localStorage.clear()
    setActivePinia(createPinia())
    await router.replace('/login')
  })

  it('are the manager\'s, each with its page title', async () => {
    useAuthStore().setSession(authResponse('a', 'r', manager))
    for (const path of SETUP) {
      await router.push(path)
      expect(router.currentRoute.value.fullPath, path).toBe(path)
      expect(router.currentRoute.value.meta.title, path).toMatch(/^setup/)
    }
    expect(router.resolve('/setup').meta.tabbar).toBe(true)
  })

  it('send other staff and car owners home, and visitors to the login', async () => {
    for (const path of SETUP) {
      await router.push(path)
      expect(router.currentRoute.value.name, path).toBe('login')
    }
    useAuthStore().setSession(authResponse('a', 'r', advisor))
    for (const path of SETUP) {
      await router.push(path)
      expect(router.currentRoute.value.name, path).toBe('home')
    }
    useAuthStore().setSession(authResponse('a', 'r'))
    await router.push('/setup/bays')
    expect(router.currentRoute.value.name).toBe('home')
  })
})
