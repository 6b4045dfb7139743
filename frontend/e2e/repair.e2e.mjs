// Journey: a repair followed live on the owner's phone (390x844). The order is set up through the API — a new
// owner with a car, checked in as a walk-in by the demo advisor, estimated, approved by the owner, dispatched
// by the team lead to a technician, started — then the owner opens the tracker in the browser and, while the
// page stays open, the advisor posts an update and declares a delay through the API: both must appear on the
// page by themselves (server-sent events), without a reload.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   customer-home, open-repair-card[data-reference]              the owner's home (CustomerHome)
//   repair-tracker, live-indicator[data-state]                   the tracker and its stream state (RepairTrackerPage)
//   repair-status[data-status], repair-steps, promised-at        status tag, steps, promise (RepairStatusTag, PromiseCells)
//   timeline-item[data-type], current-step                       the timeline (RepairTimeline), progress (PromiseCells)
//   delay-banner, delay-reason, delay-new-time, delay-compensation   the delay notice (DelayBanner)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  apiCall,
  apiRegister,
  apiLogin,
  byTestId,
  DEMO_ADVISOR,
  DEMO_TEAM_LEAD,
  DEMO_TECHNICIAN,
  journey,
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

/** HH:mm of an instant at the shop (Shanghai), as the tracker shows it. */
const shopTime = (iso) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso))

/** An instant as ISO 8601 with the shop's offset (+08:00), as the contract wants newPromisedAt. */
const withShopOffset = (epochMs) => `${new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`

const PHONE = { viewport: { width: 390, height: 844 } }

test("the owner's tracker shows an advisor's update, then a delay banner, live and without reload", () =>
  journey(
    browser,
    'repair',
    async (page) => {
      // --- Set-up through the API: an order in repair --------------------------------------------------------
      const owner = { name: '维修车主', phone: randomPhone('136'), password: 'Passw0rd-test' }
      const registered = await apiRegister(owner)
      const vehicle = await apiCall('POST', '/api/v1/me/vehicles', registered.accessToken, {
        plate: randomPlate(),
        vin: randomVin(),
        make: '大众',
        model: '朗逸',
        year: 2021,
        mileageKm: 40000,
      })
      const [advisor, lead, technician] = await Promise.all([apiLogin(DEMO_ADVISOR), apiLogin(DEMO_TEAM_LEAD), apiLogin(DEMO_TECHNICIAN)])

      const order = await apiCall('POST', '/api/v1/repair-orders', advisor.accessToken, {
        vehicleId: vehicle.id,
        mileageKm: 40120,
        fuelLevel: 'HALF',
        bodyDamage: '左后门轻微划痕',
        warningLights: ['BRAKE'],
        symptoms: '刹车时有尖锐异响',
        faultReproduced: 'YES',
      })
      const estimated = await apiCall('POST', `/api/v1/repair-orders/${order.id}/estimate`, advisor.accessToken, {
        items: [
          { kind: 'LABOUR', description: '更换前刹车片', quantity: 1.5, unitPrice: 200, necessity: 'REQUIRED', reason: '刹车片剩余 2 mm' },
          { kind: 'PART', description: '前刹车片（原厂）', partNumber: '1K0698151A', quantity: 1, unitPrice: 480, necessity: 'REQUIRED', reason: '磨损到极限' },
        ],
        durationMinutes: 180,
        diagnosis: '前刹车片磨损严重',
      })
      const approved = await apiCall('POST', `/api/v1/repair-orders/${order.id}/approval`, registered.accessToken, {
        decisions: estimated.estimate.items.map((item) => ({ itemId: item.id, decision: 'APPROVED' })),
      })
      assert.equal(approved.status, 'APPROVED')
      await apiCall('POST', `/api/v1/repair-orders/${order.id}/transitions`, lead.accessToken, {
        to: 'DISPATCHED',
        technicianId: technician.user.id,
      })
      const started = await apiCall('POST', `/api/v1/repair-orders/${order.id}/transitions`, technician.accessToken, { to: 'IN_REPAIR' })
      assert.equal(started.status, 'IN_REPAIR')

      // --- The owner, on the phone: home -> the open repair -> the tracker, live ----------------------------
      await login(page, owner)
      const card = page.locator(`[data-testid="open-repair-card"][data-reference="${order.reference}"]`)
      await card.waitFor()
      await card.click()
      await page.waitForURL(`**/repairs/${order.id}`)
      await byTestId(page, 'repair-tracker').waitFor()
      await page.locator('[data-testid="repair-status"][data-status="IN_REPAIR"]').first().waitFor()
      await page.locator('[data-testid="live-indicator"][data-state="open"]').waitFor()
      assert.match((await byTestId(page, 'promised-at').textContent()) ?? '', new RegExp(shopTime(started.promisedAt)))
      assert.equal(await byTestId(page, 'delay-banner').count(), 0, 'no delay banner before a delay')

      // Whatever happens from here must arrive without a reload: this marker would not survive one.
      await page.evaluate(() => {
        window.__pitstopNoReload = 'still the same page'
      })
      const navigations = []
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations.push(frame.url())
      })

      // --- The advisor posts an update: it appears in the timeline by itself -------------------------------
      const message = `旧刹车片已拆下，正在安装新片（${Date.now() % 100000}）`
      const postedAt = Date.now()
      await apiCall('POST', `/api/v1/repair-orders/${order.id}/updates`, advisor.accessToken, {
        message,
        step: '更换刹车片',
        remainingMinutes: 45,
      })
      await page.locator('[data-testid="timeline-item"][data-type="UPDATE"]', { hasText: message }).waitFor()
      const updateLatency = Date.now() - postedAt
      await page.locator('[data-testid="current-step"]', { hasText: '更换刹车片' }).waitFor()

      // --- The advisor declares a delay: the banner shows the reason, the new time and the offer -----------
      const newPromisedAt = withShopOffset(new Date(started.promisedAt).getTime() + 2 * 3600_000)
      const detail = '刹车盘需从中心库调货'
      await apiCall('POST', `/api/v1/repair-orders/${order.id}/delays`, advisor.accessToken, {
        reason: 'PART_OUT_OF_STOCK',
        detail,
        newPromisedAt,
        compensation: 'FREE_WASH',
      })
      const banner = byTestId(page, 'delay-banner')
      await banner.waitFor()
      assert.match((await byTestId(page, 'delay-reason').textContent()) ?? '', /配件缺货/)
      assert.match((await byTestId(page, 'delay-reason').textContent()) ?? '', new RegExp(detail))
      assert.match((await byTestId(page, 'delay-new-time').textContent()) ?? '', new RegExp(shopTime(newPromisedAt)))
      assert.match((await byTestId(page, 'delay-compensation').textContent()) ?? '', /免费洗车一次/)
      await page.locator('[data-testid="timeline-item"][data-type="DELAY"]').waitFor()
      await page.locator('[data-testid="promised-at"]', { hasText: shopTime(newPromisedAt) }).waitFor()

      // --- And all of it without a reload -------------------------------------------------------------------
      assert.equal(await page.evaluate(() => window.__pitstopNoReload), 'still the same page', 'the page was reloaded')
      assert.deepEqual(navigations, [], 'the page navigated')
      console.log(`update shown on the owner's phone ${updateLatency} ms after it was posted`)
    },
    PHONE,
  ))
