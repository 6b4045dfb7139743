import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Component } from 'vue'
import type { LineSupply } from '@/api/partsOnOrder'
import type { DelayView, EstimateItemView, MeView, RepairEventView, RepairOrderView, SettlementView } from '@/api/types'
import DelayBanner from '@/components/repair/DelayBanner.vue'
import EstimateApproval from '@/components/repair/EstimateApproval.vue'
import SettlementSheet from '@/components/repair/SettlementSheet.vue'
import { applyLocale, i18n } from '@/i18n'
import EstimatePage from '@/pages/desk/EstimatePage.vue'
import NotificationsPage from '@/pages/notifications/NotificationsPage.vue'
import RepairOrderPage from '@/pages/desk/RepairOrderPage.vue'
import RepairListPage from '@/pages/repair/RepairListPage.vue'
import RepairTrackerPage from '@/pages/repair/RepairTrackerPage.vue'
import SettlementDocumentPage from '@/pages/repair/SettlementDocumentPage.vue'
import SettlementPage from '@/pages/desk/SettlementPage.vue'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { cataloguePart } from './partsFixtures'
import { event, item, order, sse, summary } from './repairFixtures'
import { advisor, authResponse, customer, json, problem, sampleShop } from './support'

const technician: MeView = { id: 'u-5', name: '孙磊', phone: '13800000005', role: 'TECHNICIAN', scopes: [] }

async function mountAs(user: MeView, component: Component, props: Record<string, unknown> = {}, path = '/') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setSession(authResponse('a1', 'r1', user))
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  })
  await flushPromises()
  return wrapper
}

interface Call {
  method: string
  path: string
  body: unknown
  authorization: string | null
  language: string | null
}

/**
 * The repair API for one order: GET answers the current view (tests replace it as the server would change
 * it), the timeline, and an event stream the test writes to; POSTs are recorded and answered by `answer`.
 */
function stubRepairServer(initial: RepairOrderView, timeline: RepairEventView[] = [], extra: (call: Call) => Response | undefined = () => undefined) {
  let view = initial
  const calls: Call[] = []
  const encoder = new TextEncoder()
  let stream: ReadableStreamDefaultController<Uint8Array> | null = null
  let answer: (call: Call) => Response = () => json(view)

  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string, init?: RequestInit) => {
      const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost:3000/'), init) : input
      const url = new URL(request.url)
      const body = request.method === 'GET' ? undefined : await request.text().then((t) => (t ? (JSON.parse(t) as unknown) : undefined))
      const call = { method: request.method, path: url.pathname, body, authorization: request.headers.get('Authorization'), language: request.headers.get('Accept-Language') }
      calls.push(call)
      if (url.pathname === '/api/v1/shop') return json(sampleShop)
      if (url.pathname === '/api/v1/notifications/unread-count') return json({ count: 0 })
      if (url.pathname === `/api/v1/repair-orders/${view.id}/events`) {
        return new Response(
          new ReadableStream<Uint8Array>({
            start: (controller) => {
              stream = controller
              controller.enqueue(encoder.encode(':keep-alive\n\n'))
              init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')))
            },
          }),
          { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
        )
      }
      const extraAnswer = extra(call)
      if (extraAnswer) return extraAnswer
      if (url.pathname === `/api/v1/repair-orders/${view.id}/timeline`) return json(timeline)
      if (url.pathname === `/api/v1/repair-orders/${view.id}` && request.method === 'GET') return json(view)
      if (request.method !== 'GET') return answer(call)
      return problem(404)
    }),
  )
  return {
    calls,
    setView: (next: RepairOrderView) => (view = next),
    answer: (fn: (call: Call) => Response) => (answer = fn),
    push: (e: RepairEventView) => stream?.enqueue(encoder.encode(sse(e))),
  }
}

beforeEach(() => {
  localStorage.clear()
  applyLocale('zh-CN')
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2030-10-07T02:00:00Z')) // 10:00 at the shop
})
afterEach(() => vi.useRealTimers())
enableAutoUnmount(afterEach)

