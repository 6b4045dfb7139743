import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Component, defineComponent } from 'vue'
import { exportComplaints } from '@/api/feedback'
import type { ComplaintStepView, IndicatorReport, KpiReport, MeView } from '@/api/types'
import ComplaintSteps from '@/components/feedback/ComplaintSteps.vue'
import { useKpiCsv } from '@/composables/useKpiCsv'
import { applyLocale, i18n } from '@/i18n'
import ComplaintInboxPage from '@/pages/desk/ComplaintInboxPage.vue'
import ComplaintFormPage from '@/pages/feedback/ComplaintFormPage.vue'
// Loaded up front, as the route's lazy chunk would be by the time the owner files.
import ComplaintPage from '@/pages/feedback/ComplaintPage.vue'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { complaint, complaintSummary } from './feedbackFixtures'
import { summary } from './repairFixtures'
import { authResponse, customer, json, on, type Route, sampleShop, stubApi } from './support'

// Complaints read in words, never codes: the steps' facts, the advisor's own tab, a complaint joined to the open
// one, and CSV in the reader's language.

const advisor: MeView = { id: 'u-3', name: '陈刚', phone: '13800000003', role: 'ADVISOR', scopes: [] }
const stubServer = (...routes: Route[]) => stubApi(sampleShop, ...routes)
/** A code as the API spells its enums: FILED, ORDER_ADVISOR, COMPLAINT_RESOLVE_MISSED ... */
const CODE = /\b[A-Z]{2,}(_[A-Z]+)*\b/

async function mountAs(user: MeView, component: Component, props: Record<string, unknown> = {}, path = '/') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setSession(authResponse('a1', 'r1', user))
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, { props, attachTo: document.body, global: { plugins: [pinia, i18n, router] } })
  await flushPromises()
  return wrapper
}

const at = '2030-10-07T02:00:00Z'
const steps: ComplaintStepView[] = [
  {
    at,
    actorName: '李明',
    actorRole: 'CUSTOMER',
    action: 'FILED',
    toStatus: 'NEW',
    evidence: [],
    facts: { channel: 'APP', team: 'ORDER_ADVISOR', routing: 'AWAY_FROM_SUBJECT', person: '陈刚', subject: '王芳' },
  },
  { at, actorName: '李明', actorRole: 'CUSTOMER', action: 'CUSTOMER_ADDED', fromStatus: 'NEW', toStatus: 'NEW', note: '而且没人回电话', evidence: [], facts: { channel: 'APP' } },
  { at, actorName: '赵敏', actorRole: 'MANAGER', action: 'REPRIORITIZE', fromStatus: 'NEW', toStatus: 'NEW', evidence: [], facts: { priorityBefore: 'MEDIUM', priority: 'HIGH' } },
  { at, actorName: '赵敏', actorRole: 'MANAGER', action: 'REASSIGN', fromStatus: 'NEW', toStatus: 'NEW', note: '换人跟进', evidence: [], facts: { routing: 'REASSIGNED', person: '郑丽' } },
  { at, action: 'ESCALATED', fromStatus: 'NEW', toStatus: 'NEW', evidence: [], facts: { alarm: 'COMPLAINT_RESOLVE_MISSED' } },
  {
    at,
    actorName: '郑丽',
    actorRole: 'CUSTOMER_SERVICE',
    action: 'PROPOSE_REMEDY',
    fromStatus: 'INVESTIGATING',
    toStatus: 'REMEDY_PROPOSED',
    evidence: [],
    facts: { remedyKind: 'COMPENSATION', remedyDetail: '赠送一次保养', person: '郑丽' },
  },
  { at, actorName: '李明', actorRole: 'CUSTOMER', action: 'CONFIRMED', fromStatus: 'CUSTOMER_INFORMED', toStatus: 'CLOSED', evidence: [], facts: { satisfaction: 4 } },
]

beforeEach(() => {
  localStorage.clear()
  applyLocale('zh-CN')
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2030-10-07T08:00:00Z'))
})
afterEach(() => vi.useRealTimers())
enableAutoUnmount(afterEach)

describe("a complaint's steps", () => {
  it('say where it came in, who owns it and why, in Chinese words and never in codes', async () => {
    stubServer()
    const wrapper = await mountAs(customer, ComplaintSteps, { steps })
    const text = wrapper.find('[data-testid="complaint-steps"]').text()
    expect(text).not.toMatch(CODE)
    const filed = wrapper.find('[data-testid="complaint-step"][data-action="FILED"]').text()
    expect(filed).toContain('来源：App；负责团队：工单服务顾问')
    expect(filed).toContain('投诉针对王芳，改由陈刚负责')
    expect(text).toContain('客户补充投诉')
    expect(text).toContain('而且没人回电话')
    expect(text).toContain('优先级：中 → 高')
    expect(text).toContain('转由郑丽负责')
    expect(text).toContain('换人跟进')
    expect(text).toContain('投诉处理已超时')
    expect(text).toContain('补偿：赠送一次保养（郑丽）')
    expect(text).toContain('满意度：4 分')
  })

  it('read the same facts in English in the English UI', async () => {
    applyLocale('en')
    stubServer()
    const wrapper = await mountAs(customer, ComplaintSteps, { steps })
    const text = wrapper.find('[data-testid="complaint-steps"]').text()
    expect(text).not.toMatch(CODE)
    expect(text).toContain("Came in by App; team: The order's advisor")
    expect(text).toContain('About 王芳, so owned by 陈刚 instead')
    expect(text).toContain('Priority: Medium → High')
    expect(text).toContain('Now owned by 郑丽')
    expect(text).toContain('Satisfaction: 4 of 5')
  })
})

