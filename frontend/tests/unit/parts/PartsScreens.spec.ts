import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import type { MeView } from '@/api/types'
import { i18n } from '@/i18n'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { closeDialog } from 'vant'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PartView, ReceiptRequest, ReceiptView, StockCountRequest } from '@/api/partsTypes'
import { applyLocale } from '@/i18n'
import IssuePage from '@/pages/parts/IssuePage.vue'
import PartFormPage from '@/pages/parts/PartFormPage.vue'
import PartPage from '@/pages/parts/PartPage.vue'
import PurchaseNewPage from '@/pages/parts/PurchaseNewPage.vue'
import ReceivePage from '@/pages/parts/ReceivePage.vue'
import ShortagesPage from '@/pages/parts/ShortagesPage.vue'
import StockCountPage from '@/pages/parts/StockCountPage.vue'
import { authResponse, json, problem, sampleShop } from '../support'
import { answerDialog, manager, mountAs, on, sent, stubServer } from '../setup/harness'
import { bosch, brakePads, faw, issueItem, movement, oil, oilFilter, part, partsClerk, poLine, purchaseOrder, shortage, suggestion } from './fixtures'

beforeEach(() => {
  localStorage.clear()
  applyLocale('zh-CN')
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2030-10-07T08:00:00Z'))
})
afterEach(() => {
  closeDialog()
  vi.useRealTimers()
})
enableAutoUnmount(afterEach)

/** A page that takes its id as a prop (the router gives it `props: true`). */
async function mountWithId(component: Component, path: string, id: string, user: MeView = partsClerk): Promise<VueWrapper> {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setSession(authResponse('a1', 'r1', user))
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, { props: { id }, attachTo: document.body, global: { plugins: [pinia, i18n, router] } })
  await flushPromises()
  return wrapper
}

const pickFromSearch = async (wrapper: Awaited<ReturnType<typeof mountAs>>, opener: string, text: string) => {
  await wrapper.find(`[data-testid="${opener}"]`).trigger('click')
  await flushPromises()
  await wrapper.find('[data-testid="part-search-input"] input').setValue(text)
  await wrapper.find('[data-testid="part-search-input"] input').trigger('keypress', { key: 'Enter' })
  await vi.waitFor(() => expect(document.querySelector('[data-testid="part-search-item"]')).not.toBeNull())
  ;(document.querySelector('[data-testid="part-search-item"]') as HTMLElement).click()
  await flushPromises()
}

describe('issuing (发料)', () => {
  const queue = [
    issueItem('a', { askedAt: '2030-10-07T01:00:00Z' }),
    issueItem('b', { askedAt: '2030-10-07T02:00:00Z', requestedAt: '2030-10-07T07:50:00Z', quantity: 2 }, brakePads),
  ]

  it('lists what a technician asked for first, with order, part, quantity and shelf', async () => {
    stubServer(sampleShop, on('GET', '/api/v1/parts/to-issue', () => json(queue)))
    const wrapper = await mountAs(IssuePage, '/parts/issue', partsClerk)
    const items = wrapper.findAll('[data-testid="issue-item"]')
    expect(items.map((i) => i.attributes('data-line'))).toEqual(['b', 'a'])
    expect(items[0]!.find('[data-testid="issue-asked-tag"]').text()).toContain('技师已申领 15:50')
    expect(items[0]!.find('[data-testid="issue-quantity"]').text()).toBe('2 套')
    expect(items[0]!.find('[data-testid="issue-shelf"]').text()).toContain('货位 B-01-1')
    expect(wrapper.find('[data-testid="issue-asked"]').text()).toBe('1')
  })

  it('issues a line only once confirmed, and takes it off the queue', async () => {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/parts/to-issue', () => json(queue)),
      on('POST', '/api/v1/parts/issues', (call) => json({ lineId: (call.body as { lineId: string }).lineId, state: 'ISSUED', reserved: 0, issued: 2 })),
    )
    const wrapper = await mountAs(IssuePage, '/parts/issue', partsClerk)
    await wrapper.find('[data-line="b"] [data-testid="issue-button"]').trigger('click')
    await answerDialog('cancel')
    expect(sent(calls, 'POST')).toHaveLength(0)

    await wrapper.find('[data-line="b"] [data-testid="issue-button"]').trigger('click')
    expect(document.querySelector('.van-dialog__message')?.textContent).toContain('把 2 套 前刹车片（5QD698151）发给 沪A1234b · 帕萨特？')
    await answerDialog('confirm')
    expect(sent(calls, 'POST', '/api/v1/parts/issues')[0]?.body).toEqual({ lineId: 'b' })
    expect(wrapper.findAll('[data-testid="issue-item"]').map((i) => i.attributes('data-line'))).toEqual(['a'])
  })

  it('shows the manager the queue without the buttons', async () => {
    stubServer(sampleShop, on('GET', '/api/v1/parts/to-issue', () => json(queue)))
    const wrapper = await mountAs(IssuePage, '/parts/issue', manager)
    expect(wrapper.findAll('[data-testid="issue-item"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="issue-button"]').exists()).toBe(false)
  })

  it('says when there is nothing to issue', async () => {
    stubServer(sampleShop, on('GET', '/api/v1/parts/to-issue', () => json([])))
    const wrapper = await mountAs(IssuePage, '/parts/issue', partsClerk)
    expect(wrapper.find('[data-testid="issue-empty"]').exists()).toBe(true)
  })
})

