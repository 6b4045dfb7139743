// Journey: a part out of stock becomes an honest delay, and its arrival moves the order on (issue 14), on the
// phones (390x844) of the advisor, the owner and the parts specialist. Set up through the API: a catalogue part
// with nothing on the shelf and a purchase order for it sent to its supplier, a new owner with a car checked in by
// the demo advisor. Then in the browser: the advisor writes the estimate, picking the part from the catalogue (the
// picker says it is out of stock); the owner approves it on the tracker, and the order waits for the part; the
// advisor sends the proposed delay (the part and its arrival prefilled) with a free wash; the owner's tracker shows
// the delay with the part as its reason; the parts specialist receives the part with the inspector's checklist;
// the order goes back to where it was and the owner's timeline says the part arrived.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   desk-order, action-estimate, repair-status[data-status]                   the staff's order page (RepairOrderPage)
//   estimate-line, add-part, line-source-CATALOGUE, line-part, line-availability[data-kind], line-*,
//   estimate-submit                                                            the estimate editor (EstimateEditor)
//   part-picker, part-search, part-option[data-part-number], part-availability   the catalogue picker (PartPicker)
//   open-repair-card, estimate-approval, approve-all, approval-submit         the owner's approval (EstimateApproval)
//   delay-proposal, open-delay-proposal, delay-popup, delay-from-proposal, delay-detail, delay-offer-*, delay-submit
//                                                                             the proposed delay (RepairOrderPage, DelayPopup)
//   waiting-parts, waiting-part, delay-banner, delay-reason, timeline-item[data-type]   the owner's tracker
//   po-receive, receive-line[data-part], receive-check-*, receive-arrived, receive-inspector, receive-inspector-sheet,
//   receive-submit, receive-result-status, po-status[data-status]              receiving (ReceivePage, ReceiveLineCard)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  apiCall,
  apiLogin,
  apiRegister,
  byTestId,
  DEMO_ADVISOR,
  DEMO_PARTS,
  journeyOf,
  launchBrowser,
  login,
  randomPhone,
  randomPlate,
  randomVin,
} from './support.mjs'

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

const DEMO_INSPECTOR_NAME = '吴静'
const PHONE = { viewport: { width: 390, height: 844 } }

/** The order page's status, once it says `status`. */
const statusIs = (page, status) => page.locator(`[data-testid="desk-order"] [data-testid="repair-status"][data-status="${status}"]`).first().waitFor()

