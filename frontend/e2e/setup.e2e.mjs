// Journey: the manager sets the shop up (a desktop at the service desk, 1280x800, and a phone, 390x844). The demo
// manager opens Setup, goes to the service bays, adds a bay with a name of its own and sees it in the list, still
// there after a reload. On the desktop, the repair board stands in columns side by side and the tab bar is a rail
// on the left; on the phone, the board stays one list. The bays this journey adds are taken out of service
// through the API at the end, so that the demo shop's booking capacity stays as it was (bays are never deleted).
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   setup-home, setup-link-bays                                    the setup menu (SetupHomePage)
//   setup-bays, bay-add, bay-name, bay-code, bay-submit, bay-item[data-name][data-code]   the bays (BaysPage, BayFormPopup)
//   repair-board, board-column[data-column], repair-item           the repair board (RepairBoardPage)
//   tab-home, tab-me                                               the tab bar (a rail on a desktop)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiCall, apiLogin, byTestId, DEMO_MANAGER, journey, launchBrowser, login, screenshot } from './support.mjs'

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 }
const PHONE = { viewport: { width: 390, height: 844 } }

let browser
/** Bays added by the journeys: out of service again at the end. */
const added = []

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  if (!added.length) return
  const { accessToken } = await apiLogin(DEMO_MANAGER)
  for (const bay of added) await apiCall('PUT', `/api/v1/shop/bays/${bay.id}`, accessToken, { ...bay, active: false })
})

/** A bay name nobody has used: the run's time and a random tail. */
const uniqueBayName = (device) => `测试工位 ${device} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

/** From Setup to the bays, adds one by its name, sees it listed and still there after a reload. */
async function addBay(page, name, device) {
  await page.goto('/setup')
  await byTestId(page, 'setup-home').waitFor()
  await screenshot(page, `setup-home-${device}`)
  await byTestId(page, 'setup-link-bays').click()
  await byTestId(page, 'setup-bays').waitFor()
  await byTestId(page, 'bay-add').click()
  await byTestId(page, 'bay-name').locator('input').fill(name)
  const code = await byTestId(page, 'bay-code').locator('input').inputValue()
  assert.match(code, /^B\d+$/, 'a new bay is offered the next free code')
  await screenshot(page, `setup-bay-form-${device}`)
  await byTestId(page, 'bay-submit').click()

  const item = page.locator(`[data-testid="bay-item"][data-name="${name}"]`)
  await item.waitFor()
  assert.equal(await item.getAttribute('data-code'), code)
  await screenshot(page, `setup-bays-${device}`)

  await page.reload()
  await byTestId(page, 'setup-bays').waitFor()
  await item.waitFor()

  const shop = await apiCall('GET', '/api/v1/shop')
  const bay = shop.bays.find((b) => b.name === name)
  assert.ok(bay, 'the server has the bay')
  added.push({ id: bay.id, code: bay.code, name: bay.name, skills: bay.skills })
  assert.deepEqual(bay.skills, ['GENERAL_SERVICE'])
}

test('on a desktop, the manager adds a bay from Setup, and the repair board stands in columns', () =>
  journey(
    browser,
    'setup-desktop',
    async (page) => {
      await login(page, DEMO_MANAGER)
      await addBay(page, uniqueBayName('desktop'), 'desktop')

      await page.goto('/desk/repairs')
      await byTestId(page, 'repair-board').waitFor()
      const columns = byTestId(page, 'board-column')
      await columns.first().waitFor()
      assert.ok((await columns.count()) >= 2, 'the open orders are shown by stage')
      const [first, second] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()]
      assert.ok(first && second, 'the columns are laid out')
      assert.ok(Math.abs(first.y - second.y) < 2, `columns side by side (tops ${first.y} and ${second.y})`)
      assert.ok(second.x >= first.x + first.width, `the second column is right of the first (${first.x}+${first.width} vs ${second.x})`)
      assert.ok(first.width >= 180, `a column is wide enough to read (${first.width}px)`)

      // the tab bar is a rail on the left edge, its items one under the other
      const [home, me] = [await byTestId(page, 'tab-home').boundingBox(), await byTestId(page, 'tab-me').boundingBox()]
      assert.ok(home && me && home.x < 100 && me.y > home.y + home.height - 1, 'the tab bar is a rail on the left')
      await screenshot(page, 'setup-repair-board-desktop')
    },
    DESKTOP,
  ))

test('on a phone, the manager adds a bay from Setup, and the repair board stays one list', () =>
  journey(
    browser,
    'setup-phone',
    async (page) => {
      await login(page, DEMO_MANAGER)
      await addBay(page, uniqueBayName('phone'), 'phone')

      await page.goto('/desk/repairs')
      await byTestId(page, 'repair-board').waitFor()
      const items = byTestId(page, 'repair-item')
      await items.first().waitFor()
      // one list: every order at the same left edge, one under the other (in the board's order, not by column)
      const boxes = (await items.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().toJSON()))).sort((a, b) => a.y - b.y)
      for (let i = 1; i < boxes.length; i++) {
        assert.ok(Math.abs(boxes[i].x - boxes[0].x) < 1, 'every order at the same left edge')
        assert.ok(boxes[i].y >= boxes[i - 1].y + boxes[i - 1].height - 1, 'one order under the other')
      }
      const tab = await byTestId(page, 'tab-home').boundingBox()
      assert.ok(tab && tab.y > 700, 'the tab bar stays at the bottom')
      await screenshot(page, 'setup-repair-board-phone')
    },
    PHONE,
  ))