describe('shortages (缺件)', () => {
  it('shows the waiting orders and the arrival from the purchase order, and offers to buy what has none', async () => {
    stubServer(
      sampleShop,
      on('GET', '/api/v1/parts/shortages', () =>
        json([shortage(), shortage({ shortQuantity: 2.5, purchaseOrderId: null, expectedAt: '2030-10-10T02:00:00Z' }, oil)]),
      ),
    )
    const wrapper = await mountAs(ShortagesPage, '/parts/shortages', partsClerk)
    const [pads, engineOil] = wrapper.findAll('[data-testid="shortage"]')
    expect(pads!.find('[data-testid="shortage-quantity"]').text()).toBe('缺 1 套')
    expect(pads!.find('[data-testid="shortage-po"]').text()).toBe('查看采购单')
    expect(pads!.find('[data-testid="shortage-order"]').text()).toContain('沪B88888 · Model 3')
    expect(pads!.find('[data-testid="shortage-buy"]').exists()).toBe(false)
    expect(engineOil!.find('[data-testid="shortage-quantity"]').text()).toBe('缺 2.5 升')
    expect(engineOil!.text()).toContain('尚未采购')
    expect(engineOil!.find('[data-testid="shortage-buy"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="shortage-late"]').exists()).toBe(false)
  })

  it('says when the expected arrival has passed, so that the desk chases the supplier', async () => {
    stubServer(sampleShop, on('GET', '/api/v1/parts/shortages', () => json([shortage({ expectedAt: '2020-01-02T02:00:00Z' })])))
    const wrapper = await mountAs(ShortagesPage, '/parts/shortages', partsClerk)
    expect(wrapper.find('[data-testid="shortage-late"]').text()).toBe('已逾期，请催货')
  })
})