describe("the owner's live tracker", () => {
  it('shows an update and then a delay banner as they arrive on the stream, without reloading', async () => {
    const server = stubRepairServer(order({ lastSeq: 6 }), [event(5, { type: 'REPAIR_STARTED', actorName: '孙磊', actorRole: 'TECHNICIAN' }), event(6, { message: '已拆检' })])
    const wrapper = await mountAs(customer, RepairTrackerPage, { id: 'o-1' }, '/repairs/o-1')

    await vi.waitFor(() => expect(wrapper.find('[data-testid="live-indicator"]').attributes('data-state')).toBe('open'))
    const streamCall = server.calls.find((c) => c.path.endsWith('/events'))
    expect(streamCall?.authorization).toBe('Bearer a1')
    expect(wrapper.find('[data-testid="time-left"]').text()).toBe('还剩 2 小时')
    expect(wrapper.find('[data-testid="delay-banner"]').exists()).toBe(false)

    server.push(event(7, { type: 'UPDATE', message: '正在更换刹车片', step: '更换刹车片', remainingMinutes: 40 }))
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="timeline-item"]')[0]?.text()).toContain('正在更换刹车片'))
    expect(wrapper.find('[data-testid="current-step"]').text()).toContain('更换刹车片')
    expect(wrapper.find('[data-testid="current-step"]').text()).toContain('40 分钟')

    const delay: DelayView = {
      reason: 'PART_OUT_OF_STOCK',
      detail: '刹车盘需从中心库调货',
      previousPromisedAt: '2030-10-07T12:00:00+08:00',
      newPromisedAt: '2030-10-07T15:30:00+08:00',
      compensation: 'FREE_WASH',
      declaredAt: '2030-10-07T10:00:00+08:00',
      noticeMinutes: 120,
    }
    server.setView(order({ lastSeq: 8, delayed: true, delays: [delay], promisedAt: delay.newPromisedAt }))
    server.push(event(8, { type: 'DELAY', message: delay.detail, delayReason: 'PART_OUT_OF_STOCK', compensation: 'FREE_WASH', promisedAt: delay.newPromisedAt, previousPromisedAt: delay.previousPromisedAt }))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="delay-banner"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="delay-reason"]').text()).toBe('原因：配件缺货（刹车盘需从中心库调货）')
    expect(wrapper.find('[data-testid="delay-new-time"]').text()).toContain('15:30')
    expect(wrapper.find('[data-testid="delay-compensation"]').text()).toContain('免费洗车一次')
    expect(wrapper.find('[data-testid="promised-at"]').text()).toContain('15:30')
    expect(server.calls.filter((c) => c.path.endsWith('/timeline'))).toHaveLength(1) // never reloaded
  })

  it('lets the owner approve item by item, totals following, and records the decisions', async () => {
    const required = item({ id: 'i-a', description: '更换前刹车片', amount: 780, necessity: 'REQUIRED' })
    const optional = item({ id: 'i-b', description: '空调滤芯', amount: 168, necessity: 'OPTIONAL' })
    const awaiting = order({ status: 'AWAITING_APPROVAL', promisedAt: undefined, lastSeq: 2, estimate: { items: [required, optional], approvedTotal: 0, pendingTotal: 948, declinedTotal: 0, pendingCount: 2 } })
    const server = stubRepairServer(awaiting, [event(2, { type: 'ESTIMATE_SENT', status: 'AWAITING_APPROVAL', amount: 948 })])
    server.answer(() => json(order({ status: 'APPROVED', lastSeq: 4, estimate: { items: [{ ...required, decision: 'APPROVED' }, { ...optional, decision: 'DECLINED' }], approvedTotal: 780, pendingTotal: 0, declinedTotal: 168, pendingCount: 0 } })))
    const wrapper = await mountAs(customer, RepairTrackerPage, { id: 'o-1' }, '/repairs/o-1')

    const total = () => wrapper.find('[data-testid="approval-total"]').attributes('data-total')
    const submit = () => wrapper.find('[data-testid="approval-submit"]')
    expect(total()).toBe('0')
    expect(submit().attributes('disabled')).toBeDefined()

    const items = wrapper.findAll('[data-testid="estimate-item"]')
    await items[0]?.find('[data-testid="item-approve"]').trigger('click')
    expect(total()).toBe('78000')
    expect(wrapper.find('[data-testid="approval-accepted"]').text()).toBe('¥780.00')
    await items[1]?.find('[data-testid="item-decline"]').trigger('click')
    expect(wrapper.find('[data-testid="approval-declined"]').text()).toBe('¥168.00')
    expect(submit().attributes('disabled')).toBeUndefined()

    await submit().trigger('click')
    await flushPromises()
    const posted = server.calls.find((c) => c.method === 'POST')
    expect(posted?.path).toBe('/api/v1/repair-orders/o-1/approval')
    expect(posted?.body).toEqual({ decisions: [{ itemId: 'i-a', decision: 'APPROVED' }, { itemId: 'i-b', decision: 'DECLINED' }] })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="estimate-approval"]').exists()).toBe(false))
    expect(wrapper.find('[data-testid="repair-status"]').attributes('data-status')).toBe('APPROVED')
  })

  it('offers a supplement found during the repair, with what was found, on top of what was approved', async () => {
    const done = item({ id: 'i-a', amount: 780, decision: 'APPROVED' })
    const found = item({ id: 'i-s', round: 1, description: '更换刹车盘', amount: 620, necessity: 'REQUIRED' })
    const view = order({ status: 'IN_REPAIR', estimate: { items: [done, found], approvedTotal: 780, pendingTotal: 620, declinedTotal: 0, pendingCount: 1 } })
    stubRepairServer(view, [event(6, { type: 'SUPPLEMENT_SENT', message: '拆检发现刹车盘裂纹', amount: 620 })])
    const wrapper = await mountAs(customer, RepairTrackerPage, { id: 'o-1' }, '/repairs/o-1')
    const approval = wrapper.find('[data-testid="estimate-approval"]')
    expect(approval.text()).toContain('增项 1')
    expect(approval.text()).toContain('拆检发现刹车盘裂纹')
    expect(approval.findAll('[data-testid="estimate-item"]').map((i) => i.attributes('data-item-id'))).toEqual(['i-s'])
    expect(wrapper.find('[data-testid="approval-total"]').attributes('data-total')).toBe('78000')
    await approval.find('[data-testid="approve-all"]').trigger('click')
    expect(wrapper.find('[data-testid="approval-total"]').attributes('data-total')).toBe('140000')
  })

  it('warns before a required item is declined', async () => {
    const required = item({ id: 'i-a', amount: 780, necessity: 'REQUIRED' })
    const view = order({ status: 'AWAITING_APPROVAL', estimate: { items: [required], approvedTotal: 0, pendingTotal: 780, declinedTotal: 0, pendingCount: 1 } })
    stubRepairServer(view)
    const wrapper = mount(EstimateApproval, { props: { order: view }, global: { plugins: [createPinia(), i18n, router] } })
    expect(wrapper.find('[data-testid="required-declined"]').exists()).toBe(false)
    await wrapper.find('[data-testid="item-decline"]').trigger('click')
    expect(wrapper.find('[data-testid="required-declined"]').exists()).toBe(true)
  })

  it("says so when the order is someone else's", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problem(404)))
    const wrapper = await mountAs(customer, RepairTrackerPage, { id: 'o-9' }, '/repairs/o-9')
    expect(wrapper.find('[data-testid="repair-not-found"]').exists()).toBe(true)
  })
})

