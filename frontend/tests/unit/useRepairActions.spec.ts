import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, shallowRef } from 'vue'
import type { MeView, RepairOrderView, SettlementView } from '@/api/types'
import { useRepairActions } from '@/composables/useRepairActions'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { confirmed } from '@/utils/confirm'
import { order } from './repairFixtures'
import { advisor, authResponse, json, on, problem, sampleShop, stubApi } from './support'

vi.mock('@/utils/confirm', () => ({ confirmed: vi.fn(async () => true) }))

const inspector: MeView = { id: 'u-7', name: '周强', phone: '13800000007', role: 'INSPECTOR', scopes: [] }
const technician: MeView = { id: 'u-5', name: '孙磊', phone: '13800000005', role: 'TECHNICIAN', scopes: [] }

/** The composable as the order page holds it, on an order a test controls in place of useLiveOrder. */
function actionsOn(user: MeView, view: RepairOrderView) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setSession(authResponse('a1', 'r1', user))
  const live = {
    order: shallowRef<RepairOrderView | null>(view),
    setOrder: vi.fn((next: RepairOrderView) => (live.order.value = next)),
    refetch: vi.fn(async () => undefined),
  }
  let actions!: ReturnType<typeof useRepairActions>
  mount(
    defineComponent({
      setup() {
        actions = useRepairActions(live)
        return () => null
      },
    }),
    { global: { plugins: [pinia, i18n, router] } },
  )
  const keys = () => actions.actions.value.map((a) => a.key)
  const run = (key: string) => actions.actions.value.find((a) => a.key === key)?.run()
  return { live, actions, keys, run }
}