describe('a purchase order from the suggestions', () => {
  it('makes one draft per supplier; from a shortage only that part is ticked', async () => {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/purchase-orders/suggestions', () => json([suggestion(oilFilter, faw, 4), suggestion(brakePads, faw, 2, 'SHORTAGE'), suggestion(oil, bosch, 20)])),
      on('GET', '/api/v1/suppliers', () => json([faw, bosch])),
      on('POST', '/api/v1/purchase-orders', () => json(purchaseOrder({ status: 'DRAFT', number: 'PO-20301007-002' }), 201)),
    )
    const wrapper = await mountAs(PurchaseNewPage, '/parts/purchase-orders/new?part=p-2', partsClerk)
    expect(wrapper.findAll('[data-testid="po-draft"]').map((d) => d.attributes('data-supplier'))).toEqual(['s-1'])
    await wrapper.find('[data-testid="po-draft-create"]').trigger('click')
    await flushPromises()
    expect(sent(calls, 'POST', '/api/v1/purchase-orders')[0]?.body).toEqual({ supplierId: 's-1', note: null, lines: [{ partId: 'p-2', quantity: 2, unitCost: 42.5 }] })
    expect(wrapper.find('[data-testid="po-draft-created"]').text()).toContain('PO-20301007-002')
  })

  it('by hand: puts the server\'s objection under the line\'s field', async () => {
    const filter = part(oilFilter)
    stubServer(
      sampleShop,
      on('GET', '/api/v1/suppliers', () => json([faw, bosch])),
      on('GET', '/api/v1/parts', () => json([filter])),
      on('POST', '/api/v1/purchase-orders', () => problem(400, { title: 'Invalid request', errors: [{ field: 'create.request.lines[0].quantity', message: '超过供应商单次最大供货量' }] })),
    )
    const wrapper = await mountAs(PurchaseNewPage, '/parts/purchase-orders/new?mode=manual', partsClerk)
    await wrapper.find('[data-testid="po-manual-submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="po-supplier-field"] .van-field__error-message').text()).toBe('请选择供应商')
    expect(wrapper.find('[data-testid="po-no-lines"]').exists()).toBe(true)

    await wrapper.find('[data-testid="po-supplier-field"]').trigger('click')
    await flushPromises()
    ;[...document.querySelectorAll<HTMLElement>('.van-action-sheet__item')].find((b) => b.textContent?.includes('博世'))?.click()
    await flushPromises()
    await pickFromSearch(wrapper, 'po-add-part', '06L')
    const line = wrapper.find('[data-testid="po-manual-line"]')
    expect(line.find('[data-testid="po-not-approved"]').exists()).toBe(true) // Bosch is not approved for it
    await line.find('[data-testid="po-line-cost"] input').setValue('40')
    await wrapper.find('[data-testid="po-manual-submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="po-manual-line"] [data-testid="po-line-quantity"] .van-field__error-message').text()).toBe('超过供应商单次最大供货量')
  })
})

