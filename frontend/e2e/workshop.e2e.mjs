// Journey: a repair from reception to hand-over, on the phones of everyone involved (390x844). The demo
// advisor receives a walk-in (a new owner, found by phone) with a photo, writes the estimate; the owner
// approves it item by item on the tracker; the team lead dispatches it to a technician, who starts it, posts
// an update from a template (the owner's tracker shows it live) and sends it to the quality check; the inspector
// passes it; the advisor issues the settlement with a difference explained; the owner signs it; the advisor
// hands the car over with the next service.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   repair-board, board-check-in, repair-item[data-reference]          the repair board (RepairBoardPage)
//   walk-in-phone, walk-in-lookup, walk-in-vehicle[data-plate]          walk-in lookup (CustomerVehiclePicker)
//   check-in-mileage, fuel-*, light-*, check-in-symptoms, reproduced-*, photo-picker, check-in-submit  (CheckInPage)
//   desk-order, action-<key>, repair-status[data-status]                the staff's order page (RepairOrderPage)
//   estimate-line, line-*, line-source-SUBLET, add-part, estimate-total, estimate-submit    the estimate editor (EstimatePage)
//   estimate-approval, approve-all, approval-submit                     the owner's approval (EstimateApproval)
//   technician-popup, technician-option[data-name], dispatch-submit     dispatch (TechnicianPopup)
//   template-*, update-submit                                            the update screen (PostUpdatePage)
//   settlement-edit-line, settlement-quantity, settlement-reason, settlement-submit   (SettlementPage)
//   sign-settlement, signature-canvas, signature-submit, settlement-signed[data-signed]   signing (RepairTrackerPage, SignatureSheet)
//   delivery-popup, delivery-submit, next-service                       hand-over (DeliveryPopup, RepairTrackerPage)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  apiCall,
  apiRegister,
  byTestId,
  drawSignature,
  DEMO_ADVISOR,
  DEMO_TEAM_LEAD,
  DEMO_TECHNICIAN,
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

const DEMO_INSPECTOR = { phone: '13800000007', password: 'demo1234' }
/** A 1x1 PNG: the server checks photos by their bytes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

/** The order page's status, once it says `status`. */
const statusIs = (page, status) => page.locator(`[data-testid="desk-order"] [data-testid="repair-status"][data-status="${status}"]`).first().waitFor()

/** Confirms Vant's dialog. */
async function confirmDialog(page) {
  const button = page.locator('.van-dialog__confirm')
  await button.waitFor()
  await button.click()
}

