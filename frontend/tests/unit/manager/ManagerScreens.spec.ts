import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Component } from 'vue'
import type { AppraisalView, IndicatorFigure, IndicatorReport, KpiReport, MeView } from '@/api/types'
import KpiCard from '@/components/manager/KpiCard.vue'
import WeightsPopup from '@/components/manager/WeightsPopup.vue'
import AppraisalPage from '@/pages/manager/AppraisalPage.vue'
import { applyLocale, i18n } from '@/i18n'
import ManagerDesk from '@/pages/manager/ManagerDesk.vue'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { authResponse, json, on, problem, type Route, sampleShop, stubApi } from '../support'

const manager: MeView = { id: 'u-9', name: '赵敏', phone: '13800000001', role: 'MANAGER', scopes: [] }

/** The fake API with the sample shop. */
const stubServer = (...routes: Route[]) => stubApi(sampleShop, ...routes)

function indicator(over: Partial<IndicatorReport> = {}): IndicatorReport {
  return {
    code: 'SATISFACTION',
    definition: 'The mean satisfaction score (0-100) of the ratings given in the period.',
    unit: 'SCORE',
    target: 85,
    direction: 'AT_LEAST',
    scopes: ['ADVISOR', 'TECHNICIAN'],
    figures: [{ numerator: 0, denominator: 0, items: 0, status: 'NONE' }],
    ...over,
  }
}
function report(indicators: IndicatorReport[], scope: KpiReport['scope'] = 'SHOP'): KpiReport {
  return { from: '2030-10-01', to: '2030-10-31', previousFrom: '2030-08-31', previousTo: '2030-09-30', scope, timeZone: 'Asia/Shanghai', indicators }
}

async function mountAs(component: Component, props: Record<string, unknown> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setSession(authResponse('a1', 'r1', manager))
  await router.push('/')
  await router.isReady()
  const wrapper = mount(component, { props, attachTo: document.body, global: { plugins: [pinia, i18n, router] } })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  localStorage.clear()
  applyLocale('zh-CN')
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2030-10-07T08:00:00Z'))
})
afterEach(() => vi.useRealTimers())
enableAutoUnmount(afterEach)

describe('an indicator card', () => {
  const mountCard = (figure: IndicatorFigure | null, over: Partial<IndicatorReport> = {}) =>
    mountAs(KpiCard, { indicator: indicator(over), figure, to: '/manager/kpis/SATISFACTION' })

  it('shows "—" when nothing was counted, never 0, with the target and a neutral verdict', async () => {
    const wrapper = await mountCard({ numerator: 0, denominator: 0, items: 0, previous: 65, status: 'NONE' })
    const card = wrapper.find('[data-testid="kpi-card"]')
    expect(card.attributes('data-code')).toBe('SATISFACTION')
    expect(card.find('[data-testid="kpi-value"]').text()).toBe('—')
    expect(card.text()).not.toMatch(/\b0\s*(分|%)/)
    expect(card.find('[data-testid="kpi-target"]').text()).toBe('目标 ≥ 85 分')
    expect(card.classes()).toContain('kpi-card--neutral')
    expect(card.find('[data-testid="kpi-status"]').text()).toBe('暂无数据')
    expect(card.find('[data-testid="kpi-trend"]').attributes('data-arrow')).toBe('none')
    expect(card.find('[data-testid="kpi-trend"]').text()).toContain('上期 65 分')
  })

  it('shows a real zero as one', async () => {
    const wrapper = await mountCard({ value: 0, numerator: 0, denominator: 1, items: 1, status: 'RED' }, { code: 'COMPLAINTS_HANDLED', unit: 'PERCENT', target: 100 })
    expect(wrapper.find('[data-testid="kpi-value"]').text()).toBe('0%')
    expect(wrapper.find('[data-testid="kpi-card"]').classes()).toContain('kpi-card--bad')
  })

  it('colours a missed figure red and its fall since the previous period as bad news', async () => {
    const wrapper = await mountCard({ value: 65, previous: 75, numerator: 325, denominator: 5, items: 5, status: 'RED' })
    const card = wrapper.find('[data-testid="kpi-card"]')
    expect(card.classes()).toContain('kpi-card--bad')
    expect(card.find('[data-testid="kpi-value"]').text()).toBe('65分')
    expect(card.find('[data-testid="kpi-status"]').text()).toBe('未达标')
    const trend = card.find('[data-testid="kpi-trend"]')
    expect([trend.attributes('data-arrow'), trend.attributes('data-verdict')]).toEqual(['down', 'worse'])
    expect(card.text()).toContain('5 条')
  })

  it('calls an indicator without a target tracked, in neutral', async () => {
    const wrapper = await mountCard({ value: 92.3, numerator: 12, denominator: 13, items: 13, status: 'NONE' }, { code: 'QC_FIRST_PASS', unit: 'PERCENT', target: undefined })
    expect(wrapper.find('[data-testid="kpi-target"]').text()).toBe('无目标值')
    expect(wrapper.find('[data-testid="kpi-card"]').classes()).toContain('kpi-card--neutral')
    expect(wrapper.text()).toContain('12/13')
  })

  it('speaks English too', async () => {
    applyLocale('en')
    const wrapper = await mountCard({ value: 86.15, numerator: 0, denominator: 0, items: 4, status: 'GREEN' })
    expect(wrapper.find('[data-testid="kpi-value"]').text()).toBe('86.2pts')
    expect(wrapper.find('[data-testid="kpi-target"]').text()).toBe('Target ≥ 85 pts')
    expect(wrapper.text()).toContain('Customer satisfaction')
  })
})