describe('receiving (到货验收)', () => {
  const po = purchaseOrder({ lines: [poLine('l-1', { quantity: 10, received: 4 }), poLine('l-2', { quantity: 2, position: 2 }, brakePads)] })
  const inspectors = [{ id: 'i-1', name: '吴静' }]

  async function mountReceive(...extra: Parameters<typeof on>[]) {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/purchase-orders/po-1', () => json(po)),
      on('GET', '/api/v1/purchase-orders/inspectors', () => json(inspectors)),
      ...extra.map((args) => on(...args)),
    )
    const wrapper = await mountWithId(ReceivePage, '/parts/purchase-orders/po-1/receive', 'po-1')
    return { calls, wrapper }
  }
  async function pickInspector(wrapper: VueWrapper) {
    await wrapper.find('[data-testid="receive-inspector"]').trigger('click')
    await flushPromises()
    const offered = [...document.querySelectorAll<HTMLElement>('.van-action-sheet__item')]
    expect(offered.map((b) => b.textContent?.trim())).toEqual(['吴静'])
    offered[0]!.click()
    await flushPromises()
  }

  it('expects the open quantity to arrive and pass; a rejection needs its reason and the inspector', async () => {
    const { calls, wrapper } = await mountReceive()
    const lines = wrapper.findAll('[data-testid="receive-line"]')
    expect(lines).toHaveLength(2)
    expect(lines[0]!.find('[data-testid="receive-passed"]').attributes('data-passed')).toBe('6')
    expect(wrapper.find('[data-testid="receive-summary"]').text()).toBe('到货 8 · 合格 8 · 拒收 0')

    await lines[1]!.find('[data-testid="receive-check-packagingOk"]').trigger('click')
    expect(lines[1]!.find('[data-testid="receive-check-warning"]').exists()).toBe(true)
    await lines[1]!.find('[data-testid="receive-rejected"] .van-stepper__plus').trigger('click')
    expect(lines[1]!.find('[data-testid="receive-passed"]').attributes('data-passed')).toBe('1')
    await wrapper.find('[data-testid="receive-submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="receive-inspector"] .van-field__error-message').text()).toBe('请选择质检员')
    await pickInspector(wrapper)
    await wrapper.find('[data-testid="receive-submit"]').trigger('click')
    await flushPromises()
    expect(lines[1]!.find('[data-testid="receive-reason"] .van-field__error-message').text()).toBe('拒收时请写明原因')
    expect(sent(calls, 'POST')).toHaveLength(0)
  })

  it('sends what arrived and ends on the result; the server\'s word lands on its line', async () => {
    let attempt = 0
    const receipt = (body: ReceiptRequest): ReceiptView => ({
      id: 'r-1',
      purchaseOrderId: 'po-1',
      purchaseOrderStatus: 'PARTLY_RECEIVED',
      receivedAt: '2030-10-07T08:00:00Z',
      receivedBy: 'u-9',
      inspectorId: inspectors[0]!.id,
      lines: body.lines.map((l) => ({ ...l, id: `rl-${l.lineId}`, poLineId: l.lineId, partId: l.lineId === 'l-1' ? oilFilter.id : brakePads.id, passed: l.arrived - l.rejected })),
    })
    const { calls, wrapper } = await mountReceive([
      'POST',
      '/api/v1/purchase-orders/po-1/receipts',
      (call) =>
        ++attempt === 1
          ? problem(400, { title: 'Invalid request', errors: [{ field: 'receive.request.lines[0].rejectReason', message: '原因过于简单' }] })
          : json(receipt(call.body as ReceiptRequest), 201),
    ])
    await pickInspector(wrapper)
    const [filterLine, padsLine] = wrapper.findAll('[data-testid="receive-line"]')
    // nothing of the filters today: that line stays open and is not sent
    for (let i = 0; i < 6; i++) await filterLine!.find('[data-testid="receive-arrived"] .van-stepper__minus').trigger('click')
    await padsLine!.find('[data-testid="receive-rejected"] .van-stepper__plus').trigger('click')
    await padsLine!.find('[data-testid="receive-reason-preset"]').trigger('click')
    await wrapper.find('[data-testid="receive-submit"]').trigger('click')
    await flushPromises()
    expect(sent(calls, 'POST')[0]?.body).toEqual({
      inspectorId: 'i-1',
      note: null,
      lines: [{ lineId: 'l-2', arrived: 2, rejected: 1, rejectReason: '型号不符', specOk: true, modelOk: true, quantityOk: true, genuineOk: true, packagingOk: true }],
    })
    expect(padsLine!.find('[data-testid="receive-reason"] .van-field__error-message').text()).toBe('原因过于简单')

    await wrapper.find('[data-testid="receive-submit"]').trigger('click')
    await flushPromises()
    const result = wrapper.find('[data-testid="receive-result"]')
    expect(result.text()).toContain('合格入库 1')
    expect(result.text()).toContain('拒收退回 1')
    expect(result.find('[data-testid="receive-result-status"]').text()).toBe('采购单现为：部分到货')
  })
})