describe('settlement and delay views', () => {
  it('shows each difference with its reason, and the total against the estimate', () => {
    const settlement: SettlementView = {
      lines: [
        { id: 'l-a', itemId: 'i-a', kind: 'LABOUR', description: '更换刹车片', quantity: 1.5, unitPrice: 200, estimatedAmount: 300, amount: 300, difference: 0, decision: 'APPROVED' },
        { id: 'l-b', itemId: 'i-b', kind: 'PART', description: '平衡块', quantity: 5, unitPrice: 12.5, estimatedAmount: 50, amount: 62.5, difference: 12.5, differenceReason: '多用一块', decision: 'APPROVED' },
        { id: 'l-c', kind: 'PART', description: '刹车盘', quantity: 1, unitPrice: 120, amount: 120, difference: 120, differenceReason: '拆检发现裂纹', decision: 'APPROVED' },
      ],
      estimatedTotal: 350,
      total: 482.5,
      difference: 132.5,
      issuedAt: '2030-10-07T16:00:00+08:00',
      pendingLines: 0,
    }
    const wrapper = mount(SettlementSheet, { props: { settlement }, global: { plugins: [createPinia(), i18n] } })
    const differences = wrapper.findAll('[data-testid="settlement-difference"]').map((d) => d.text())
    expect(differences).toEqual([expect.stringMatching(/\+¥12\.50\s*多用一块/), expect.stringMatching(/\+¥120\.00\s*拆检发现裂纹/)])
    expect(wrapper.find('[data-testid="settlement-estimated"]').text()).toBe('¥350.00')
    expect(wrapper.find('[data-testid="settlement-diff-total"]').text()).toBe('+¥132.50')
    expect(wrapper.find('[data-testid="settlement-total"]').text()).toBe('¥482.50')
    expect(wrapper.find('[data-testid="settlement-signed"]').attributes('data-signed')).toBeUndefined()
  })

  it("lets the owner decide a line that was not on the estimate, and shows a declined one as not billed", async () => {
    const settlement: SettlementView = {
      lines: [
        { id: 'l-a', itemId: 'i-a', kind: 'LABOUR', description: '更换刹车片', quantity: 1, unitPrice: 200, estimatedAmount: 200, amount: 200, difference: 0, decision: 'APPROVED' },
        { id: 'l-b', kind: 'PART', description: '感应线', quantity: 1, unitPrice: 45, amount: 45, difference: 45, differenceReason: '老化', decision: 'PENDING' },
        { id: 'l-c', kind: 'PART', description: '雨刮', quantity: 1, unitPrice: 80, amount: 80, difference: 80, differenceReason: '老化', decision: 'DECLINED' },
      ],
      estimatedTotal: 200,
      total: 245,
      difference: 45,
      issuedAt: '2030-10-07T16:00:00+08:00',
      pendingLines: 1,
    }
    const wrapper = mount(SettlementSheet, { props: { settlement, owner: true, decidable: true }, global: { plugins: [createPinia(), i18n] } })
    const decisions = wrapper.findAll('[data-testid="settlement-line-decision"]').map((d) => d.text())
    expect(decisions).toEqual([expect.stringContaining('待您确认'), expect.stringContaining('已拒绝：不收费')])
    expect(wrapper.findAll('[data-testid="settlement-line-approve"]')).toHaveLength(1)
    await wrapper.find('[data-testid="settlement-line-approve"]').trigger('click')
    expect(wrapper.emitted('decide')).toEqual([['l-b', 'APPROVED']])
  })

  it('words a delay in English too, with the offer and its detail', () => {
    applyLocale('en')
    const delay: DelayView = {
      reason: 'HIDDEN_FAULT',
      detail: 'cracked disc',
      previousPromisedAt: '2030-10-07T12:00:00+08:00',
      newPromisedAt: '2030-10-07T17:00:00+08:00',
      compensation: 'DISCOUNT',
      compensationDetail: '10% off labour',
      declaredAt: '2030-10-07T10:00:00+08:00',
      noticeMinutes: 120,
    }
    const wrapper = mount(DelayBanner, { props: { delay }, global: { plugins: [createPinia(), i18n] } })
    expect(wrapper.find('[data-testid="delay-reason"]').text()).toBe('Why: Hidden fault found (cracked disc)')
    expect(wrapper.find('[data-testid="delay-new-time"]').text()).toContain('17:00')
    expect(wrapper.find('[data-testid="delay-compensation"]').text()).toContain('We offer: A discount: 10% off labour')
  })
})