test('a walk-in goes from reception to hand-over on the phones of the advisor, the owner and the workshop', () =>
  journeyOf(
    browser,
    'workshop',
    async (open) => {
    const owner = { name: '到店车主', phone: randomPhone('135'), password: 'Passw0rd-test' }
    const registered = await apiRegister(owner)
    const plate = randomPlate()
    await apiCall('POST', '/api/v1/me/vehicles', registered.accessToken, { plate, vin: randomVin(), make: '丰田', model: '卡罗拉', year: 2019, mileageKm: 61000 })

    // --- Reception: the advisor finds the owner by phone and records the car's state, with a photo --------
    const advisor = await open('advisor')
    await login(advisor, DEMO_ADVISOR)
    await advisor.goto('/desk/repairs')
    await byTestId(advisor, 'board-check-in').click()
    await byTestId(advisor, 'walk-in-phone').locator('input').fill(owner.phone)
    await byTestId(advisor, 'walk-in-lookup').click()
    await advisor.locator(`[data-testid="walk-in-vehicle"][data-plate="${plate}"]`).click()
    await byTestId(advisor, 'check-in-mileage').locator('input').fill('61250')
    await byTestId(advisor, 'fuel-HALF').click()
    await byTestId(advisor, 'light-TPMS').click()
    await byTestId(advisor, 'check-in-symptoms').locator('textarea').fill('高速行驶时方向盘抖动')
    await byTestId(advisor, 'reproduced-YES').click()
    await byTestId(advisor, 'photo-picker').locator('input[type="file"]').setInputFiles({ name: 'front.png', mimeType: 'image/png', buffer: PNG })
    await byTestId(advisor, 'check-in-submit').click()
    await byTestId(advisor, 'desk-order').waitFor()
    await statusIs(advisor, 'CHECKED_IN')
    const orderId = new URL(advisor.url()).pathname.split('/').pop()
    const reference = (await advisor.locator('.van-nav-bar__title').textContent())?.trim() ?? ''
    assert.match(reference, /^RO-/)
    await byTestId(advisor, 'attachment-image').first().waitFor()

    // --- The estimate: a labour line and a part, totals as typed ------------------------------------------
    await byTestId(advisor, 'action-estimate').click()
    const first = byTestId(advisor, 'estimate-line').first()
    await first.locator('[data-testid="line-description"] input').fill('四轮动平衡')
    await first.locator('[data-testid="line-quantity"] input').fill('1')
    await first.locator('[data-testid="line-unit-price"] input').fill('160')
    await first.locator('[data-testid="line-reason"] textarea').fill('方向盘抖动，需做动平衡')
    await byTestId(advisor, 'add-part').click()
    const part = byTestId(advisor, 'estimate-line').nth(1)
    await part.locator('[data-testid="line-necessity-OPTIONAL"]').click()
    await part.locator('[data-testid="line-source-SUBLET"]').click() // balance weights: written by hand, not from the catalogue
    await part.locator('[data-testid="line-description"] input').fill('平衡块')
    await part.locator('[data-testid="line-quantity"] input').fill('4')
    await part.locator('[data-testid="line-unit-price"] input').fill('12.5')
    await part.locator('[data-testid="line-reason"] textarea').fill('旧平衡块脱落')
    await advisor.locator('[data-testid="estimate-total"]', { hasText: '210.00' }).waitFor()
    await byTestId(advisor, 'estimate-submit').click()
    await statusIs(advisor, 'AWAITING_APPROVAL')

    // --- The owner approves on the tracker: both items, the total follows ---------------------------------
    const customer = await open('owner')
    await login(customer, owner)
    await customer.locator(`[data-testid="open-repair-card"][data-reference="${reference}"]`).click()
    await byTestId(customer, 'estimate-approval').waitFor()
    await byTestId(customer, 'approve-all').first().click()
    await customer.locator('[data-testid="approval-total"][data-total="21000"]').waitFor()
    await byTestId(customer, 'approval-submit').click()
    await customer.locator('[data-testid="repair-status"][data-status="APPROVED"]').first().waitFor()
    // ... and the advisor's page follows by itself
    await statusIs(advisor, 'APPROVED')

    // --- The team lead dispatches from the board ----------------------------------------------------------
    const lead = await open('lead')
    await login(lead, DEMO_TEAM_LEAD)
    await lead.locator(`[data-testid="repair-item"][data-reference="${reference}"]`).click()
    await byTestId(lead, 'action-dispatch').click()
    await lead.locator(`[data-testid="technician-option"][data-name="${DEMO_TECHNICIAN.name}"]`).click()
    await byTestId(lead, 'dispatch-submit').click()
    await statusIs(lead, 'DISPATCHED')

    // --- The technician finds it among their cars, starts, posts an update from a template, sends it to QC -
    const technician = await open('technician')
    await login(technician, DEMO_TECHNICIAN)
    await technician.locator(`[data-testid="repair-item"][data-reference="${reference}"]`).click()
    await statusIs(technician, 'DISPATCHED')
    await byTestId(technician, 'action-start').click()
    await statusIs(technician, 'IN_REPAIR')
    await byTestId(technician, 'action-update').click()
    await byTestId(technician, 'template-roadTest').click()
    await byTestId(technician, 'update-submit').click()
    await statusIs(technician, 'IN_REPAIR')
    await customer.locator('[data-testid="timeline-item"][data-type="UPDATE"]', { hasText: '路试' }).waitFor() // live on the owner's phone
    await byTestId(technician, 'action-qc').click()
    await confirmDialog(technician)
    await statusIs(technician, 'QUALITY_CHECK')

    // --- The inspector passes it ----------------------------------------------------------------------------
    const inspector = await open('inspector')
    await login(inspector, DEMO_INSPECTOR)
    await inspector.goto(`/desk/repairs/${orderId}`)
    await statusIs(inspector, 'QUALITY_CHECK')
    await byTestId(inspector, 'action-pass').click()
    await confirmDialog(inspector)
    await statusIs(inspector, 'READY')

    // --- Settlement: one more balance weight than estimated, with the reason ------------------------------
    await statusIs(advisor, 'READY')
    await byTestId(advisor, 'action-settle').click()
    const weights = advisor.locator('[data-testid="settlement-edit-line"]').nth(1)
    await weights.locator('[data-testid="settlement-quantity"] input').fill('5')
    await byTestId(advisor, 'settlement-submit').click()
    await weights.locator('[data-testid="settlement-reason"] .van-field__error-message').waitFor()
    await weights.locator('[data-testid="settlement-reason"] textarea').fill('多用一块平衡块 +12.50')
    await byTestId(advisor, 'settlement-submit').click()
    await byTestId(advisor, 'desk-order').waitFor()
    await advisor.locator('[data-testid="settlement-total"]', { hasText: '222.50' }).waitFor()

    // --- The owner sees the difference and signs ----------------------------------------------------------
    await customer.locator('[data-testid="settlement-difference"]', { hasText: '多用一块平衡块' }).waitFor()
    await byTestId(customer, 'sign-settlement').click()
    await drawSignature(customer)
    await customer.locator('[data-testid="settlement-signed"][data-signed]').waitFor()

    // --- Hand-over with the next service ------------------------------------------------------------------
    await advisor.locator('[data-testid="action-deliver"]:not([disabled])').click()
    await byTestId(advisor, 'delivery-popup').waitFor()
    await byTestId(advisor, 'delivery-invoice').locator('input').fill('INV-E2E-0002')
    await byTestId(advisor, 'delivery-submit').click()
    await statusIs(advisor, 'DELIVERED')
    await customer.locator('[data-testid="next-service"]', { hasText: '公里' }).waitFor()
    assert.match((await byTestId(customer, 'next-service').textContent()) ?? '', /以先到者为准/)
    },
    { viewport: { width: 390, height: 844 } },
  ))