describe('a stock count (盘点)', () => {
  it('shows the difference as it is typed, wants a reason for it, and sends the count', async () => {
    const filter = part(oilFilter)
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/parts', () => json([filter])),
      on('POST', '/api/v1/stock-counts', (call) => {
        const body = call.body as StockCountRequest
        return json(
          {
            id: 'c-1',
            countedAt: '2030-10-07T08:00:00Z',
            countedBy: 'u-9',
            note: null,
            lines: body.lines.map((l) => ({ partId: l.partId, partNumber: oilFilter.partNumber, nameZh: oilFilter.nameZh, expected: 6, counted: l.counted, difference: l.counted - 6, reason: l.reason })),
          },
          201,
        )
      }),
    )
    const wrapper = await mountAs(StockCountPage, '/parts/count', partsClerk)
    await pickFromSearch(wrapper, 'count-search', '06L115562B')
    const line = wrapper.find('[data-testid="count-line"]')
    expect(line.text()).toContain('账面 6 件')
    await line.find('[data-testid="count-counted"] input').setValue('5')
    expect(line.find('[data-testid="count-difference"]').text()).toBe('差异 -1')
    expect(wrapper.find('[data-testid="count-summary"]').text()).toBe('1 项 · 有差异 1 项')

    await wrapper.find('[data-testid="count-submit"]').trigger('click')
    await flushPromises()
    expect(line.find('[data-testid="count-reason"] .van-field__error-message').text()).toBe('数量有差异时请写明原因')
    expect(sent(calls, 'POST')).toHaveLength(0)

    await line.find('[data-testid="count-reason"] input').setValue('破损未登记')
    await wrapper.find('[data-testid="count-submit"]').trigger('click')
    await answerDialog('confirm')
    expect(sent(calls, 'POST', '/api/v1/stock-counts')[0]?.body).toEqual({ note: null, lines: [{ partId: 'p-1', counted: 5, reason: '破损未登记' }] })
    expect(wrapper.find('[data-testid="count-result-line"]').text()).toContain('账面 6 → 实盘 5')
  })
})

