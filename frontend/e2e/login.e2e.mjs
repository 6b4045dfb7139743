// Journey: a car owner logs in, switches to English, deep-links into /shop and logs out.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { byTestId, DEMO_CUSTOMER, journey, launchBrowser, login } from './support.mjs'

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

test('demo customer logs in, switches language, reloads a deep link and logs out', () =>
  journey(browser, 'login', async (page) => {
    await login(page, DEMO_CUSTOMER)

    await byTestId(page, 'customer-home').waitFor()
    const greeting = await byTestId(page, 'customer-greeting').textContent()
    assert.match(greeting ?? '', new RegExp(DEMO_CUSTOMER.name))
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN')
    assert.equal(await byTestId(page, 'tab-me').textContent().then((t) => t?.trim()), '我的')

    // English, on /me
    await byTestId(page, 'tab-me').click()
    await page.waitForURL('**/me')
    await byTestId(page, 'lang-en').click()
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    assert.equal(await byTestId(page, 'logout').textContent().then((t) => t?.trim()), 'Log out')
    assert.equal(await byTestId(page, 'tab-bookings').textContent().then((t) => t?.trim()), 'Bookings')

    // A history-mode deep link, reloaded: the server must answer with the SPA, not a 404
    await byTestId(page, 'me-shop').click()
    await page.waitForURL('**/shop')
    const response = await page.reload()
    assert.equal(response?.status(), 200)
    await byTestId(page, 'shop-page').waitFor()
    await byTestId(page, 'opening-hours').waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the language choice survives a reload')

    // Log out
    await byTestId(page, 'tab-me').click()
    await byTestId(page, 'logout').click()
    await page.waitForURL((url) => url.pathname === '/login')
    await byTestId(page, 'login-submit').waitFor()
    const session = await page.evaluate(() => localStorage.getItem('pitstop.session'))
    assert.equal(session, null)
  }))
