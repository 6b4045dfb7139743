// Journey: a brand-new car owner signs up on a phone (390x844) with the code sent by SMS, then logs out and in
// again: the device token of the registration stays on the device and goes with the next login.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   register-phone, register-send-code, register-code, register-code-sent, register-sandbox-hint,
//   register-name, register-password, register-confirm, register-submit                     (RegisterPage)
//   login-phone, login-password, login-submit                                             (LoginPage)
//   customer-home, tab-me, logout                                                         (home, Me)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { byTestId, codeCount, journey, lastCode, launchBrowser, randomPhone } from './support.mjs'

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

const PHONE = { viewport: { width: 390, height: 844 } }

test('a new owner registers with the SMS code, and the device token goes with their next login', () =>
  journey(
    browser,
    'register',
    async (page) => {
      const owner = { name: '新车主', phone: randomPhone('133'), password: 'Passw0rd-new' }
      await page.goto('/register')

      // --- The code: asked for from the code field, which then counts down ---------------------------------
      await byTestId(page, 'register-phone').locator('input').fill(owner.phone)
      const codes = await codeCount(owner.phone)
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/phone-codes') && r.request().method() === 'POST')
      await byTestId(page, 'register-send-code').click()
      const sent = await (await answered).json()
      assert.equal((await answered).status(), 202)

      const note = byTestId(page, 'register-code-sent')
      await note.waitFor()
      assert.match((await note.textContent()) ?? '', new RegExp(sent.sentTo.replace(/\*/g, '\\*')))
      const button = byTestId(page, 'register-send-code')
      assert.ok(await button.isDisabled(), 'no second code while the countdown runs')
      assert.match((await button.textContent()) ?? '', /\d+ 秒后重发/)
      const hint = byTestId(page, 'register-sandbox-hint')
      assert.equal(await hint.isVisible(), sent.sandbox, 'the sandbox hint shows exactly when no SMS is really sent')
      if (sent.sandbox) assert.match((await hint.textContent()) ?? '', new RegExp(`SMS to ${owner.phone} \\[PHONE_CODE\\]`))

      const code = byTestId(page, 'register-code').locator('input')
      assert.equal(await code.getAttribute('inputmode'), 'numeric')
      assert.equal(await code.getAttribute('autocomplete'), 'one-time-code')

      await byTestId(page, 'register-name').locator('input').fill(owner.name)
      await byTestId(page, 'register-password').locator('input').fill(owner.password)
      await byTestId(page, 'register-confirm').locator('input').fill(owner.password)

      // --- A wrong code is said under the code field -----------------------------------------------------
      const right = await lastCode(owner.phone, { after: codes })
      await code.fill(right === '000000' ? '111111' : '000000')
      await byTestId(page, 'register-submit').click()
      await byTestId(page, 'register-code').locator('.van-field__error-message').waitFor()
      assert.equal(new URL(page.url()).pathname, '/register')

      // --- The right one registers and logs in --------------------------------------------------------------
      await code.fill(right)
      const registered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/register'))
      await byTestId(page, 'register-submit').click()
      assert.equal((await registered).status(), 201)
      await byTestId(page, 'customer-home').waitFor()
      const device = await page.evaluate(() => localStorage.getItem('pitstop.device'))
      assert.ok(device, 'the registration leaves a device token on the device')

      // --- Logging out keeps the device token; the next login sends it -------------------------------------
      await byTestId(page, 'tab-me').click()
      await byTestId(page, 'logout').click()
      await page.waitForURL((url) => url.pathname === '/login')
      assert.equal(await page.evaluate(() => localStorage.getItem('pitstop.session')), null)
      assert.equal(await page.evaluate(() => localStorage.getItem('pitstop.device')), device)

      await byTestId(page, 'login-phone').locator('input').fill(owner.phone)
      await byTestId(page, 'login-password').locator('input').fill(owner.password)
      const loginRequest = page.waitForRequest((r) => r.url().endsWith('/api/v1/auth/login') && r.method() === 'POST')
      await byTestId(page, 'login-submit').click()
      assert.equal((await loginRequest).postDataJSON().deviceToken, device)
      await byTestId(page, 'customer-home').waitFor()
      assert.equal(await page.evaluate(() => localStorage.getItem('pitstop.device')), device, 'a known device keeps its token')
    },
    PHONE,
  ))