describe("the manager's desk", () => {
  const shopReport = report([
    indicator(),
    indicator({ code: 'SERVICE_COMPLETION', unit: 'PERCENT', target: 98, figures: [{ value: 96, previous: 99, numerator: 24, denominator: 25, items: 25, status: 'AMBER' }] }),
  ])

  it('shows this month for the shop, grouped by family, and asks per advisor on the scope switch', async () => {
    const calls = stubServer(
      on('GET', '/api/v1/kpis', (call) =>
        call.query.get('scope') === 'ADVISOR'
          ? json(report([indicator({ figures: [{ subject: { id: 'u-2', name: '王芳' }, value: 70, numerator: 210, denominator: 3, items: 3, status: 'RED' }] })], 'ADVISOR'))
          : json(shopReport),
      ),
      on('GET', '/api/v1/appointments', () => json([])),
      on('GET', '/api/v1/improvements', () => json([])),
    )
    const wrapper = await mountAs(ManagerDesk)
    const first = calls.find((c) => c.path === '/api/v1/kpis')
    expect([first?.query.get('from'), first?.query.get('to'), first?.query.get('scope')]).toEqual(['2030-10-01', '2030-10-31', 'SHOP'])

    const satisfaction = wrapper.find('[data-testid="kpi-card"][data-code="SATISFACTION"]')
    expect(satisfaction.find('[data-testid="kpi-target"]').text()).toContain('85')
    expect(satisfaction.find('[data-testid="kpi-value"]').text()).toBe('—')
    expect(satisfaction.attributes('href')).toBe('/manager/kpis/SATISFACTION?from=2030-10-01&to=2030-10-31&kind=month')
    expect(wrapper.find('[data-testid="kpi-summary"]').text()).toContain('接近 1')
    expect(wrapper.findAll('.desk-family').map((f) => f.attributes('data-family'))).toEqual(['delivery', 'satisfaction'])

    await wrapper.find('.scope-ADVISOR').trigger('click')
    await flushPromises()
    expect(calls.filter((c) => c.path === '/api/v1/kpis').at(-1)?.query.get('scope')).toBe('ADVISOR')
    const person = wrapper.find('[data-testid="kpi-person"]')
    expect(person.attributes('data-name')).toBe('王芳')
    expect(person.attributes('href')).toContain('subject=u-2')
  })

  it('steps back a month, and shows only what misses on request', async () => {
    const calls = stubServer(on('GET', '/api/v1/kpis', () => json(shopReport)), on('GET', '/api/v1/appointments', () => json([])), on('GET', '/api/v1/improvements', () => json([])))
    const wrapper = await mountAs(ManagerDesk)
    await wrapper.find('[data-testid="period-prev"]').trigger('click')
    await flushPromises()
    const last = calls.filter((c) => c.path === '/api/v1/kpis').at(-1)
    expect([last?.query.get('from'), last?.query.get('to')]).toEqual(['2030-09-01', '2030-09-30'])

    await wrapper.find('[data-testid="kpi-attention"]').trigger('click')
    expect(wrapper.findAll('[data-testid="kpi-card"]').map((c) => c.attributes('data-code'))).toEqual(['SERVICE_COMPLETION'])
  })

  it('downloads the cards as CSV with a byte-order mark', async () => {
    stubServer(on('GET', '/api/v1/kpis', () => json(shopReport)), on('GET', '/api/v1/appointments', () => json([])), on('GET', '/api/v1/improvements', () => json([])))
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:csv')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const wrapper = await mountAs(ManagerDesk)
    await wrapper.find('[data-testid="kpi-cards-export"]').trigger('click')
    expect(clicked).toHaveBeenCalled()
    const blob = created.mock.calls[0]?.[0] as Blob
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.split('\r\n')[0]).toBe('指标代码,指标,对象,数值,单位,目标,方向,状态,上期,分子,分母,记录数,开始日期,结束日期')
    expect(text).toContain('SERVICE_COMPLETION,服务完成率,全店,96,%,98,≥,接近目标,99,24,25,25,2030-10-01,2030-10-31')
    expect(text).toContain('SATISFACTION,客户满意度,全店,,分,85,≥,无判定,,0,0,0,')
  })

  it('shows the error state with a retry when the figures cannot be loaded', async () => {
    stubServer(on('GET', '/api/v1/kpis', () => problem(503)), on('GET', '/api/v1/appointments', () => json([])), on('GET', '/api/v1/improvements', () => json([])))
    const wrapper = await mountAs(ManagerDesk)
    expect(wrapper.find('[data-testid="error-state"]').exists()).toBe(true)
  })
})

