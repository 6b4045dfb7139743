// Journey: what the owner sees is true and staff pages fit the hand and the desk (issue 12, points 6 and 7), on the
// demo, as seen: on a 390x844 phone the workshop board's filters are whole (none cut at the edge), names sit on one
// line, the "+" of 接车 and 登记投诉 is not blue on blue; on a 1280x800 desk the board stands in columns by status;
// the owner's list says 已评价 on a rated visit; an EV's reception reads its battery (电量 %); the delay banner keeps
// the old and the new promise on one line and says its offer once; the English UI names the shop in English.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   repair-board, board-tabs, board-check-in, repair-item[data-reference], repair-item-technician   (RepairBoardPage)
//   board-column[data-column]                                                           the desk's columns
//   complaint-inbox, inbox-new                                                          (ComplaintInboxPage)
//   repairs-page, repair-item-rate[data-rate-state]                                     (RepairListPage)
//   reception-gauge[data-energy], delay-banner, delay-times, delay-compensation          (RepairTrackerPage)
//   shop-card, to-shop                                                                  (CustomerHome)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { byTestId, DEMO_ADVISOR, DEMO_CUSTOMER, DEMO_CUSTOMER_SERVICE, journey, launchBrowser, login } from './support.mjs'

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

const PHONE = { viewport: { width: 390, height: 844 } }
const DESK = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 }
const EMMA = { phone: '+4915112345678', password: 'demo1234' }

/** The icon's colour and its button's background, as painted: they must differ (no blue "+" on a blue button). */
async function iconAgainstButton(button) {
  return button.evaluate((el) => {
    const icon = el.querySelector('.van-icon')
    const paint = (e) => getComputedStyle(e)
    return { icon: icon ? paint(icon).color : null, background: paint(el).backgroundColor }
  })
}

test('the workshop board fits a phone: whole filters, names on one line, a visible "+" on 接车', () =>
  journey(
    browser,
    'screens-board-phone',
    async (page) => {
      await login(page, DEMO_ADVISOR)
      await page.goto('/desk/repairs')
      await byTestId(page, 'repair-item').first().waitFor()

      const tabs = await byTestId(page, 'board-tabs')
        .locator('.van-tab')
        .evaluateAll((all) =>
          all.map((tab) => {
            const r = tab.getBoundingClientRect()
            const text = tab.querySelector('.van-tab__text') ?? tab
            return { text: tab.textContent?.trim(), left: r.left, right: r.right, cut: text.scrollWidth > text.clientWidth + 1 }
          }),
        )
      assert.ok(tabs.length >= 7, `the seven filters: ${JSON.stringify(tabs)}`)
      for (const tab of tabs) {
        assert.ok(tab.left >= 0 && tab.right <= 390, `filter "${tab.text}" lies whole on the 390-px screen: ${tab.left}..${tab.right}`)
        assert.equal(tab.cut, false, `filter "${tab.text}" is not cut`)
      }

      const names = await byTestId(page, 'repair-item-technician').evaluateAll((all) =>
        all.map((el) => ({ text: el.textContent?.trim(), height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) || 20 })),
      )
      assert.ok(names.length > 0, 'the board names technicians')
      for (const name of names) assert.ok(name.height < name.line * 1.5, `"${name.text}" stays on one line (${name.height}px)`)

      const checkIn = await iconAgainstButton(byTestId(page, 'board-check-in'))
      assert.ok(checkIn.icon, 'the check-in button has its "+"')
      assert.notEqual(checkIn.icon, checkIn.background, `the "+" (${checkIn.icon}) shows on its button (${checkIn.background})`)
    },
    PHONE,
  ))

test('the "+" of 登记投诉 shows on its button', () =>
  journey(
    browser,
    'screens-complaint-plus',
    async (page) => {
      await login(page, DEMO_CUSTOMER_SERVICE)
      await page.goto('/desk/complaints')
      const button = byTestId(page, 'inbox-new')
      await button.waitFor()
      const colours = await iconAgainstButton(button)
      assert.ok(colours.icon, 'the button has its "+"')
      assert.notEqual(colours.icon, colours.background, `the "+" (${colours.icon}) shows on its button (${colours.background})`)
    },
    PHONE,
  ))

