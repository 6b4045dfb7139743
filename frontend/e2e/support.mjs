// Shared plumbing for the browser journeys: system Chromium through playwright-core (nothing is downloaded).
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.PITSTOP_BASE_URL ?? 'http://localhost:8081').replace(/\/$/, '')
export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results')

export const DEMO_CUSTOMER = { phone: '13900000001', password: 'demo1234', name: '李明' }

/** How long a step may take; the backend under test runs on a small CI machine. */
export const STEP_TIMEOUT = Number(process.env.PITSTOP_E2E_TIMEOUT ?? 15_000)

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.PITSTOP_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A phone: 375x812 at 2x, touch, Chinese. */
export async function newMobileContext(browser, options = {}) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  })
  context.setDefaultTimeout(STEP_TIMEOUT)
  return context
}

export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`)

/** Logs in through the login page and waits for the home page of the user's role. */
export async function login(page, { phone, password } = DEMO_CUSTOMER) {
  await page.goto('/login')
  await byTestId(page, 'login-phone').locator('input').fill(phone)
  await byTestId(page, 'login-password').locator('input').fill(password)
  await byTestId(page, 'login-submit').click()
  await page.locator('[data-testid="customer-home"], [data-testid="staff-home"]').first().waitFor()
}

/** Saves a full-page screenshot to e2e/results/<name>.png (results/ is gitignored). */
export async function screenshot(page, name) {
  await mkdir(RESULTS_DIR, { recursive: true })
  const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`)
  await page.screenshot({ path, fullPage: true }).catch(() => undefined)
  return path
}

/**
 * Runs one journey on a fresh page; on failure keeps a screenshot of where it stopped, then rethrows.
 * Use as: test('...', () => journey(browser, 'name', async (page) => { ... }))
 */
export async function journey(browser, name, steps, contextOptions) {
  const context = await newMobileContext(browser, contextOptions)
  const page = await context.newPage()
  try {
    await steps(page)
  } catch (error) {
    const path = await screenshot(page, `${name}-failure`)
    if (error instanceof Error) error.message += `\n(screenshot: ${path}; url: ${page.url()})`
    throw error
  } finally {
    await context.close()
  }
}