describe("the staff's order page", () => {
  it('offers only the moves the server lists for this person', async () => {
    stubRepairServer(order({ status: 'IN_REPAIR', nextSteps: ['WAITING_PARTS', 'QUALITY_CHECK'] }))
    const wrapper = await mountAs(technician, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')
    const actions = wrapper.findAll('[data-testid^="action-"]').map((a) => a.attributes('data-testid'))
    expect(actions).toEqual(['action-parts', 'action-qc', 'action-update'])
  })

  it('gives the advisor the estimate, supplement and delay, and the moves they may make', async () => {
    stubRepairServer(order({ status: 'CHECKED_IN', nextSteps: ['CANCELLED'], promisedAt: undefined }))
    const wrapper = await mountAs(advisor, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')
    expect(wrapper.findAll('[data-testid^="action-"]').map((a) => a.attributes('data-testid'))).toEqual(['action-estimate', 'action-cancel', 'action-update'])
    wrapper.unmount()

    stubRepairServer(order({ status: 'IN_REPAIR', nextSteps: ['WAITING_PARTS'] }))
    const inRepair = await mountAs(advisor, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')
    expect(inRepair.findAll('[data-testid^="action-"]').map((a) => a.attributes('data-testid'))).toEqual(['action-parts', 'action-supplement', 'action-delay', 'action-update'])
  })

  it('asks for the reason of a failed quality check and sends it with the move', async () => {
    const server = stubRepairServer(order({ status: 'QUALITY_CHECK', nextSteps: ['READY', 'IN_REPAIR'] }))
    server.answer(() => json(order({ status: 'IN_REPAIR', lastSeq: 7 })))
    const inspector: MeView = { ...technician, id: 'u-7', role: 'INSPECTOR' }
    const wrapper = await mountAs(inspector, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')
    await wrapper.find('[data-testid="action-fail"]').trigger('click')
    await flushPromises()
    const submit = document.querySelector<HTMLButtonElement>('[data-testid="reason-submit"]')
    expect(submit?.disabled).toBe(true)
    document.querySelector<HTMLElement>('[data-testid="reason-preset"]')?.click()
    await flushPromises()
    expect(submit?.disabled).toBe(false)
    submit?.click()
    await flushPromises()
    const move = server.calls.find((c) => c.method === 'POST')
    expect(move?.path).toBe('/api/v1/repair-orders/o-1/transitions')
    expect(move?.body).toEqual({ to: 'IN_REPAIR', reason: '异响未消除' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="repair-status"]').attributes('data-status')).toBe('IN_REPAIR'))
  })
})

describe('the estimate editor', () => {
  it('totals the lines as typed, picks a part from the catalogue with its stock, and sends them with the duration', async () => {
    const server = stubRepairServer(order({ status: 'CHECKED_IN', promisedAt: undefined }), [], (call) =>
      call.method === 'GET' && call.path === '/api/v1/parts' ? json([cataloguePart(), cataloguePart({ id: 'p-9', active: false })]) : undefined,
    )
    server.answer(() => json(order({ status: 'AWAITING_APPROVAL' })))
    const wrapper = await mountAs(advisor, EstimatePage, { id: 'o-1' }, '/desk/repairs/o-1/estimate')

    const line = (n: number) => wrapper.findAll('[data-testid="estimate-line"]')[n]
    const fill = async (n: number, testId: string, value: string) => {
      const field = line(n)?.find(`[data-testid="${testId}"] input, [data-testid="${testId}"] textarea`)
      await field?.setValue(value)
    }
    await fill(0, 'line-description', '更换前刹车片')
    await fill(0, 'line-quantity', '1.5')
    await fill(0, 'line-unit-price', '200')
    await fill(0, 'line-reason', '剩余 2 mm')
    await wrapper.find('[data-testid="add-part"]').trigger('click')
    await fill(1, 'line-reason', '磨损到极限')

    await wrapper.find('[data-testid="estimate-submit"]').trigger('click')
    await flushPromises()
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(0) // the part is not picked yet
    expect(line(1)?.find('[data-testid="line-part"]').text()).toContain('请从配件目录选择，或切换为外协/非目录件')

    await line(1)?.find('[data-testid="line-part"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="part-option"]')).toHaveLength(1)) // the inactive one is not offered
    const option = wrapper.find('[data-testid="part-option"]')
    expect(option.text()).toContain('5Q0698151B · Volkswagen · 原厂件')
    expect(option.text()).toContain('有货 2')
    await option.trigger('click')
    expect((line(1)?.find('[data-testid="line-description"] input').element as HTMLInputElement).value).toBe('前刹车片')
    expect((line(1)?.find('[data-testid="line-unit-price"] input').element as HTMLInputElement).value).toBe('480')
    expect(line(1)?.find('[data-testid="line-availability"]').text()).toBe('有货 2')
    await fill(1, 'line-quantity', '3')
    expect(line(1)?.find('[data-testid="line-availability"]').text()).toBe('缺件，需采购（供应商约 2 天）')
    await fill(1, 'line-quantity', '1')
    expect(wrapper.find('[data-testid="estimate-total"]').text()).toBe('¥780.00')

    await wrapper.find('[data-testid="estimate-submit"]').trigger('click')
    await flushPromises()
    const sent = server.calls.find((c) => c.method === 'POST')
    expect(sent?.path).toBe('/api/v1/repair-orders/o-1/estimate')
    expect(sent?.body).toEqual({
      items: [
        { kind: 'LABOUR', description: '更换前刹车片', quantity: 1.5, unitPrice: 200, necessity: 'REQUIRED', reason: '剩余 2 mm' },
        { kind: 'PART', description: '前刹车片', partId: 'p-1', partNumber: '5Q0698151B', quantity: 1, unitPrice: 480, necessity: 'REQUIRED', reason: '磨损到极限' },
      ],
      durationMinutes: 180,
    })
  })

  it("bills a part the estimate did not have from the catalogue on the settlement, with the reason", async () => {
    const labour = item({ id: 'i-a', kind: 'LABOUR', description: '更换刹车片工时', quantity: 1, unitPrice: 200, amount: 200, decision: 'APPROVED' })
    const ready = order({ status: 'READY', estimate: { items: [labour], approvedTotal: 200, pendingTotal: 0, declinedTotal: 0, pendingCount: 0 } })
    const server = stubRepairServer(ready, [], (call) =>
      call.method === 'GET' && call.path === '/api/v1/parts' ? json([cataloguePart(), cataloguePart({ id: 'p-9', active: false })]) : undefined,
    )
    server.answer(() => json(ready))
    const wrapper = await mountAs(advisor, SettlementPage, { id: 'o-1' }, '/desk/repairs/o-1/settlement')

    await wrapper.find('[data-testid="settlement-add-part"]').trigger('click')
    const added = () => wrapper.findAll('[data-testid="settlement-edit-line"]')[1]!
    await wrapper.find('[data-testid="settlement-submit"]').trigger('click')
    await flushPromises()
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(0)
    expect(added().find('[data-testid="settlement-part"]').text()).toContain('请从配件目录选择，或切换为外协/非目录件')

    await added().find('[data-testid="settlement-part"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="part-option"]')).toHaveLength(1)) // the inactive one is not offered
    await wrapper.find('[data-testid="part-option"]').trigger('click')
    expect((added().find('[data-testid="settlement-part"] input').element as HTMLInputElement).value).toBe('5Q0698151B · 前刹车片')
    expect((added().find('[data-testid="settlement-unit-price"] input').element as HTMLInputElement).value).toBe('480')
    await added().find('[data-testid="settlement-reason"] textarea').setValue('拆检发现前刹车片磨损到极限')
    expect(wrapper.find('[data-testid="settlement-edit-total"]').text()).toBe('¥680.00')

    await wrapper.find('[data-testid="settlement-submit"]').trigger('click')
    await flushPromises()
    const sent = server.calls.find((c) => c.method === 'PUT')
    expect(sent?.path).toBe('/api/v1/repair-orders/o-1/settlement')
    expect(sent?.body).toEqual({
      lines: [
        { itemId: 'i-a', kind: 'LABOUR', description: '更换刹车片工时', quantity: 1, unitPrice: 200 },
        { kind: 'PART', description: '前刹车片', quantity: 1, unitPrice: 480, differenceReason: '拆检发现前刹车片磨损到极限', partId: 'p-1' },
      ],
    })
  })

  it('keeps the free-text fields for sublet work', async () => {
    const server = stubRepairServer(order({ status: 'DISPATCHED' }))
    server.answer(() => json(order({ status: 'DISPATCHED' })))
    const wrapper = await mountAs(advisor, EstimatePage, { id: 'o-1', supplement: true }, '/desk/repairs/o-1/supplement')
    const part = wrapper.find('[data-testid="estimate-line"]')
    expect(part.attributes('data-kind')).toBe('PART')
    expect(part.find('[data-testid="line-part-number"]').exists()).toBe(false)
    await part.find('[data-testid="line-source-SUBLET"]').trigger('click')
    expect(part.find('[data-testid="line-part"]').exists()).toBe(false)
    await part.find('[data-testid="line-part-number"] input').setValue('外协-喷漆')
    await part.find('[data-testid="line-description"] input').setValue('左前门钣金喷漆（外协）')
    await part.find('[data-testid="line-unit-price"] input').setValue('800')
    await part.find('[data-testid="line-reason"] textarea').setValue('剐蹭')
    await wrapper.find('[data-testid="supplement-finding"] textarea').setValue('左前门剐蹭')
    await wrapper.find('[data-testid="estimate-submit"]').trigger('click')
    await flushPromises()
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({
      items: [{ kind: 'PART', description: '左前门钣金喷漆（外协）', partNumber: '外协-喷漆', quantity: 1, unitPrice: 800, necessity: 'REQUIRED', reason: '剐蹭' }],
      finding: '左前门剐蹭',
    })
  })
})

describe('the inbox', () => {
  it("words a repair's notice and opens the owner's tracker, or the staff's page of the order", async () => {
    const notice = {
      id: 'n-1',
      kind: 'REPAIR_UPDATE',
      params: { reference: 'RO-TEST01', plate: '沪A12345', message: '正在路试' },
      text: '维修进度（沪A12345）：正在路试',
      repairOrderId: 'o-1',
      createdAt: '2030-10-07T01:30:00Z',
    }
    const stub = () =>
      vi.stubGlobal(
        'fetch',
        vi.fn(async (input: Request) => {
          const path = new URL(input.url).pathname
          if (path === '/api/v1/notifications') return json([notice])
          if (path === '/api/v1/shop') return json(sampleShop)
          if (path.endsWith('/read')) return new Response(null, { status: 204 })
          return problem(404)
        }),
      )
    stub()
    const wrapper = await mountAs(customer, NotificationsPage, {}, '/notifications')
    const cell = wrapper.find('[data-testid="notification"]')
    expect(cell.text()).toContain('维修进度')
    expect(cell.text()).toContain('沪A12345（RO-TEST01）：正在路试')
    await cell.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/repairs/o-1'))
    wrapper.unmount() // one app at a time: pages share the router

    stub()
    const staff = await mountAs(advisor, NotificationsPage, {}, '/notifications')
    expect(staff.findAll('[data-testid="notification"]')).toHaveLength(1)
    await staff.find('[data-testid="notification"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/desk/repairs/o-1'))
  })
})