describe('the catalogue', () => {
  it('shows a part\'s stock and its ledger in words, with the balances after each movement', async () => {
    stubServer(
      sampleShop,
      on('GET', '/api/v1/parts/p-1', () => json(part(oilFilter, { stock: { onHand: 6, reserved: 2, available: 4, onOrder: 10, short: 0 } }))),
      on('GET', '/api/v1/parts/p-1/ledger', () =>
        json([
          movement(4, { kind: 'RECEIVED', onHandDelta: 10, onHandAfter: 7, reservedAfter: 2, purchaseOrderId: 'po-1', purchaseOrderNumber: 'PO-20301007-002', unitCost: 40 }),
          movement(3, { kind: 'ISSUED', onHandDelta: -1, reservedDelta: -1, onHandAfter: 6, reservedAfter: 2, orderId: 'o-1', orderLabel: 'RO-4K7P2Q · 沪A12345', actorId: 'u-9' }),
          movement(2, { kind: 'COUNTED', onHandDelta: -1, onHandAfter: 7, reservedAfter: 3, reason: '破损未登记', actorId: 'u-9' }),
        ]),
      ),
    )
    const wrapper = await mountWithId(PartPage, '/parts/catalogue/p-1', 'p-1')
    expect(wrapper.find('[data-testid="stock-onHand"]').text()).toContain('6')
    expect(wrapper.find('[data-testid="stock-onOrder"]').text()).toContain('在途')
    expect(wrapper.find('[data-testid="part-origin"]').text()).toBe('原厂件')
    const rows = wrapper.findAll('[data-testid="ledger-row"]')
    expect(rows[0]!.find('[data-testid="ledger-po"]').text()).toBe('PO-20301007-002')
    expect(rows[0]!.find('[data-testid="ledger-po"]').attributes('href')).toBe('/parts/purchase-orders/po-1')
    expect(rows[1]!.text()).toContain('领料出库')
    expect(rows[1]!.find('[data-testid="ledger-order"]').text()).toBe('RO-4K7P2Q · 沪A12345')
    expect(rows[1]!.find('[data-testid="ledger-order"]').attributes('href')).toBe('/desk/repairs/o-1')
    expect(rows[1]!.find('[data-testid="ledger-on-hand"]').text()).toBe('在库 -1')
    expect(rows[2]!.text()).toContain('盘点调整')
    expect(rows[2]!.find('[data-testid="ledger-after"]').text()).toBe('结存：在库 7 · 预留 3')
  })

  it('scraps available units with the reason, and refuses more than is available before asking the server', async () => {
    const stock = { onHand: 6, reserved: 2, available: 4, onOrder: 0, short: 0 }
    let ledgerRows = [movement(1, { kind: 'RECEIVED', onHandDelta: 6, onHandAfter: 6 })]
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/parts/p-1', () => json(part(oilFilter, { stock }))),
      on('GET', '/api/v1/parts/p-1/ledger', () => json(ledgerRows)),
      on('POST', '/api/v1/parts/p-1/scrap', () => {
        ledgerRows = [movement(2, { kind: 'SCRAPPED', onHandDelta: -2, onHandAfter: 4, reservedAfter: 2, reason: '搬运时损坏', actorId: 'u-9' }), ...ledgerRows]
        return json(part(oilFilter, { stock: { ...stock, onHand: 4, available: 2 } }))
      }),
    )
    const wrapper = await mountWithId(PartPage, '/parts/catalogue/p-1', 'p-1')
    await wrapper.find('[data-testid="part-scrap"]').trigger('click')
    const popup = () => wrapper.find('[data-testid="scrap-popup"]')
    expect(popup().text()).toContain('可用 4 件')

    await popup().find('[data-testid="scrap-quantity"] input').setValue('5')
    await popup().find('[data-testid="scrap-submit"]').trigger('click')
    await flushPromises()
    expect(popup().find('[data-testid="scrap-quantity"]').text()).toContain('最多可报废 4 件')
    expect(popup().find('[data-testid="scrap-reason"]').text()).toContain('请写明报废原因')
    expect(sent(calls, 'POST')).toHaveLength(0)

    await popup().find('[data-testid="scrap-quantity"] input').setValue('2')
    await popup().findAll('[data-testid="scrap-preset"]')[0]!.trigger('click')
    await popup().find('[data-testid="scrap-submit"]').trigger('click')
    await flushPromises()
    expect(sent(calls, 'POST', '/api/v1/parts/p-1/scrap')[0]?.body).toEqual({ quantity: 2, reason: '搬运时损坏' })
    expect(wrapper.find('[data-testid="stock-onHand"]').text()).toContain('4')
    const rows = wrapper.findAll('[data-testid="ledger-row"]')
    expect(rows[0]!.attributes('data-kind')).toBe('SCRAPPED')
    expect(rows[0]!.find('[data-testid="ledger-reason"]').text()).toBe('搬运时损坏')
  })

  it('does not offer the manager to scrap', async () => {
    stubServer(sampleShop, on('GET', '/api/v1/parts/p-1', () => json(part(oilFilter))), on('GET', '/api/v1/parts/p-1/ledger', () => json([])))
    const wrapper = await mountWithId(PartPage, '/parts/catalogue/p-1', 'p-1', manager)
    expect(wrapper.find('[data-testid="part-scrap"]').exists()).toBe(false)
  })

  it('puts the server\'s objection to a new part at its field', async () => {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/suppliers', () => json([faw])),
      on('POST', '/api/v1/parts', () => problem(400, { title: 'Invalid request', errors: [{ field: 'create.request.partNumber', message: '配件号只能包含字母、数字和连字符' }] })),
    )
    const wrapper = await mountAs(PartFormPage, '/parts/catalogue/new', partsClerk)
    await wrapper.find('[data-testid="part-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="part-number"] .van-field__error-message').text()).toBe('必填')
    expect(sent(calls, 'POST')).toHaveLength(0)

    await wrapper.find('[data-testid="part-number"] input').setValue('06L 115')
    await wrapper.find('[data-testid="part-name-zh"] input').setValue('机油滤清器')
    await wrapper.find('[data-testid="part-brand"] input').setValue('大众原厂')
    await wrapper.find('[data-testid="part-list-price"] input').setValue('68')
    await wrapper.find('[data-testid="part-form"]').trigger('submit')
    await flushPromises()
    expect((sent(calls, 'POST', '/api/v1/parts')[0]?.body as PartView).partNumber).toBe('06L 115')
    expect(wrapper.find('[data-testid="part-number"] .van-field__error-message').text()).toBe('配件号只能包含字母、数字和连字符')
  })
})
