import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import HoursMinutesInput from '@/components/HoursMinutesInput.vue'
import DelayBanner from '@/components/repair/DelayBanner.vue'
import ReceptionCells from '@/components/repair/ReceptionCells.vue'
import RepairOrderCell from '@/components/repair/RepairOrderCell.vue'
import { useFormat } from '@/composables/useFormat'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { BATTERY_PERCENT, readsBattery } from '@/utils/energy'
import { joinMinutes, splitMinutes } from '@/utils/hoursMinutes'
import { offerText } from '@/utils/promisedTime'
import { rateState } from '@/utils/rating'
import { order, summary } from './repairFixtures'

// What the owner sees is true, and staff pages fit the hand: the logic behind issue 12's points 6 and 7.

enableAutoUnmount(afterEach)
beforeEach(() => {
  setActivePinia(createPinia())
  applyLocale('zh-CN')
})

/** useFormat needs a component (it reads i18n and the shop store): a probe that hands it out. */
function format() {
  let f: ReturnType<typeof useFormat> | undefined
  mount(
    defineComponent({
      setup() {
        f = useFormat()
        return () => h('i')
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return f!
}

describe('one countdown format', () => {
  it('says minutes, hours and minutes, and days and hours, in both languages', () => {
    const f = format()
    expect(f.countdown(14)).toBe('14 分钟')
    expect(f.countdown(125)).toBe('2 小时 5 分钟')
    expect(f.countdown(120)).toBe('2 小时')
    expect(f.countdown(3 * 1440 + 120)).toBe('3 天 2 小时')
    applyLocale('en')
    expect(f.countdown(125)).toBe('2 h 5 min')
    expect(f.countdown(3 * 1440)).toBe('3 d')
  })
})

describe('remaining time typed as hours and minutes', () => {
  it('splits and joins minutes, within the limits', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 })
    expect(splitMinutes(-3)).toEqual({ hours: 0, minutes: 0 })
    expect(joinMinutes(2, 15)).toBe(135)
    expect(joinMinutes(0, 5, 15)).toBe(15)
    expect(joinMinutes(400, 0, 0, 20160)).toBe(20160)
  })

  it('sends the same minutes to the API as typed in hours and minutes', async () => {
    const minutes = ref(90)
    const wrapper = mount(
      defineComponent({
        setup: () => () => h(HoursMinutesInput, { modelValue: minutes.value, 'onUpdate:modelValue': (v: number) => (minutes.value = v), testid: 'remaining' }),
      }),
      { global: { plugins: [i18n] } },
    )
    expect(wrapper.find('[data-testid="remaining-hours"] input').element).toHaveProperty('value', '1')
    expect(wrapper.find('[data-testid="remaining-minutes"] input').element).toHaveProperty('value', '30')
    await wrapper.find('[data-testid="remaining-hours"] .van-stepper__plus').trigger('click')
    expect(minutes.value).toBe(150)
    await nextTick()
    await wrapper.find('[data-testid="remaining-minutes"] .van-stepper__plus').trigger('click')
    expect(minutes.value).toBe(155)
    expect(wrapper.text()).toContain('小时')
    expect(wrapper.text()).toContain('分钟')
  })
})

describe('a rated visit says so', () => {
  it('knows not yet rated, rated and changeable, rated and locked, and unknown', () => {
    expect(rateState(undefined)).toBe('unknown')
    expect(rateState(null)).toBe('rate')
    expect(rateState({ editable: true })).toBe('editable')
    expect(rateState({ editable: false })).toBe('rated')
  })

  it('shows "已评价" on a rated, locked visit of the owner\'s list, and "评价" only on one not rated', async () => {
    const delivered = summary({ status: 'DELIVERED', deliveredAt: '2030-10-01T08:00:00Z' })
    const to = { name: 'repair', params: { id: delivered.id } }
    const rating = {
      orderId: delivered.id,
      overall: 4,
      attitude: 4,
      professionalism: 4,
      speed: 4,
      priceFairness: 4,
      tags: [],
      createdAt: '2030-10-01T10:00:00Z',
      updatedAt: '2030-10-01T10:00:00Z',
      editable: false,
      editableUntil: '2030-10-02T10:00:00Z',
    }
    const rated = mount(RepairOrderCell, { props: { order: delivered, to, rateable: true, rating: rating as never }, global: { plugins: [i18n, router] } })
    const button = rated.find('[data-testid="repair-item-rate"]')
    expect(button.attributes('data-rate-state')).toBe('rated')
    expect(button.text()).toBe('已评价 4 星')
    const notRated = mount(RepairOrderCell, { props: { order: delivered, to, rateable: true, rating: null }, global: { plugins: [i18n, router] } })
    expect(notRated.find('[data-testid="repair-item-rate"]').text()).toBe('评价')
    const unknown = mount(RepairOrderCell, { props: { order: delivered, to, rateable: true }, global: { plugins: [i18n, router] } })
    expect(unknown.find('[data-testid="repair-item-rate"]').exists()).toBe(false)
  })
})

describe('an EV reads its battery, not fuel', () => {
  it('maps the gauge to per cent for an EV only', () => {
    expect(readsBattery('EV')).toBe(true)
    expect(readsBattery('HYBRID')).toBe(false)
    expect(readsBattery(undefined)).toBe(false)
    expect(BATTERY_PERCENT.THREE_QUARTERS).toBe(75)
  })

  it('labels the reception 电量 % for an EV and 油量 for a petrol car', () => {
    const ev = mount(ReceptionCells, {
      props: { order: order({ vehicle: { ...order().vehicle, energyType: 'EV' }, reception: { ...order().reception, fuelLevel: 'HALF' } }) },
      global: { plugins: [i18n] },
    })
    expect(ev.find('[data-testid="reception-gauge"]').text()).toContain('电量')
    expect(ev.find('[data-testid="reception-gauge"]').text()).toContain('50%')
    expect(ev.text()).not.toContain('油量')
    const petrol = mount(ReceptionCells, {
      props: { order: order({ vehicle: { ...order().vehicle, energyType: 'PETROL' }, reception: { ...order().reception, fuelLevel: 'HALF' } }) },
      global: { plugins: [i18n] },
    })
    expect(petrol.find('[data-testid="reception-gauge"]').text()).toContain('油量')
    expect(petrol.find('[data-testid="reception-gauge"]').text()).toContain('1/2')
    applyLocale('en')
    const f = format()
    expect(f.gaugeTitle('EV')).toBe('Battery')
    expect(f.gaugeName('QUARTER', 'EV')).toBe('25%')
  })
})

describe('the compensation said once', () => {
  const join = (offer: string, detail: string) => `${offer}：${detail}`
  it('never repeats the kind before words that name it', () => {
    expect(offerText('FREE_WASH', '免费洗车一次', '免费洗车', join)).toBe('免费洗车')
    expect(offerText('FREE_WASH', '免费洗车一次', '免费精洗一次', join)).toBe('免费精洗一次')
    expect(offerText('FREE_WASH', '免费洗车一次', null, join)).toBe('免费洗车一次')
    expect(offerText('OTHER', '其他补偿', '赠送机油一瓶', join)).toBe('赠送机油一瓶')
    expect(offerText('DISCOUNT', '本次维修折扣', '工时费 9 折', join)).toBe('本次维修折扣：工时费 9 折')
    expect(offerText('DISCOUNT', '本次维修折扣', '本次维修折扣 9 折', join)).toBe('本次维修折扣 9 折')
    expect(offerText('NONE', '无', 'x', join)).toBeNull()
  })

  it('shows the delay banner with one offer and the old and new promise together', () => {
    const wrapper = mount(DelayBanner, {
      props: {
        delay: {
          reason: 'PART_OUT_OF_STOCK',
          detail: '配件调货',
          previousPromisedAt: '2030-10-07T16:00:00+08:00',
          newPromisedAt: '2030-10-07T18:00:00+08:00',
          compensation: 'FREE_WASH',
          compensationDetail: '免费洗车',
          declaredAt: '2030-10-07T10:00:00+08:00',
          noticeMinutes: 120,
        },
      },
      global: { plugins: [i18n] },
    })
    expect(wrapper.find('[data-testid="delay-compensation"]').text()).toBe('补偿：免费洗车')
    const times = wrapper.find('[data-testid="delay-times"]')
    expect(times.text()).toMatch(/16:00\s*→\s*.*18:00/)
    expect(times.find('s').text()).toBe('16:00')
  })
})

describe('names in the reader\'s language', () => {
  it('shows the English name in the English UI, the name otherwise', () => {
    const f = format()
    const shop = { name: '星途汽车 4S 店', nameEn: 'Xingtu Auto 4S' }
    expect(f.localName(shop)).toBe('星途汽车 4S 店')
    applyLocale('en')
    expect(f.localName(shop)).toBe('Xingtu Auto 4S')
    expect(f.localName({ name: '快修 1 号', nameEn: null })).toBe('快修 1 号')
  })
})