describe("the owner's repairs", () => {
  it('lists the open ones first, then the history, with when each car is next due', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        const path = new URL(input.url).pathname
        if (path === '/api/v1/shop') return json(sampleShop)
        if (path === '/api/v1/repair-orders')
          return json([
            summary({ id: 'old', reference: 'RO-OLD001', status: 'DELIVERED', checkedInAt: '2030-03-01T08:00:00+08:00', deliveredAt: '2030-03-01T17:00:00+08:00', nextServiceDueDate: '2030-09-01', nextServiceDueKm: 40000 }),
            summary({ id: 'new', reference: 'RO-NEW001', status: 'IN_REPAIR', pendingItems: 2 }),
            summary({ id: 'last', reference: 'RO-LAST01', status: 'DELIVERED', checkedInAt: '2030-09-02T08:00:00+08:00', deliveredAt: '2030-09-02T17:00:00+08:00', nextServiceDueDate: '2031-03-02', nextServiceDueKm: 47000 }),
          ])
        return problem(404)
      }),
    )
    const wrapper = await mountAs(customer, RepairListPage, {}, '/repairs')
    expect(wrapper.find('[data-testid="open-repairs"]').findAll('[data-testid="repair-item"]').map((r) => r.attributes('data-reference'))).toEqual(['RO-NEW001'])
    expect(wrapper.find('[data-testid="open-repairs"]').text()).toContain('2 项待您确认')
    expect(wrapper.find('[data-testid="past-repairs"]').findAll('[data-testid="repair-item"]').map((r) => r.attributes('data-reference'))).toEqual(['RO-LAST01', 'RO-OLD001'])
    const due = wrapper.find('[data-testid="next-service-due"]').text()
    expect(due).toContain('47000 公里')
    expect(due).not.toContain('40000')
  })
})

