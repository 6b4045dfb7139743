// Journey: the demo manager on the desk of indicators, on a phone (390x844) and at a desktop (1280x800). They
// land on the desk, see the customer-satisfaction card with its target (85), step back to a month with
// ratings when this one has none yet, open the card and see the orders behind the figure (the missed ones
// first), with the trend chart loaded on demand; the items download as CSV (UTF-8 with a byte-order mark). At
// the desktop the cards are laid out side by side, and an item opens the staff's page of its order.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   manager-desk, period-prev, period-label[data-from][data-to]            the desk (ManagerDesk, PeriodPicker)
//   kpi-card[data-code][data-status], kpi-value, kpi-target                 an indicator card (KpiCard)
//   kpi-detail[data-code], kpi-figure, kpi-chart, kpi-items, kpi-item[data-kind][data-missed], kpi-export
//                                                                           the drill-down (KpiDetailPage, TrendChart)
//   desk-order                                                              the staff's order page (RepairOrderPage)
//   kpi-improve, improvement-form, improvement-indicator[data-code], improvement-title, improvement-action,
//   improvement-effect-field, improvement-owner, owner-option[data-name], deadline-week, improvement-submit
//                                                                           a new action (ImprovementFormPage)
//   improvement-page, improvement[data-title][data-state], improvement-done, improvement-done-note,
//   improvement-done-submit, improvement-filter-done                        the actions (ImprovementListPage)
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, test } from 'node:test'
import { byTestId, DEMO_MANAGER, journey, launchBrowser, login, screenshot } from './support.mjs'

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

const PHONE = { viewport: { width: 390, height: 844 } }
const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 }

const card = (page, code) => page.locator(`[data-testid="kpi-card"][data-code="${code}"]`)

/**
 * The satisfaction card of the newest month that has ratings: this month's may have none yet (the first
 * days of a month), then the desk steps back a month, at most a few times.
 */
async function satisfactionWithRatings(page) {
  const satisfaction = card(page, 'SATISFACTION')
  for (let back = 0; back <= 3; back += 1) {
    await satisfaction.waitFor()
    if ((await satisfaction.getByTestId('kpi-value').innerText()).trim() !== '—') return satisfaction
    const label = byTestId(page, 'period-label')
    const from = await label.getAttribute('data-from')
    await byTestId(page, 'period-prev').click()
    await page.locator(`[data-testid="period-label"]:not([data-from="${from}"])`).waitFor()
    await page.locator('[data-testid="loading"]').waitFor({ state: 'detached' }).catch(() => undefined)
  }
  throw new Error('no month with ratings in the last four')
}

/** On the drill-down: the orders behind the figure, the missed ones first. */
async function ordersBehind(page) {
  await byTestId(page, 'kpi-detail').waitFor()
  assert.equal(await byTestId(page, 'kpi-detail').getAttribute('data-code'), 'SATISFACTION')
  assert.match(await byTestId(page, 'kpi-figure').getByTestId('kpi-target').innerText(), /85/)
  const items = byTestId(page, 'kpi-item')
  await items.first().waitFor()
  const kinds = await items.evaluateAll((list) => list.map((el) => el.getAttribute('data-kind')))
  assert.ok(kinds.length > 0)
  assert.ok(kinds.every((kind) => kind === 'ORDER'), `satisfaction is counted on orders: ${kinds}`)
  const missed = await items.evaluateAll((list) => list.map((el) => el.getAttribute('data-missed') === 'true'))
  assert.deepEqual(missed, [...missed].sort((a, b) => Number(b) - Number(a)), 'the missed ones come first')
  // the chart arrives on demand (ECharts is a chunk of its own) and draws on a canvas
  await page.locator('[data-testid="kpi-chart"] canvas').first().waitFor()
  return items
}