describe('the actions of an order page', () => {
  beforeEach(() => {
    localStorage.clear()
    applyLocale('zh-CN')
    vi.mocked(confirmed).mockClear()
  })
  enableAutoUnmount(afterEach)

  it('offers only the moves the server lists, and the advisor their own work by status', () => {
    expect(actionsOn(technician, order({ status: 'IN_REPAIR', nextSteps: ['WAITING_PARTS', 'QUALITY_CHECK'] })).keys()).toEqual(['parts', 'qc'])
    expect(actionsOn(technician, order({ status: 'DISPATCHED', nextSteps: ['IN_REPAIR'] })).keys()).toEqual(['start'])
    expect(actionsOn(advisor, order({ status: 'IN_REPAIR', nextSteps: ['WAITING_PARTS'] })).keys()).toEqual(['parts', 'supplement', 'delay'])
    expect(actionsOn(advisor, order({ status: 'CHECKED_IN', nextSteps: ['CANCELLED'], promisedAt: undefined })).keys()).toEqual([
      'estimate',
      'cancel',
    ])
  })

  it('lets the advisor hand the car over only once the owner has signed the settlement', () => {
    const settlement: SettlementView = { lines: [], estimatedTotal: 300, total: 300, difference: 0, issuedAt: '2030-10-07T16:00:00+08:00', pendingLines: 0 }
    const unsigned = actionsOn(advisor, order({ status: 'READY', nextSteps: [], settlement }))
    expect(unsigned.keys()).toEqual(['deliver', 'settle'])
    expect(unsigned.actions.actions.value[0]).toMatchObject({ disabled: true, label: '交车（待客户签字）' })
    expect(unsigned.actions.actions.value[1]?.label).toBe('修改结算单')
    const signed = actionsOn(advisor, order({ status: 'READY', nextSteps: [], settlement: { ...settlement, acknowledgedAt: '2030-10-07T16:30:00+08:00' } }))
    expect(signed.actions.actions.value[0]).toMatchObject({ key: 'deliver', disabled: false })
    expect(signed.actions.actions.value[1]).toMatchObject({ key: 'settle', label: '重开结算单' })
    signed.run('deliver')
    expect(signed.actions.delivering.value).toBe(true)
  })

  it('moves after a yes, takes the answer as the order, and shows the move under way on its button', async () => {
    // The server answers when the test lets it, so that the move can be seen under way.
    let answer!: () => void
    const answered = new Promise<void>((resolve) => (answer = resolve))
    const posted: unknown[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        posted.push(await input.json())
        await answered
        return json(order({ status: 'READY', lastSeq: 8, nextSteps: [] }))
      }),
    )
    const { live, actions, run } = actionsOn(inspector, order({ status: 'QUALITY_CHECK', nextSteps: ['READY', 'IN_REPAIR'] }))
    run('pass')
    await vi.waitFor(() => expect(actions.moving.value).toBe('READY'))
    expect(confirmed).toHaveBeenCalledWith({ message: '质检通过，车辆可以交付？' })
    expect(actions.actions.value.find((a) => a.key === 'pass')?.loading).toBe(true)
    expect(actions.actions.value.find((a) => a.key === 'fail')?.loading).toBeUndefined()
    answer()
    await vi.waitFor(() => expect(actions.moving.value).toBeNull())
    expect(posted).toEqual([{ to: 'READY' }])
    expect(live.setOrder).toHaveBeenCalledOnce()
    expect(live.order.value?.status).toBe('READY')
  })

  it('does not move on a no', async () => {
    vi.mocked(confirmed).mockResolvedValueOnce(false)
    const calls = stubApi(sampleShop)
    const { live, run } = actionsOn(technician, order({ status: 'IN_REPAIR', nextSteps: ['QUALITY_CHECK'] }))
    run('qc')
    await flushPromises()
    expect(confirmed).toHaveBeenCalledOnce()
    expect(calls.filter((c) => c.method === 'POST')).toEqual([])
    expect(live.setOrder).not.toHaveBeenCalled()
  })

  it('says a refused move in a toast and reads the order again', async () => {
    stubApi(sampleShop, on('POST', '/api/v1/repair-orders/o-1/transitions', () => problem(409, { title: 'Conflict', detail: '工单状态已变化' })))
    const { live, run } = actionsOn(technician, order({ status: 'DISPATCHED', nextSteps: ['IN_REPAIR'] }))
    run('start')
    await vi.waitFor(() => expect(live.refetch).toHaveBeenCalledOnce())
    expect(live.setOrder).not.toHaveBeenCalled()
    expect(document.querySelector('.van-toast')?.textContent).toContain('工单状态已变化')
  })

  it('asks for a reason first, and sends it with the move the sheet was opened for', async () => {
    const calls = stubApi(sampleShop, on('POST', '/api/v1/repair-orders/o-1/transitions', () => json(order({ status: 'CANCELLED', nextSteps: [] }))))
    const { actions, run } = actionsOn(advisor, order({ status: 'CHECKED_IN', nextSteps: ['CANCELLED'], promisedAt: undefined }))
    run('cancel')
    expect(actions.reasonOpen.value).toBe(true)
    expect(actions.reasonAsk.value).toMatchObject({ to: 'CANCELLED', danger: true, confirmText: '取消工单' })
    expect(actions.reasonAsk.value?.presets).toHaveLength(3)
    await actions.runReason('客户不修了')
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'CANCELLED', reason: '客户不修了' })
  })

  it('opens the dispatch, delay and hand-over sheets, and dispatches to the technician chosen', async () => {
    const calls = stubApi(sampleShop, on('POST', '/api/v1/repair-orders/o-1/transitions', () => json(order({ status: 'DISPATCHED' }))))
    const lead: MeView = { ...technician, role: 'TEAM_LEAD' }
    const { actions, run } = actionsOn(lead, order({ status: 'APPROVED', nextSteps: ['DISPATCHED'] }))
    run('dispatch')
    expect(actions.dispatching.value).toBe(true)
    await actions.dispatch('u-5')
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'DISPATCHED', technicianId: 'u-5' })

    const desk = actionsOn(advisor, order({ status: 'IN_REPAIR', nextSteps: [] }))
    desk.run('delay')
    expect(desk.actions.delaying.value).toBe(true)
  })
})