describe('parts on the order', () => {
  const estimateOf = (items: EstimateItemView[]) => ({ items, approvedTotal: 0, pendingTotal: 0, declinedTotal: 0, pendingCount: 0 })
  const catalogueItem = (id: string, description: string, supply: LineSupply) =>
    item({ id, kind: 'PART', description, decision: 'APPROVED', partNumber: '5Q0698151B', partId: `p-${id}`, sublet: false, supply })

  it('shows the technician where each part stands and lets them ask for the reserved ones', async () => {
    const pads = catalogueItem('i-a', '前刹车片', { state: 'RESERVED', reserved: 1, issued: 0 })
    const disc = catalogueItem('i-b', '刹车盘', { state: 'SHORT', expectedAt: '2030-10-08T14:00:00+08:00' })
    const weights = item({ id: 'i-c', kind: 'PART', description: '平衡块', decision: 'APPROVED', sublet: true })
    const server = stubRepairServer(order({ status: 'IN_REPAIR', estimate: estimateOf([pads, disc, weights]) }))
    const asked = catalogueItem('i-a', '前刹车片', { state: 'RESERVED', reserved: 1, issued: 0, requestedAt: '2030-10-07T10:00:00+08:00' })
    server.answer(() => json(order({ status: 'IN_REPAIR', lastSeq: 7, estimate: estimateOf([asked, disc, weights]) })))
    const wrapper = await mountAs(technician, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')

    const supply = wrapper.findAll('[data-testid="item-supply"]').map((s) => s.text())
    expect(supply).toEqual(['已预留', expect.stringContaining('缺件，预计 10月8日周二 14:00 到货')])
    expect(wrapper.find('[data-testid="item-sublet"]').text()).toBe('外协/非目录件')

    await wrapper.find('[data-testid="action-ask-parts"]').trigger('click')
    await flushPromises()
    const post = server.calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/v1/repair-orders/o-1/parts-requests')
    expect(wrapper.find('[data-testid="action-ask-parts"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="parts-asked"]').text()).toContain('已申请领料（10:00）')
  })

  it('does not offer another technician to ask for the parts', async () => {
    stubRepairServer(order({ status: 'IN_REPAIR', estimate: estimateOf([catalogueItem('i-a', '前刹车片', { state: 'RESERVED' })]) }))
    const other: MeView = { ...technician, id: 'u-6' }
    const wrapper = await mountAs(other, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')
    expect(wrapper.find('[data-testid="action-ask-parts"]').exists()).toBe(false)
  })

  it("turns the shortage's proposal into the delay popup, filled in for the owner in both languages, and sends it with the compensation picked", async () => {
    const disc = catalogueItem('i-b', '刹车盘', { state: 'SHORT', expectedAt: '2030-10-08T14:00:00+08:00' })
    const proposal = { reason: 'PART_OUT_OF_STOCK' as const, detail: '刹车盘缺货，预计 10月8日 14:00 到店', newPromisedAt: '2030-10-08T16:30:00+08:00' }
    const waiting = order({ status: 'WAITING_PARTS', nextSteps: [], estimate: estimateOf([disc]), delayProposal: proposal })
    const english = { ...proposal, detail: 'Brake disc short, expected Oct 8 14:00' }
    const server = stubRepairServer(waiting, [], (call) =>
      call.method === 'GET' && call.path === '/api/v1/repair-orders/o-1' && call.language === 'en' ? json({ ...waiting, delayProposal: english }) : undefined,
    )
    server.answer(() => json(order({ status: 'WAITING_PARTS', lastSeq: 7, promisedAt: proposal.newPromisedAt, estimate: estimateOf([disc]) })))
    const wrapper = await mountAs(advisor, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')

    const card = wrapper.find('[data-testid="delay-proposal"]')
    expect(card.text()).toContain('建议告知延误')
    expect(card.text()).toContain(proposal.detail)
    expect(card.text()).toContain('10月8日周二 16:30')
    await wrapper.find('[data-testid="open-delay-proposal"]').trigger('click')
    await flushPromises()
    const popup = wrapper.find('[data-testid="delay-popup"]')
    expect(popup.find('[data-testid="delay-from-proposal"]').exists()).toBe(true)
    expect(popup.find('[data-testid="delay-reason-PART_OUT_OF_STOCK"] .van-radio__icon--checked').exists()).toBe(true)
    const both = '刹车盘缺货，预计 10月8日 14:00 到店 / Brake disc short, expected Oct 8 14:00'
    expect((popup.find('[data-testid="delay-detail"] textarea').element as HTMLTextAreaElement).value).toBe(both)
    expect(popup.find('[data-testid="delay-new-time-value"]').text()).toContain('10月8日周二 16:30')
    expect(popup.find('[data-testid="delay-submit"]').attributes('disabled')).toBeDefined() // the compensation is the advisor's
    await popup.find('[data-testid="delay-offer-EXTENDED_WARRANTY_MONTH"]').trigger('click')
    await popup.find('[data-testid="delay-submit"]').trigger('click')
    await flushPromises()
    const sent = server.calls.find((c) => c.method === 'POST')
    expect(sent?.path).toBe('/api/v1/repair-orders/o-1/delays')
    expect(sent?.body).toEqual({
      reason: 'PART_OUT_OF_STOCK',
      detail: both,
      newPromisedAt: '2030-10-08T16:30:00+08:00',
      compensation: 'EXTENDED_WARRANTY_MONTH',
    })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="delay-proposal"]').exists()).toBe(false)) // declared: nothing left to propose
  })

  it("tells the owner which part the car waits for and when it is expected, in either language", async () => {
    const disc = catalogueItem('i-b', '刹车盘', { state: 'SHORT', expectedAt: '2030-10-08T14:00:00+08:00' })
    stubRepairServer(order({ status: 'WAITING_PARTS', estimate: estimateOf([disc]) }))
    const wrapper = await mountAs(customer, RepairTrackerPage, { id: 'o-1' }, '/repairs/o-1')
    expect(wrapper.find('[data-testid="waiting-parts"]').text()).toContain('正在等待配件')
    expect(wrapper.find('[data-testid="waiting-part"]').text()).toBe('刹车盘：预计 10月8日周二 14:00 到货')
    applyLocale('en')
    await flushPromises()
    expect(wrapper.find('[data-testid="waiting-parts"]').text()).toContain('Waiting for parts')
    expect(wrapper.find('[data-testid="waiting-part"]').text()).toBe('刹车盘: expected Tue, Oct 8 14:00')
  })

  it('asks at hand-over what became of the old part of every catalogue line, and sends it', async () => {
    const settlement = {
      lines: [
        { id: 'l-a', itemId: 'i-a', kind: 'PART', description: '前刹车片', quantity: 1, unitPrice: 480, estimatedAmount: 480, amount: 480, difference: 0, decision: 'APPROVED', partId: 'p-1', sublet: false },
        { id: 'l-b', itemId: 'i-b', kind: 'PART', description: '平衡块', quantity: 4, unitPrice: 12.5, estimatedAmount: 50, amount: 50, difference: 0, decision: 'APPROVED', sublet: true },
      ],
      estimatedTotal: 530,
      total: 530,
      difference: 0,
      issuedAt: '2030-10-07T16:00:00+08:00',
      acknowledgedAt: '2030-10-07T16:30:00+08:00',
      pendingLines: 0,
    } satisfies SettlementView
    const ready = order({ status: 'READY', settlement })
    const server = stubRepairServer(ready)
    server.answer(() => json(order({ status: 'DELIVERED', lastSeq: 9, settlement })))
    const wrapper = await mountAs(advisor, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')
    await wrapper.find('[data-testid="action-deliver"]').trigger('click')
    await flushPromises()
    const popup = wrapper.find('[data-testid="delivery-popup"]')
    expect(popup.findAll('[data-testid="old-part-line"]').map((l) => l.attributes('data-line-id'))).toEqual(['l-a'])
    await popup.find('[data-testid="delivery-invoice"] input').setValue('INV-0001')
    await popup.find('[data-testid="delivery-submit"]').trigger('click')
    await flushPromises()
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    expect(popup.find('[data-testid="old-part-error"]').text()).toBe('请选择旧件处理方式')

    await popup.find('[data-testid="old-part-TAKEN_BY_OWNER"]').trigger('click')
    expect(popup.find('[data-testid="old-part-error"]').exists()).toBe(false)
    await popup.find('[data-testid="delivery-submit"]').trigger('click')
    await flushPromises()
    const sent = server.calls.find((c) => c.method === 'POST')
    expect(sent?.path).toBe('/api/v1/repair-orders/o-1/delivery')
    expect((sent?.body as { oldParts: unknown }).oldParts).toEqual([{ lineId: 'l-a', disposition: 'TAKEN_BY_OWNER' }])
  })

  it("shows the server's old-part problem under the line it names", async () => {
    const settlement = {
      lines: [{ id: 'l-a', itemId: 'i-a', kind: 'PART', description: '前刹车片', quantity: 1, unitPrice: 480, estimatedAmount: 480, amount: 480, difference: 0, decision: 'APPROVED', partId: 'p-1', sublet: false }],
      estimatedTotal: 480,
      total: 480,
      difference: 0,
      issuedAt: '2030-10-07T16:00:00+08:00',
      acknowledgedAt: '2030-10-07T16:30:00+08:00',
      pendingLines: 0,
    } satisfies SettlementView
    const server = stubRepairServer(order({ status: 'READY', settlement }))
    server.answer(() => problem(400, { errors: [{ field: 'deliver.request.oldParts[0].disposition', message: '前刹车片：旧件处理方式无效' }] }))
    const wrapper = await mountAs(advisor, RepairOrderPage, { id: 'o-1' }, '/desk/repairs/o-1')
    await wrapper.find('[data-testid="action-deliver"]').trigger('click')
    await flushPromises()
    const popup = wrapper.find('[data-testid="delivery-popup"]')
    await popup.find('[data-testid="delivery-invoice"] input').setValue('INV-0001')
    await popup.find('[data-testid="old-part-KEPT_FOR_CLAIM"]').trigger('click')
    await popup.find('[data-testid="delivery-submit"]').trigger('click')
    await flushPromises()
    expect(popup.find('[data-testid="old-part-error"]').text()).toBe('前刹车片：旧件处理方式无效')
  })
})

describe('the settlement document', () => {
  it('shows each catalogue line with its number, origin, warranty and old part, and the warranty card with them', async () => {
    const doc = {
      shopName: '星途汽车 4S 店',
      shopAddress: '广州市天河区示例路 1 号',
      shopPhone: '020-12345678',
      reference: 'RO-TEST01',
      status: 'DELIVERED',
      customer: { id: 'u-1', name: '李明', phone: '13900000001' },
      vehicle: { id: 'v-1', plate: '沪A12345', vin: 'LSVAU2180N2183294', make: '大众', model: '朗逸', energyType: 'PETROL' },
      advisor: { id: 'u-2', name: '王芳' },
      mileageKm: 42180,
      checkedInAt: '2030-10-07T08:00:00+08:00',
      deliveredAt: '2030-10-07T17:00:00+08:00',
      settlement: {
        lines: [
          { id: 'l-a', itemId: 'i-a', kind: 'PART', description: '前刹车片', quantity: 1, unitPrice: 480, estimatedAmount: 480, amount: 480, difference: 0, decision: 'APPROVED', partId: 'p-1', sublet: false, warrantyMonths: 12, warrantyKm: 20000, oldPart: 'SHOWN_TO_OWNER' },
          { id: 'l-b', itemId: 'i-b', kind: 'PART', description: '平衡块', quantity: 4, unitPrice: 12.5, estimatedAmount: 50, amount: 50, difference: 0, decision: 'APPROVED', sublet: true },
        ],
        estimatedTotal: 530,
        total: 530,
        difference: 0,
        issuedAt: '2030-10-07T16:00:00+08:00',
        pendingLines: 0,
      },
      warranties: [
        { kind: 'PART', description: '前刹车片', months: 12, km: 20000, validUntil: '2031-10-07', validUntilKm: 62180, partNumber: '5Q0698151B', origin: 'GENUINE', oldPart: 'SHOWN_TO_OWNER' },
        { kind: 'PART', description: '平衡块', months: 3, km: 5000, validUntil: '2031-01-07', validUntilKm: 47180 },
      ],
      nextServiceDueDate: '2031-04-07',
      nextServiceDueKm: 47180,
      nextServiceProposed: false,
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        const path = new URL(input.url).pathname
        if (path === '/api/v1/shop') return json(sampleShop)
        if (path === '/api/v1/repair-orders/o-1/settlement/document') return json(doc)
        return problem(404)
      }),
    )
    const wrapper = await mountAs(customer, SettlementDocumentPage, { id: 'o-1' }, '/repairs/o-1/settlement')
    const parts = wrapper.findAll('[data-testid="document-line-part"]')
    expect(parts).toHaveLength(1) // the sublet line has no catalogue facts
    expect(parts[0]?.text()).toContain('配件号 5Q0698151B · 原厂件 · 质保 12 个月或 20000 公里，以先到者为准')
    expect(parts[0]?.find('[data-testid="document-old-part"]').text()).toBe('旧件处理：旧件已向车主展示')
    const card = wrapper.findAll('[data-testid="warranty-card"]')[0]
    expect(card?.text()).toContain('5Q0698151B · 原厂件')
    expect(card?.text()).toContain('旧件处理：旧件已向车主展示')
  })
})