describe("a role's weights", () => {
  const weights = [
    { role: 'ADVISOR', weights: { SATISFACTION: 30, SERVICE_COMPLETION: 20, SETTLEMENT_FIRST_TIME_RIGHT: 10, COMPLAINTS_RESOLVED_IN_TIME: 10, SELF: 10, SUPERVISOR: 20 } },
    { role: 'TECHNICIAN', weights: { QC_FIRST_PASS: 35, TECHNICIAN_EFFICIENCY: 25, SELF: 10, SUPERVISOR: 30 } },
  ]

  it('shows the sum as it changes, saves only at 100, and puts the server\'s word next to the part', async () => {
    const calls = stubServer(
      on('GET', '/api/v1/appraisals/weights', () => json(weights)),
      on('PUT', '/api/v1/appraisals/weights/ADVISOR', () =>
        problem(400, { title: 'Invalid request', errors: [{ field: 'weights.SELF', message: 'must be between 0 and 100' }] }),
      ),
    )
    const wrapper = await mountAs(WeightsPopup, { show: false })
    await wrapper.setProps({ show: true })
    await flushPromises()
    const sum = () => document.querySelector('[data-testid="weights-sum"]')
    const save = () => document.querySelector<HTMLButtonElement>('[data-testid="weights-save"]')
    expect(sum()?.getAttribute('data-sum')).toBe('100')
    expect(save()?.disabled).toBe(false)

    document.querySelector<HTMLButtonElement>('[data-testid="weight-SATISFACTION"] .van-stepper__minus')?.click()
    await flushPromises()
    expect(sum()?.getAttribute('data-sum')).toBe('95')
    expect(sum()?.textContent).toContain('权重合计须为 100')
    expect(save()?.disabled).toBe(true)

    document.querySelector<HTMLButtonElement>('[data-testid="weight-SELF"] .van-stepper__plus')?.click()
    await flushPromises()
    expect(sum()?.getAttribute('data-sum')).toBe('100')
    save()?.click()
    await flushPromises()
    const sent = calls.find((c) => c.method === 'PUT')
    expect(sent?.body).toEqual({ weights: { SATISFACTION: 25, SERVICE_COMPLETION: 20, SETTLEMENT_FIRST_TIME_RIGHT: 10, COMPLAINTS_RESOLVED_IN_TIME: 10, SELF: 15, SUPERVISOR: 20 } })
    expect(document.querySelector('[data-testid="weight-row"][data-component="SELF"]')?.textContent).toContain('must be between 0 and 100')
  })
})

