import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import AppTabbar from '@/components/AppTabbar.vue'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { STAFF_ROLES } from '@/utils/roles'
import { advisor, authResponse } from '../support'
import { manager } from '../setup/harness'
import { partsClerk } from './fixtures'

const DESK = ['/parts/issue', '/parts/shortages', '/parts/purchase-orders', '/parts/purchase-orders/po-1', '/parts/catalogue', '/parts/catalogue/p-1']
const ACTIONS = ['/parts/purchase-orders/new', '/parts/purchase-orders/po-1/receive', '/parts/count']

describe('the parts desk routes', () => {
  beforeEach(async () => {
    localStorage.clear()
    applyLocale('zh-CN')
    setActivePinia(createPinia())
    await router.replace('/login')
  })

  it('are the parts specialist\'s, each with its title', async () => {
    useAuthStore().setSession(authResponse('a', 'r', partsClerk))
    for (const path of [...DESK, ...ACTIONS, '/parts/catalogue/new', '/parts/catalogue/p-1/edit']) {
      await router.push(path)
      expect(router.currentRoute.value.fullPath, path).toBe(path)
      expect(router.currentRoute.value.meta.partsTitle, path).toBeTruthy()
    }
  })

  it('let the manager read the desk and keep the catalogue, but not issue, buy, receive or count', async () => {
    useAuthStore().setSession(authResponse('a', 'r', manager))
    for (const path of [...DESK, '/parts/catalogue/new']) {
      await router.push(path)
      expect(router.currentRoute.value.fullPath, path).toBe(path)
    }
    for (const path of ACTIONS) {
      await router.push(path)
      expect(router.currentRoute.value.name, path).toBe('home')
    }
  })

  it('send advisors home and visitors to the login', async () => {
    await router.push('/parts/issue')
    expect(router.currentRoute.value.name).toBe('login')
    useAuthStore().setSession(authResponse('a', 'r', advisor))
    for (const path of [...DESK, ...ACTIONS]) {
      await router.push(path)
      expect(router.currentRoute.value.name, path).toBe('home')
    }
  })

  it('a manager can make someone a parts specialist', () => {
    expect(STAFF_ROLES).toContain('PARTS')
    expect(i18n.global.t('role.PARTS')).toBe('配件专员')
  })

  it('give the parts specialist tabs for issuing, shortages, purchasing, counts and the catalogue', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useAuthStore().setSession(authResponse('a', 'r', partsClerk))
    const wrapper = mount(AppTabbar, { global: { plugins: [pinia, i18n, router] } })
    await flushPromises()
    expect(wrapper.findAll('.van-tabbar-item').map((i) => i.text())).toEqual(['发料', '缺件', '采购', '盘点', '配件', '我的'])
    wrapper.unmount()
  })
})