test('on a desk the workshop board stands in columns by status', () =>
  journey(
    browser,
    'screens-board-desk',
    async (page) => {
      await login(page, DEMO_ADVISOR)
      await page.goto('/desk/repairs')
      await byTestId(page, 'repair-item').first().waitFor()
      const columns = await byTestId(page, 'board-column').evaluateAll((all) =>
        all.map((c) => ({ key: c.getAttribute('data-column'), left: Math.round(c.getBoundingClientRect().left), visible: c.getBoundingClientRect().width > 0 })),
      )
      assert.ok(columns.length >= 4, `columns: ${JSON.stringify(columns)}`)
      assert.ok(columns.every((c) => c.visible))
      assert.equal(new Set(columns.map((c) => c.left)).size, columns.length, 'side by side, each at its own place')
    },
    DESK,
  ))

test('the owner sees the truth: 已评价 on a rated visit, an EV\'s battery, the delay said once on one line', () =>
  journey(
    browser,
    'screens-owner',
    async (page) => {
      await login(page, DEMO_CUSTOMER)
      await page.goto('/repairs')
      await byTestId(page, 'repairs-page').waitFor()
      const rated = page.locator('[data-testid="repair-item"][data-reference="RO-HIST01"] [data-testid="repair-item-rate"]')
      await rated.waitFor()
      assert.equal(await rated.getAttribute('data-rate-state'), 'rated')
      assert.match(await rated.innerText(), /^已评价/)

      await page.locator('[data-testid="repair-item"][data-reference="RO-DEMO02"]').click()
      const gauge = byTestId(page, 'reception-gauge')
      await gauge.waitFor()
      assert.equal(await gauge.getAttribute('data-energy'), 'EV')
      const gaugeText = await gauge.innerText()
      assert.match(gaugeText, /电量/)
      assert.match(gaugeText, /\d+%/)
      assert.doesNotMatch(gaugeText, /油量/)

      await page.goBack()
      await page.locator('[data-testid="repair-item"][data-reference="RO-DEMO01"]').click()
      const times = byTestId(page, 'delay-times')
      await times.waitFor()
      const box = await times.evaluate((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) }))
      assert.ok(box.height < box.line * 1.5, `the old and the new promise on one line (${box.height}px, line ${box.line}px)`)
      const offer = await byTestId(page, 'delay-compensation').innerText()
      assert.equal(offer.match(/洗/g)?.length, 1, `the offer said once: ${offer}`)
    },
    PHONE,
  ))

test('the English UI names the shop in English', () =>
  journey(
    browser,
    'screens-english',
    async (page) => {
      await page.goto('/login')
      await page.evaluate(() => localStorage.setItem('pitstop.locale', 'en'))
      await login(page, EMMA)
      const shop = byTestId(page, 'to-shop')
      await shop.waitFor()
      assert.match(await shop.innerText(), /Xingtu Auto 4S/)
      assert.doesNotMatch(await shop.innerText(), /星途/)
    },
    { ...PHONE, locale: 'en-US' },
  ))

test('an emergency at night: when the shop opens and its rescue line, never "call the shop" while it is closed', () =>
  journey(
    browser,
    'screens-emergency-at-night',
    async (page) => {
      // The phone's clock reads 23:30 in Shanghai last night (in the past, so the session's tokens stay valid): the
      // demo shop closed at 18:00.
      const shanghaiToday = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
      const lastNight = new Date(Date.parse(`${shanghaiToday}T23:30:00+08:00`) - 86_400_000)
      await page.clock.install({ time: lastNight })
      await login(page, DEMO_CUSTOMER)
      await page.goto('/book/emergency')
      const closed = byTestId(page, 'emergency-closed')
      await closed.waitFor()
      assert.match(await closed.innerText(), /开门/)
      assert.equal(await byTestId(page, 'emergency-rescue-call').getAttribute('href'), 'tel:400-820-8820')
      assert.equal(await byTestId(page, 'emergency-call').count(), 0, 'no "call the shop" while it is closed')
      assert.equal(await byTestId(page, 'emergency-note').count(), 0, 'no "a bay within the hour" while it is closed')
    },
    PHONE,
  ))
