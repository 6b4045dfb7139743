import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import EmergencyClosedNotice from '@/components/booking/EmergencyClosedNotice.vue'
import { applyLocale, i18n } from '@/i18n'

function mountNotice(props: { opensAt: string; emergencyPhone?: string | null }) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(EmergencyClosedNotice, { props, global: { plugins: [pinia, i18n] } })
}

beforeEach(() => applyLocale('zh-CN'))
enableAutoUnmount(afterEach)

describe('an emergency while the shop is closed', () => {
  it('says when the shop opens and offers its rescue line to call now, in both languages', () => {
    const wrapper = mountNotice({ opensAt: '2030-10-08T08:30:00+08:00', emergencyPhone: '400-800-1234' })
    expect(wrapper.text()).toContain('门店当前已下班')
    expect(wrapper.text()).toContain('08:30')
    const call = wrapper.get('[data-testid="emergency-rescue-call"]')
    expect(call.attributes('href')).toBe('tel:400-800-1234')
    expect(call.text()).toContain('拨打救援电话 400-800-1234')

    applyLocale('en')
    const en = mountNotice({ opensAt: '2030-10-08T08:30:00+08:00', emergencyPhone: '400-800-1234' })
    expect(en.text()).toContain('The shop is closed now')
    expect(en.text()).toContain('Call the rescue line 400-800-1234')
  })

  it('without a rescue line points to the public emergency numbers, never to the closed shop', () => {
    const wrapper = mountNotice({ opensAt: '2030-10-08T08:30:00+08:00', emergencyPhone: null })
    expect(wrapper.find('[data-testid="emergency-rescue-call"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('110 / 122')
  })
})
