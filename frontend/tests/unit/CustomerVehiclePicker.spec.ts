import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import type { CustomerView, VehicleView } from '@/api/types'
import CustomerVehiclePicker from '@/components/desk/CustomerVehiclePicker.vue'
import { applyLocale, i18n } from '@/i18n'
import { installVant } from '@/plugins/vant'
import { router } from '@/router'
import { asRequest, json, problem } from './support'

const owner: CustomerView = {
  id: 'u-9',
  name: '张伟',
  phone: '13712345678',
  registered: false,
  vehicles: [
    { id: 'v-9', customerId: 'u-9', plate: '沪A12345', vin: 'LSVAU2180N2999999', make: '大众', model: '朗逸', year: 2021, mileageKm: 43000, claimedElsewhere: true },
  ],
}

/** The picker as the check-in page holds it: both models bound by a parent. */
const Host = defineComponent({
  setup() {
    const vehicle = ref<VehicleView | null>(null)
    const customer = ref<CustomerView | null>(null)
    return () =>
      h('div', [
        h(CustomerVehiclePicker, {
          modelValue: vehicle.value,
          'onUpdate:modelValue': (v: VehicleView | null) => (vehicle.value = v),
          customer: customer.value,
          'onUpdate:customer': (c: CustomerView | null) => (customer.value = c),
        }),
        h('output', { 'data-testid': 'chosen' }, vehicle.value?.plate ?? '-'),
      ])
  },
})

describe('the walk-in picker', () => {
  beforeEach(() => {
    localStorage.clear()
    applyLocale('zh-CN')
  })
  enableAutoUnmount(afterEach)

  it("finds the owner, takes their only car, and flags a car another customer has on file", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: unknown) => {
        const url = new URL(asRequest(input).url)
        if (url.pathname === '/api/v1/customers' && url.searchParams.get('phone') === '13712345678') return json(owner)
        return problem(404)
      }),
    )
    const pinia = createPinia()
    setActivePinia(pinia)
    const wrapper = mount(Host, { attachTo: document.body, global: { plugins: [pinia, i18n, router, { install: installVant }] } })

    await wrapper.find('[data-testid="walk-in-phone"] input').setValue('13712345678')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="walk-in-vehicle"]').exists()).toBe(true))
    await flushPromises()

    expect(wrapper.find('[data-testid="chosen"]').text()).toBe('沪A12345')
    expect(wrapper.find('[data-testid="vehicle-claimed-elsewhere"]').text()).toBe('车辆归属待核实')
    expect(document.querySelector('.van-toast')?.textContent ?? '').not.toContain('出错了')
  })
})