test('the manager sees the satisfaction target on the desk and the orders behind it, on a phone', () =>
  journey(
    browser,
    'manager-phone',
    async (page) => {
      await login(page, DEMO_MANAGER)
      await byTestId(page, 'manager-desk').waitFor()
      const satisfaction = card(page, 'SATISFACTION')
      await satisfaction.waitFor()
      assert.match(await satisfaction.getByTestId('kpi-target').innerText(), /85/)
      await screenshot(page, 'manager-phone-desk')

      await (await satisfactionWithRatings(page)).click()
      const items = await ordersBehind(page)
      await screenshot(page, 'manager-phone-detail')

      // the items as CSV, for Excel: UTF-8 with a byte-order mark
      const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'kpi-export').click()])
      assert.match(download.suggestedFilename(), /^kpi-SATISFACTION-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/)
      const bytes = await readFile(await download.path())
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
      const lines = bytes.toString('utf8').slice(1).trim().split('\r\n')
      assert.ok(lines.length >= (await items.count()) + 1, 'a header and a row per item')
    },
    PHONE,
  ))

test('at a desktop the cards stand side by side, and an item opens its order', () =>
  journey(
    browser,
    'manager-desktop',
    async (page) => {
      await login(page, DEMO_MANAGER)
      await byTestId(page, 'manager-desk').waitFor()
      await card(page, 'SATISFACTION').waitFor()
      const boxes = await byTestId(page, 'kpi-card').evaluateAll((list) => list.map((el) => el.getBoundingClientRect().toJSON()))
      const columns = new Set(boxes.map((b) => Math.round(b.left)))
      assert.ok(columns.size > 1, `the cards form a grid, not one column (lefts: ${[...columns]})`)
      const rows = new Set(boxes.map((b) => Math.round(b.top)))
      assert.ok(rows.size < boxes.length, 'some cards share a row')
      assert.match(await card(page, 'SATISFACTION').getByTestId('kpi-target').innerText(), /85/)
      await screenshot(page, 'manager-desktop-desk')

      await (await satisfactionWithRatings(page)).click()
      const items = await ordersBehind(page)
      await screenshot(page, 'manager-desktop-detail')

      await items.first().click()
      await byTestId(page, 'desk-order').waitFor()
      assert.match(new URL(page.url()).pathname, /^\/desk\/repairs\/[^/]+$/)
    },
    DESKTOP,
  ))

test('the manager records an improvement action from a figure and marks it done', () =>
  journey(
    browser,
    'manager-improvement',
    async (page) => {
      await login(page, DEMO_MANAGER)
      await card(page, 'ON_TIME_LAST_PROMISE').click()
      await byTestId(page, 'kpi-detail').waitFor()
      await byTestId(page, 'kpi-improve').click()

      // the form comes with the indicator (and its current value in the expected effect)
      await byTestId(page, 'improvement-form').waitFor()
      assert.equal(await byTestId(page, 'improvement-indicator').getAttribute('data-code'), 'ON_TIME_LAST_PROMISE')
      const title = `准时交车专项整改 ${Date.now().toString(36)}`
      await byTestId(page, 'improvement-title').locator('input').fill(title)
      await byTestId(page, 'improvement-action').locator('textarea').fill('质检通过后 10 分钟内通知车主；配件缺货时提前 1 小时告知延误')
      assert.notEqual(await byTestId(page, 'improvement-effect-field').locator('textarea').inputValue(), '')
      await byTestId(page, 'improvement-owner').click()
      await page.locator('[data-testid="owner-option"][data-name="王芳"]').click()
      await byTestId(page, 'deadline-week').click()
      await byTestId(page, 'improvement-submit').click()

      // the list shows it open, with the indicator before and after; done with a note, it moves to "done"
      await byTestId(page, 'improvement-page').waitFor()
      const action = page.locator(`[data-testid="improvement"][data-title="${title}"]`)
      await action.waitFor()
      assert.equal(await action.getAttribute('data-state'), 'open')
      await action.getByTestId('improvement-effect').waitFor()
      await screenshot(page, 'manager-improvements')
      await action.getByTestId('improvement-done').click()
      await byTestId(page, 'improvement-done-note').locator('textarea').fill('流程已写入交车手册，全员培训完成')
      await byTestId(page, 'improvement-done-submit').click()
      await page.locator('.improvement-filter-done').click()
      await page.locator(`[data-testid="improvement"][data-title="${title}"][data-state="done"]`).waitFor()
    },
    PHONE,
  ))
