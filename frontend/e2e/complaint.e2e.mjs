// Journey: after delivery, an unhappy owner rates the visit and complains; customer service sees it at once
// (390x844). A delivered order is set up through the API — a new owner with a car, checked in as a walk-in by
// the demo advisor, estimated, approved by the owner, dispatched by the team lead, repaired and sent to the
// quality check by the technician, passed by the inspector, settled, signed and handed over. Then, in the
// browser, the owner rates it 1 star, taps "file a complaint" on the rating page (the form comes prefilled with
// the order and a category), submits it and lands on the complaint with its 24-hour clock; customer service,
// on another phone, finds it in the complaint inbox (its home page) with the same clock.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   repair-tracker, rate-visit                                    the owner's tracker and its rating entry (RatingEntry)
//   rating-page, rate-<dimension> .van-rate__item, rating-tag[data-tag], rating-comment, rating-submit,
//   rating-low, rating-complaint, rating-editable-until           the rating page (RatingPage)
//   complaint-form, category-<CATEGORY>, order-option[data-id], complaint-content, complaint-submit   (ComplaintFormPage)
//   complaint-page, complaint-number, complaint-status[data-status], complaint-clock[data-phase]      (ComplaintPage)
//   complaint-inbox, complaint-item[data-number], complaint-item-owner                                 (ComplaintInboxPage)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  apiCall,
  apiRegister,
  apiLogin,
  byTestId,
  DEMO_ADVISOR,
  DEMO_CUSTOMER_SERVICE,
  DEMO_INSPECTOR,
  DEMO_TEAM_LEAD,
  DEMO_TECHNICIAN,
  journeyOf,
  launchBrowser,
  login,
  randomPhone,
  randomPlate,
  randomVin,
  SIGNATURE_PNG,
} from './support.mjs'

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

const PHONE = { viewport: { width: 390, height: 844 } }

/** A fresh owner with a car whose visit has just been handed over: { owner, order }. */
async function deliveredOrder() {
  const owner = { name: '投诉车主', phone: randomPhone('134'), password: 'Passw0rd-test' }
  const registered = await apiRegister(owner)
  const vehicle = await apiCall('POST', '/api/v1/me/vehicles', registered.accessToken, {
    plate: randomPlate(),
    vin: randomVin(),
    make: '本田',
    model: '雅阁',
    year: 2020,
    mileageKm: 52000,
  })
  const [advisor, lead, technician, inspector] = await Promise.all(
    [DEMO_ADVISOR, DEMO_TEAM_LEAD, DEMO_TECHNICIAN, DEMO_INSPECTOR].map((who) => apiLogin(who)),
  )
  const move = (id, token, body) => apiCall('POST', `/api/v1/repair-orders/${id}/transitions`, token, body)

  const order = await apiCall('POST', '/api/v1/repair-orders', advisor.accessToken, {
    vehicleId: vehicle.id,
    mileageKm: 52100,
    fuelLevel: 'HALF',
    warningLights: [],
    symptoms: '空调不制冷',
    faultReproduced: 'YES',
  })
  const estimated = await apiCall('POST', `/api/v1/repair-orders/${order.id}/estimate`, advisor.accessToken, {
    items: [
      { kind: 'LABOUR', description: '空调系统检漏', quantity: 1, unitPrice: 150, necessity: 'REQUIRED', reason: '冷媒不足' },
      { kind: 'PART', description: '冷媒加注', quantity: 1, unitPrice: 200, necessity: 'REQUIRED', reason: '补充冷媒' },
    ],
    durationMinutes: 120,
    diagnosis: '空调冷媒泄漏',
  })
  await apiCall('POST', `/api/v1/repair-orders/${order.id}/approval`, registered.accessToken, {
    decisions: estimated.estimate.items.map((item) => ({ itemId: item.id, decision: 'APPROVED' })),
  })
  await move(order.id, lead.accessToken, { to: 'DISPATCHED', technicianId: technician.user.id })
  await move(order.id, technician.accessToken, { to: 'IN_REPAIR' })
  await move(order.id, technician.accessToken, { to: 'QUALITY_CHECK' })
  const ready = await move(order.id, inspector.accessToken, { to: 'READY' })
  assert.equal(ready.status, 'READY')
  await apiCall('PUT', `/api/v1/repair-orders/${order.id}/settlement`, advisor.accessToken, {
    lines: ready.estimate.items
      .filter((item) => item.decision === 'APPROVED')
      .map((item) => ({ itemId: item.id, kind: item.kind, description: item.description, quantity: item.quantity, unitPrice: item.unitPrice })),
  })
  const settled = await apiCall('GET', `/api/v1/repair-orders/${order.id}`, advisor.accessToken)
  await apiCall('POST', `/api/v1/repair-orders/${order.id}/settlement/acknowledgement`, registered.accessToken, { signature: SIGNATURE_PNG })
  const nextDue = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10)
  const delivered = await apiCall('POST', `/api/v1/repair-orders/${order.id}/delivery`, advisor.accessToken, {
    nextServiceDueDate: nextDue,
    nextServiceDueKm: 57100,
    payment: { method: 'WECHAT_PAY', amount: settled.settlement.total, invoiceNumber: 'INV-E2E-0001' },
  })
  assert.equal(delivered.status, 'DELIVERED')
  return { owner, order: delivered }
}