test('a part out of stock becomes a delay the owner sees with the part as its reason, and its arrival moves the order on', () =>
  journeyOf(
    browser,
    'parts',
    async (open) => {
      // --- Set-up through the API: a part nobody has on the shelf, ordered from its supplier; an order ---------------
      const [advisorApi, partsApi] = await Promise.all([apiLogin(DEMO_ADVISOR), apiLogin(DEMO_PARTS)])
      const run = String(Date.now() % 1_000_000).padStart(6, '0')
      const supplier = await apiCall('POST', '/api/v1/suppliers', partsApi.accessToken, {
        name: `浦东汽配 ${run}`,
        nameEn: `Pudong Auto Parts ${run}`,
        phone: '021-55550101',
      })
      const partNumber = `E2E-${run}`
      const partName = `节气门体 ${run}`
      const part = await apiCall('POST', '/api/v1/parts', partsApi.accessToken, {
        partNumber,
        nameZh: partName,
        nameEn: `Throttle body ${run}`,
        brand: '大众 Volkswagen',
        origin: 'GENUINE',
        unit: 'PIECE',
        listPrice: 1680,
        minStock: 0,
        warrantyMonths: 12,
        warrantyKm: 20000,
        location: 'E2E-1',
        suppliers: [{ supplierId: supplier.id, leadTimeDays: 2, purchasePrice: 980, preferred: true }],
      })
      assert.equal(Number(part.stock.available), 0)
      const po = await apiCall('POST', '/api/v1/purchase-orders', partsApi.accessToken, {
        supplierId: supplier.id,
        lines: [{ partId: part.id, quantity: 1, unitCost: 980 }],
        note: 'e2e',
      })
      const sent = await apiCall('POST', `/api/v1/purchase-orders/${po.id}/send`, partsApi.accessToken)
      assert.equal(sent.status, 'SENT')

      const owner = { name: '配件车主', phone: randomPhone('134'), password: 'Passw0rd-test' }
      const registered = await apiRegister(owner)
      const vehicle = await apiCall('POST', '/api/v1/me/vehicles', registered.accessToken, {
        plate: randomPlate(),
        vin: randomVin(),
        make: '大众',
        model: '帕萨特',
        year: 2020,
        mileageKm: 88000,
      })
      const order = await apiCall('POST', '/api/v1/repair-orders', advisorApi.accessToken, {
        vehicleId: vehicle.id,
        mileageKm: 88120,
        fuelLevel: 'HALF',
        warningLights: ['ENGINE'],
        symptoms: '怠速抖动，发动机故障灯亮',
        faultReproduced: 'YES',
      })

      // --- The advisor writes the estimate, picking the part from the catalogue: out of stock ------------------------
      const advisor = await open('advisor')
      await login(advisor, DEMO_ADVISOR)
      await advisor.goto(`/desk/repairs/${order.id}`)
      await statusIs(advisor, 'CHECKED_IN')
      await byTestId(advisor, 'action-estimate').click()
      const labour = byTestId(advisor, 'estimate-line').first()
      await labour.locator('[data-testid="line-description"] input').fill('更换节气门体')
      await labour.locator('[data-testid="line-quantity"] input').fill('1.5')
      await labour.locator('[data-testid="line-unit-price"] input').fill('200')
      await labour.locator('[data-testid="line-reason"] textarea').fill('节气门体积碳严重、电机卡滞')
      await byTestId(advisor, 'add-part').click()
      const line = byTestId(advisor, 'estimate-line').nth(1)
      await line.locator('[data-testid="line-source-CATALOGUE"]').click()
      await line.locator('[data-testid="line-quantity"] input').fill('1')
      await line.locator('[data-testid="line-part"]').click()
      const picker = byTestId(advisor, 'part-picker')
      await picker.locator('[data-testid="part-search"] input').fill(partNumber)
      const option = picker.locator(`[data-testid="part-option"][data-part-number="${partNumber}"]`)
      await option.waitFor()
      assert.match((await option.locator('[data-testid="part-availability"]').textContent()) ?? '', /缺货|无库存|到货/)
      await option.click()
      await line.locator('[data-testid="line-part-facts"]').waitFor()
      assert.match(await line.locator('[data-testid="line-unit-price"] input').inputValue(), /^1680(\.0+)?$/, 'the list price is prefilled')
      await line.locator('[data-testid="line-reason"] textarea').fill('原件电机损坏，需更换')
      await byTestId(advisor, 'estimate-submit').click()
      await statusIs(advisor, 'AWAITING_APPROVAL')

      // --- The owner approves on the phone: the order waits for the part -----------------------------------------------
      const customer = await open('owner')
      await login(customer, owner)
      await customer.locator(`[data-testid="open-repair-card"][data-reference="${order.reference}"]`).click()
      await byTestId(customer, 'estimate-approval').waitFor()
      await byTestId(customer, 'approve-all').first().click()
      await byTestId(customer, 'approval-submit').click()
      await customer.locator('[data-testid="repair-status"][data-status="WAITING_PARTS"]').first().waitFor()
      await customer.locator('[data-testid="waiting-part"]', { hasText: partName }).first().waitFor()

      // --- The advisor sends the proposed delay with a free wash ---------------------------------------------------------
      await advisor.reload()
      await statusIs(advisor, 'WAITING_PARTS')
      const proposal = byTestId(advisor, 'delay-proposal')
      await proposal.waitFor()
      assert.match((await proposal.textContent()) ?? '', new RegExp(partName))
      await byTestId(advisor, 'open-delay-proposal').click()
      const popup = byTestId(advisor, 'delay-popup')
      await popup.locator('[data-testid="delay-from-proposal"]').waitFor()
      assert.match(await popup.locator('[data-testid="delay-detail"] textarea').inputValue(), new RegExp(partName))
      await popup.locator('[data-testid="delay-offer-FREE_WASH"]').click()
      await popup.locator('[data-testid="delay-submit"]').click()
      await popup.waitFor({ state: 'hidden' })

      // --- The owner's tracker: the delay, with the part as its reason ----------------------------------------------------
      const banner = byTestId(customer, 'delay-banner')
      await banner.waitFor()
      assert.equal(await banner.getAttribute('data-reason'), 'PART_OUT_OF_STOCK')
      assert.match((await byTestId(customer, 'delay-reason').textContent()) ?? '', new RegExp(`配件缺货.*${partName}`, 's'))
      assert.match((await byTestId(customer, 'delay-compensation').textContent()) ?? '', /免费洗车/)

      // --- The parts specialist receives the part with the inspector's checklist ---------------------------------------
      const partsDesk = await open('parts')
      await login(partsDesk, DEMO_PARTS)
      await partsDesk.goto(`/parts/purchase-orders/${po.id}`)
      await partsDesk.locator('[data-testid="po-status"][data-status="SENT"]').first().waitFor()
      await byTestId(partsDesk, 'po-receive').click()
      const receiveLine = partsDesk.locator(`[data-testid="receive-line"][data-part="${partNumber}"]`)
      await receiveLine.waitFor()
      // The checklist: spec, model, quantity, genuine, packaging, each ticked by the inspector's word
      for (const check of ['specOk', 'modelOk', 'quantityOk', 'genuineOk', 'packagingOk']) {
        const box = receiveLine.locator(`[data-testid="receive-check-${check}"]`)
        assert.equal(await box.getAttribute('aria-checked'), 'true', `${check} is ticked`)
      }
      // The inspector who checked it, picked from the active inspectors; then the receipt goes in.
      await byTestId(partsDesk, 'receive-inspector').click()
      await byTestId(partsDesk, 'receive-inspector-sheet').locator('.van-action-sheet__item', { hasText: DEMO_INSPECTOR_NAME }).click()
      await byTestId(partsDesk, 'receive-submit').click()
      await partsDesk.locator('[data-testid="receive-result-status"]').waitFor()
      const received = await apiCall('GET', `/api/v1/purchase-orders/${po.id}`, partsApi.accessToken)
      assert.equal(received.status, 'RECEIVED')

      // --- The order moves on: back to where it was, the owner told the part arrived ------------------------------------
      await customer.locator('[data-testid="timeline-item"][data-type="PARTS_ARRIVED"]').waitFor()
      await customer.locator('[data-testid="repair-status"][data-status="APPROVED"]').first().waitFor()
      await advisor.reload()
      await statusIs(advisor, 'APPROVED')
      const ledger = await apiCall('GET', `/api/v1/parts/${part.id}/ledger`, partsApi.accessToken)
      assert.deepEqual(
        ledger.map((m) => m.kind),
        ['RESERVED', 'RECEIVED'],
        'received, then reserved for the waiting line at once',
      )
    },
    PHONE,
  ))
