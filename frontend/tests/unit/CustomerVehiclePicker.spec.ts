import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref, type PropType } from 'vue'
import type { CustomerView, VehicleView } from '@/api/types'
import CustomerVehiclePicker from '@/components/desk/CustomerVehiclePicker.vue'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { asRequest, json, problem } from './support'

const owner: CustomerView = {
  id: 'u-9',
  name: '张伟',
  phone: '13712345678',
  registered: false,
  vehicles: [
    { id: 'v-9', customerId: 'u-9', plate: '沪A12345', vin: 'LSVAU2180N2999999', make: '大众', model: '朗逸', year: 2021, mileageKm: 43000, energyType: 'PETROL', claimedElsewhere: true },
  ],
}

/** The picker as the check-in page (or, on the phone, the phone booking) holds it: its models bound by a parent. */
const Host = defineComponent({
  props: { purpose: { type: String as PropType<'walk-in' | 'phone'>, default: 'walk-in' } },
  setup(props) {
    const vehicle = ref<VehicleView | null>(null)
    const customer = ref<CustomerView | null>(null)
    const editing = ref(false)
    return () =>
      h('div', [
        h(CustomerVehiclePicker, {
          purpose: props.purpose,
          modelValue: vehicle.value,
          'onUpdate:modelValue': (v: VehicleView | null) => (vehicle.value = v),
          customer: customer.value,
          'onUpdate:customer': (c: CustomerView | null) => (customer.value = c),
          editing: editing.value,
          'onUpdate:editing': (e: boolean) => (editing.value = e),
        }),
        h('output', { 'data-testid': 'chosen' }, vehicle.value?.plate ?? '-'),
        h('output', { 'data-testid': 'editing' }, String(editing.value)),
      ])
  },
})

function stubCustomers() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: unknown) => {
      const url = new URL(asRequest(input).url)
      if (url.pathname === '/api/v1/customers' && url.searchParams.get('phone') === '13712345678') return json(owner)
      return problem(404)
    }),
  )
}

function mountHost(purpose: 'walk-in' | 'phone') {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(Host, { props: { purpose }, attachTo: document.body, global: { plugins: [pinia, i18n, router] } })
}

describe('the walk-in picker', () => {
  beforeEach(() => {
    localStorage.clear()
    applyLocale('zh-CN')
  })
  enableAutoUnmount(afterEach)

  it("finds the owner, takes their only car, and flags a car another customer has on file", async () => {
    stubCustomers()
    const wrapper = mountHost('walk-in')

    await wrapper.find('[data-testid="walk-in-phone"] input').setValue('13712345678')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="walk-in-vehicle"]').exists()).toBe(true))
    await flushPromises()

    expect(wrapper.find('[data-testid="chosen"]').text()).toBe('沪A12345')
    expect(wrapper.find('[data-testid="vehicle-claimed-elsewhere"]').text()).toBe('车辆归属待核实')
    expect(document.querySelector('.van-toast')?.textContent ?? '').not.toContain('出错了')
  })

  it('on the phone: tells a phone customer from an app user, and opens the form for a number not on file, the page bar standing aside', async () => {
    stubCustomers()
    const wrapper = mountHost('phone')

    await wrapper.find('[data-testid="walk-in-phone"] input').setValue('13712345678')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="walk-in-vehicle"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="walk-in-customer"]').text()).toContain('电话客户')
    expect(wrapper.find('[data-testid="walk-in-vehicle"]').text()).toContain('大众 朗逸 · 2021')
    expect(wrapper.find('[data-testid="editing"]').text()).toBe('false')

    await wrapper.find('[data-testid="walk-in-phone"] input').setValue('13700000000')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="editing"]').text()).toBe('true'))
    expect(wrapper.find('[data-testid="chosen"]').text()).toBe('-')
    expect(wrapper.find('.bottom-bar').exists()).toBe(true)
  })
})