/** The answer clock of a complaint filed moments ago: all of its 24 hours, give or take a minute. */
const FRESH_ANSWER_CLOCK = /答复剩余 (24 小时|23 小时 5\d 分钟)/

test('an owner rates a delivered visit 1 star, complains in one tap, and customer service sees it with its 24-hour clock', () =>
  journeyOf(
    browser,
    'complaint',
    async (open) => {
      const { owner, order } = await deliveredOrder()

      // --- The owner rates the visit from the tracker: 1 star, a tag, a comment -------------------------------
      const page = await open('owner')
      await login(page, owner)
      await page.goto(`/repairs/${order.id}`)
      await byTestId(page, 'repair-tracker').waitFor()
      await byTestId(page, 'rate-visit').click()
      await byTestId(page, 'rating-page').waitFor()
      await page.locator('[data-testid="rate-overall"] .van-rate__item').nth(0).click()
      for (const dimension of ['attitude', 'professionalism', 'speed', 'priceFairness'])
        await page.locator(`[data-testid="rate-${dimension}"] .van-rate__item`).nth(dimension === 'speed' ? 0 : 1).click()
      await page.locator('[data-testid="rating-tag"][data-tag="等待太久"]').click()
      await byTestId(page, 'rating-comment').locator('textarea').fill('说好两小时，等了一下午，也没人通知')
      await byTestId(page, 'rating-submit').click()

      // --- A low rating offers the complaint in one tap ---------------------------------------------------------
      await byTestId(page, 'rating-low').waitFor()
      await byTestId(page, 'rating-editable-until').waitFor()
      await byTestId(page, 'rating-complaint').click()
      await byTestId(page, 'complaint-form').waitFor()
      await page.locator('[data-testid="category-DELIVERY_TIME"] .van-radio__icon--checked').waitFor()
      await page.locator(`[data-testid="order-option"][data-id="${order.id}"] .van-radio__icon--checked`).waitFor()
      await byTestId(page, 'complaint-content').locator('textarea').fill('交车比承诺晚了四个小时，期间没有任何人通知我。')
      await byTestId(page, 'complaint-submit').click()

      // --- The complaint, with its number and the 24-hour answer clock ----------------------------------------
      await page.waitForURL(/\/complaints\/[^/]+$/)
      await byTestId(page, 'complaint-page').waitFor()
      const number = ((await byTestId(page, 'complaint-number').textContent()) ?? '').trim()
      assert.match(number, /^TS-\d{8}-\d{4}$/)
      await page.locator('[data-testid="complaint-status"][data-status="NEW"]').first().waitFor()
      const ownerClock = page.locator('[data-testid="complaint-clock-card"] [data-testid="complaint-clock"][data-phase="answer"]')
      await ownerClock.waitFor()
      assert.match((await ownerClock.textContent()) ?? '', FRESH_ANSWER_CLOCK)

      // --- Customer service, on another phone: the complaint inbox is their home page ----------------------------
      const service = await open('customer-service')
      await login(service, DEMO_CUSTOMER_SERVICE)
      await byTestId(service, 'complaint-inbox').waitFor()
      const item = service.locator(`[data-testid="complaint-item"][data-number="${number}"]`)
      await item.waitFor()
      assert.match((await item.locator('[data-testid="complaint-clock"]').textContent()) ?? '', FRESH_ANSWER_CLOCK)
      assert.match((await item.textContent()) ?? '', /交车时间/)
      assert.match((await item.textContent()) ?? '', new RegExp(order.reference))
      await item.click()
      await service.locator('[data-testid="complaint-page"] [data-testid="complaint-number"]', { hasText: number }).waitFor()
      await byTestId(service, 'complaint-actions').waitFor()
    },
    PHONE,
  ))
