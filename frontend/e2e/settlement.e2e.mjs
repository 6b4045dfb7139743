// Journey: the owner approves a line that was not on the estimate, signs the settlement with a finger on a phone
// (390x844), and sees the signature on the printable settlement document. A READY order is set up through the
// API — a new owner with a car, checked in by the demo advisor, estimated, approved, repaired, passed by the
// inspector, and settled with one line found during the work. In the browser the owner sees that line waiting for
// them (signing waits for it), approves it, draws a signature on the canvas (pointer moves), signs, and opens the
// settlement document: the drawn signature is an image that loaded, next to the warranty cards and next service.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   repair-tracker, settlement-card, settlement-pending-note, settlement-line-approve      (RepairTrackerPage, SettlementSheet)
//   sign-settlement, signature-sheet, signature-canvas, signature-submit                  (SignatureSheet)
//   settlement-signed[data-signed], open-settlement-document                             (SettlementSheet, RepairTrackerPage)
//   settlement-document, signature-image, warranty-card, document-next-service           (SettlementDocumentPage)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiCall, byTestId, drawSignature, journey, launchBrowser, login, readyOrderOfNewOwner, screenshot } from './support.mjs'

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

const PHONE = { viewport: { width: 390, height: 844 } }

/** A fresh owner whose car is READY with a settlement holding one line that was never estimated: { owner, order }. */
async function settledOrder() {
  const { owner, advisor, order } = await readyOrderOfNewOwner({
    name: '签字车主',
    phonePrefix: '135',
    car: { make: '丰田', model: '凯美瑞', year: 2021, mileageKm: 30000 },
    symptoms: '刹车异响',
    items: [
      { kind: 'LABOUR', description: '更换前刹车片工时', quantity: 1, unitPrice: 200, necessity: 'REQUIRED', reason: '刹车片磨损' },
      { kind: 'PART', description: '前刹车片', quantity: 1, unitPrice: 480, necessity: 'REQUIRED', reason: '剩余 2 mm' },
    ],
    durationMinutes: 90,
    diagnosis: '前刹车片磨损',
  })
  const settled = await apiCall('PUT', `/api/v1/repair-orders/${order.id}/settlement`, advisor.accessToken, {
    lines: [
      ...order.estimate.items.map((item) => ({
        itemId: item.id,
        kind: item.kind,
        description: item.description,
        quantity: item.quantity,
        unitPrice: item.unitPrice,
      })),
      { kind: 'PART', description: '刹车片感应线', quantity: 1, unitPrice: 45, differenceReason: '更换刹车片时发现感应线老化' },
    ],
  })
  assert.equal(settled.settlement.pendingLines, 1)
  return { owner, order: settled }
}

test('the owner approves a new line, signs with a finger on the phone, and sees the signature on the settlement document', () =>
  journey(
    browser,
    'settlement',
    async (page) => {
      const { owner, order } = await settledOrder()
      await login(page, owner)
      await page.goto(`/repairs/${order.id}`)
      await byTestId(page, 'repair-tracker').waitFor()

      // --- The line that was not on the estimate waits for the owner: no signing before it is decided ----------
      await byTestId(page, 'settlement-pending-note').waitFor()
      assert.equal(await byTestId(page, 'sign-settlement').count(), 0)
      await byTestId(page, 'settlement-line-approve').click()
      await byTestId(page, 'settlement-pending-note').waitFor({ state: 'detached' })

      // --- A signature drawn on the canvas -----------------------------------------------------------------------
      await byTestId(page, 'sign-settlement').click()
      await drawSignature(page)
      await page.locator('[data-testid="settlement-signed"][data-signed]').waitFor()

      // --- The settlement document shows the drawn signature, the warranties and the next service --------------
      await byTestId(page, 'open-settlement-document').click()
      await byTestId(page, 'settlement-document').waitFor()
      const image = byTestId(page, 'signature-image')
      await image.waitFor()
      await page.waitForFunction(
        () => {
          const img = document.querySelector('[data-testid="signature-image"]')
          return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0
        },
        null,
        { timeout: 5_000 },
      )
      const naturalWidth = await image.evaluate((img) => img.naturalWidth)
      assert.ok(naturalWidth > 0, 'the signature image loaded')
      assert.equal(await byTestId(page, 'warranty-card').count(), 3)
      await byTestId(page, 'document-next-service').waitFor()
      await screenshot(page, 'settlement-document-phone')
      await page.setViewportSize({ width: 1280, height: 800 })
      await screenshot(page, 'settlement-document-desktop')
    },
    PHONE,
  ))