describe('the monthly appraisal', () => {
  const appraisal = (over: Partial<AppraisalView> = {}): AppraisalView => ({
    month: '2030-09',
    staffId: 'u-2',
    name: '王芳',
    role: 'ADVISOR',
    components: [
      { component: 'SATISFACTION', weight: 70, value: 88, points: 88 },
      { component: 'SELF', weight: 10, value: 90, points: 90 },
      { component: 'SUPERVISOR', weight: 20 },
    ],
    score: 88.3,
    grade: 'GOOD',
    selfScore: 90,
    selfComment: '本月按流程完成工作',
    closed: false,
    ...over,
  })

  it('cannot close a month that still runs', async () => {
    stubServer(on('GET', '/api/v1/appraisals', (call) => json([appraisal({ month: call.query.get('month') ?? '' })])))
    const wrapper = await mountAs(AppraisalPage)
    expect(wrapper.find('[data-testid="month-label"]').attributes('data-month')).toBe('2030-10')
    expect(wrapper.find('[data-testid="appraisal-close"]').attributes('disabled')).toBeDefined()
    // happy-dom's window is 1024 px wide: the desktop's sheet, a row per person
    const row = wrapper.find('[data-testid="appraisal-row"]')
    expect(row.attributes('data-grade')).toBe('GOOD')
    expect(row.text()).toContain('本月按流程完成工作')
    expect(wrapper.find('[data-testid="appraisal-table"] thead').text()).toContain('权重 70%')
  })

  it('rates a staff member, closes a month that is over after a confirmation, and shows it frozen', async () => {
    const calls = stubServer(
      on('GET', '/api/v1/appraisals', (call) => json([appraisal({ month: call.query.get('month') ?? '' })])),
      on('PUT', '/api/v1/appraisals/2030-09/u-2', (call) => json(appraisal({ supervisorScore: (call.body as { score: number }).score, score: 88.6 }))),
      on('POST', '/api/v1/appraisals/2030-09/close', () => json([appraisal({ supervisorScore: 85, closed: true })])),
    )
    const wrapper = await mountAs(AppraisalPage)
    await wrapper.find('[data-testid="month-prev"]').trigger('click')
    await flushPromises()
    expect(calls.filter((c) => c.path === '/api/v1/appraisals').at(-1)?.query.get('month')).toBe('2030-09')

    await wrapper.find('[data-testid="appraisal-rate"]').trigger('click')
    await flushPromises()
    document.querySelector<HTMLElement>('[data-testid="rating-quick-85"]')?.click()
    await flushPromises()
    expect(document.querySelector('[data-testid="rating-grade"]')?.textContent).toContain('良好')
    document.querySelector<HTMLButtonElement>('[data-testid="rating-submit"]')?.click()
    await flushPromises()
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ score: 85 })
    expect(wrapper.find('[data-testid="appraisal-score"]').text()).toBe('88.6')

    const close = wrapper.find('[data-testid="appraisal-close"]')
    expect(close.attributes('disabled')).toBeUndefined()
    await close.trigger('click')
    await flushPromises()
    expect(document.querySelector('.van-dialog__message')?.textContent).toContain('冻结')
    document.querySelector<HTMLButtonElement>('.van-dialog__confirm')?.click()
    await flushPromises()
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/appraisals/2030-09/close')).toBe(true)
    expect(wrapper.find('[data-testid="appraisal-closed"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="appraisal-rate"]').exists()).toBe(false)
  })
})