describe("an advisor's own complaints", () => {
  it('are asked of the API as theirs (mine=true) and listed in their own tab, open and closed', async () => {
    const calls = stubServer(
      on('GET', '/api/v1/complaints', () =>
        json([
          complaintSummary({ number: 'TS-MINE', ownerName: '陈刚', subjectName: '王芳', team: 'ORDER_ADVISOR', category: 'DELIVERY_TIME' }),
          complaintSummary({ number: 'TS-OLD', ownerName: '陈刚', status: 'CLOSED', resolvedAt: '2030-10-06T05:00:00Z' }),
        ]),
      ),
    )
    const wrapper = await mountAs(advisor, ComplaintInboxPage, {}, '/desk/complaints')
    const list = calls.filter((c) => c.path === '/api/v1/complaints')
    expect(list.map((c) => c.query.get('mine'))).toEqual(['true'])
    expect(wrapper.find('[data-testid="complaint-inbox"]').attributes('data-scope')).toBe('mine')
    expect(wrapper.find('.van-nav-bar__title').text()).toBe('我负责的投诉')
    expect(wrapper.findAll('.van-tab').map((t) => t.text())).toEqual(['我负责 1', '已结案 1'])
    expect(wrapper.findAll('[data-testid="complaint-item"]').map((i) => i.attributes('data-number'))).toEqual(['TS-MINE'])
    expect(wrapper.find('[data-testid="inbox-new"]').exists()).toBe(false)
  })
})

describe('a second complaint on an order with an open one', () => {
  it('tells the owner it was added to the open complaint and opens that one', async () => {
    const open = complaint({ id: 'c-open', number: 'TS-20301007-0003' })
    stubServer(
      on('GET', '/api/v1/repair-orders', () => json([summary({ id: 'o-1', status: 'DELIVERED', deliveredAt: '2030-10-07T02:00:00Z' })])),
      on('POST', '/api/v1/complaints', () => json(open, 200)),
      on('GET', '/api/v1/complaints/c-open', () => json(open)),
    )
    const wrapper = await mountAs(customer, ComplaintFormPage, {}, '/complaints/new?orderId=o-1&category=ATTITUDE')
    await wrapper.find('[data-testid="complaint-content"] textarea').setValue('还有态度问题')
    await wrapper.find('[data-testid="complaint-submit"]').trigger('click')
    await flushPromises()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('complaint'))
    expect(ComplaintPage).toBeTruthy()
    expect(router.currentRoute.value.params.id).toBe('c-open')
    expect(router.currentRoute.value.query.joined).toBe('1')
    expect(document.body.textContent).toContain('已并入您未结案的投诉 TS-20301007-0003')
  })
})

describe('CSV in the reader language', () => {
  const report: KpiReport = {
    from: '2030-10-01',
    to: '2030-10-31',
    previousFrom: '2030-08-31',
    previousTo: '2030-09-30',
    scope: 'SHOP',
    timeZone: 'Asia/Shanghai',
    indicators: [
      {
        code: 'SATISFACTION',
        definition: 'x',
        unit: 'SCORE',
        target: 85,
        direction: 'AT_LEAST',
        scopes: [],
        figures: [{ value: 90, numerator: 9, denominator: 10, items: 10, status: 'GREEN' }],
      } satisfies IndicatorReport,
    ],
  }
  const rowsIn = async (locale: 'zh-CN' | 'en') => {
    applyLocale(locale)
    stubServer()
    let csv: ReturnType<typeof useKpiCsv> | undefined
    await mountAs(customer, defineComponent({ setup: () => ((csv = useKpiCsv()), () => null) }))
    return csv!.cardRows(report)
  }

  it('writes the KPI headers and values in Chinese or English as the UI speaks', async () => {
    const zh = await rowsIn('zh-CN')
    expect(zh[0]?.join(',')).not.toMatch(/[a-z]{3,}/)
    expect(zh[1]?.slice(1).join(',')).not.toMatch(/SATISFACTION|SCORE|GREEN|SHOP/)
    const en = await rowsIn('en')
    expect(en[0]?.join(',')).not.toMatch(/[\u4e00-\u9fff]/)
    expect(en[1]?.slice(1).join(',')).not.toMatch(/[\u4e00-\u9fff]|SCORE|GREEN/)
  })

  it('asks the API for the complaints CSV in the UI language', async () => {
    applyLocale('en')
    const asked: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        asked.push(input.headers.get('Accept-Language') ?? '')
        return new Response('\uFEFFNumber,Filed at\r\n', { status: 200, headers: { 'Content-Type': 'text/csv; charset=UTF-8' } })
      }),
    )
    setActivePinia(createPinia())
    await exportComplaints({ from: '2030-10-01', to: '2030-10-31' })
    expect(asked).toEqual(['en'])
  })
})
