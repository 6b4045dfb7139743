// Shared plumbing for the browser journeys: system Chromium through playwright-core (nothing is downloaded).
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.PITSTOP_BASE_URL ?? 'http://localhost:8081').replace(/\/$/, '')
export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results')

export const DEMO_CUSTOMER = { phone: '13900000001', password: 'demo1234', name: '李明' }
export const DEMO_MANAGER = { phone: '13800000001', password: 'demo1234', name: '赵敏' }
export const DEMO_ADVISOR = { phone: '13800000002', password: 'demo1234', name: '王芳' }
export const DEMO_TEAM_LEAD = { phone: '13800000004', password: 'demo1234', name: '刘强' }
export const DEMO_TECHNICIAN = { phone: '13800000005', password: 'demo1234', name: '孙磊' }
export const DEMO_INSPECTOR = { phone: '13800000007', password: 'demo1234' }
export const DEMO_CUSTOMER_SERVICE = { phone: '13800000008', password: 'demo1234' }
export const DEMO_PARTS = { phone: '13800000009', password: 'demo1234', name: '钱峰' }

/** How long a step may take; the backend under test runs on a small CI machine. */
/** A drawn signature as the API takes it (a 1x1 PNG), for journeys that sign a settlement through the API. */
export const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

/** Draws a signature with the pointer on the signature sheet's canvas (SignatureSheet) and signs. */
export async function drawSignature(page) {
  const canvas = page.locator('[data-testid="signature-canvas"]')
  await canvas.waitFor()
  await page.waitForTimeout(350) // the sheet slides in; the canvas is sized once it is open
  const box = await canvas.boundingBox()
  if (!box || box.width < 200) throw new Error(`the signature canvas does not fit the page: ${JSON.stringify(box)}`)
  await page.mouse.move(box.x + 30, box.y + box.height * 0.7)
  await page.mouse.down()
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(box.x + 30 + i * ((box.width - 60) / 12), box.y + box.height * (0.7 - 0.4 * Math.sin((i / 12) * Math.PI)))
  await page.mouse.up()
  await page.locator('[data-testid="signature-submit"]').click()
}

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

/**
 * The home page of each kind of user: managers (the desk of indicators), car owners, advisors (the board of bookings to confirm),
 * the workshop (the repair board), customer service (the complaint inbox), the parts specialist (what to issue now), other staff.
 */
const HOME_PAGES = ['manager-desk', 'customer-home', 'advisor-board', 'repair-board', 'complaint-inbox', 'parts-issue', 'staff-home']
  .map((id) => `[data-testid="${id}"]`)
  .join(', ')

/** Logs in through the login page and waits for the home page of the user's role. */
export async function login(page, { phone, password } = DEMO_CUSTOMER) {
  await page.goto('/login')
  await byTestId(page, 'login-phone').locator('input').fill(phone)
  await byTestId(page, 'login-password').locator('input').fill(password)
  await byTestId(page, 'login-submit').click()
  await page.locator(HOME_PAGES).first().waitFor()
}

/** Saves a full-page screenshot to e2e/results/<name>.png (results/ is gitignored). */
export async function screenshot(page, name) {
  await mkdir(RESULTS_DIR, { recursive: true })
  const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`)
  await page.screenshot({ path, fullPage: true }).catch(() => undefined)
  return path
}

/**
 * Collects what must never happen on a page: a Content-Security-Policy violation (Chromium reports each one on
 * the console: "Refused to ... because it violates the following Content Security Policy directive") and an
 * uncaught error or unhandled rejection of the SPA.
 */
function watchPage(page, label, problems) {
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) problems.push(`${label}: console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.stack ?? error.message}`))
}

function failOnProblems(problems) {
  if (problems.length) throw new Error(`The pages broke the Content-Security-Policy or threw:\n${problems.join('\n')}`)
}

/** Adds what the pages reported to a journey's own failure (it may well be the cause). */
function withProblems(error, problems) {
  if (error instanceof Error && problems.length && !error.message.startsWith('The pages broke'))
    error.message += `\n(meanwhile on the pages:\n${problems.join('\n')})`
}

/**
 * Runs one journey on a fresh page; on failure keeps a screenshot of where it stopped, then rethrows. A CSP
 * violation or an uncaught error on the page fails the journey too.
 * Use as: test('...', () => journey(browser, 'name', async (page) => { ... }))
 */
export async function journey(browser, name, steps, contextOptions) {
  const context = await newMobileContext(browser, contextOptions)
  const page = await context.newPage()
  const problems = []
  watchPage(page, 'page', problems)
  try {
    await steps(page)
    failOnProblems(problems)
  } catch (error) {
    const path = await screenshot(page, `${name}-failure`)
    if (error instanceof Error) error.message += `\n(screenshot: ${path}; url: ${page.url()})`
    withProblems(error, problems)
    throw error
  } finally {
    await context.close()
  }
}

/**
 * A journey across several users at once (a customer books, an advisor confirms): `open()` gives a fresh
 * phone (browser context) each time; on failure every open page leaves a screenshot. A CSP violation or an
 * uncaught error on any of the pages fails the journey too.
 */
export async function journeyOf(browser, name, steps, contextOptions) {
  const opened = []
  const problems = []
  const open = async (label = `page${opened.length + 1}`) => {
    const context = await newMobileContext(browser, contextOptions)
    const page = await context.newPage()
    watchPage(page, label, problems)
    opened.push({ label, context, page })
    return page
  }
  try {
    await steps(open)
    failOnProblems(problems)
  } catch (error) {
    const shots = []
    for (const { label, page } of opened) shots.push(`${label}: ${await screenshot(page, `${name}-${label}-failure`)} (${page.url()})`)
    if (error instanceof Error) error.message += `\n(screenshots: ${shots.join('; ')})`
    withProblems(error, problems)
    throw error
  } finally {
    for (const { context } of opened) await context.close()
  }
}

/**
 * Calls the API directly (to set up what a journey needs): JSON in and out, the bearer token when given.
 * Throws with the status and the problem body when the server refuses.
 */
export async function apiCall(method, path, token, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
  return text ? JSON.parse(text) : null
}

/** Logs in through the API: { accessToken, refreshToken, user }. */
export const apiLogin = ({ phone, password }) => apiCall('POST', '/api/v1/auth/login', null, { phone, password })

// The SMS the backend "sends": with PITSTOP_SMS_LOG set, it appends each one as a JSON line
// {id, channel, to, kind, text, params}. Registration needs the code it sent to the phone.

const SMS_LOG = process.env.PITSTOP_SMS_LOG
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function smsSent() {
  if (!SMS_LOG) throw new Error('PITSTOP_SMS_LOG is not set: it names the file where the backend writes the SMS it sends')
  let text
  try {
    text = await readFile(SMS_LOG, 'utf8')
  } catch (error) {
    if (error?.code === 'ENOENT') return [] // nothing sent yet
    throw error
  }
  const messages = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      messages.push(JSON.parse(line))
    } catch {
      // the line being written right now: read again on the next poll
    }
  }
  return messages
}

const samePhone = (a, b) => String(a).replace(/^\+?86/, '') === String(b).replace(/^\+?86/, '')

/** The one-time codes sent to a phone so far, oldest first. */
async function codesSentTo(phone) {
  return (await smsSent()).filter((m) => m.kind === 'PHONE_CODE' && samePhone(m.to, phone) && m.params?.code)
}

/** How many codes the phone has been sent: pass it as `after` to wait for the next one. */
export const codeCount = async (phone) => (await codesSentTo(phone)).length

/**
 * The newest code sent to `phone`, waiting up to `timeout` ms for it to be written; with `after`, for a code
 * beyond the first `after` ones (so that an older code is never taken for the one just asked for).
 */
export async function lastCode(phone, { after = 0, timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout
  for (;;) {
    const codes = await codesSentTo(phone)
    if (codes.length > after) return codes[codes.length - 1].params.code
    if (Date.now() >= deadline) throw new Error(`No PHONE_CODE SMS to ${phone} in ${SMS_LOG} within ${timeout} ms`)
    await sleep(100)
  }
}

/** Registers a car owner through the API, code and all: { accessToken, refreshToken, user, deviceToken }. */
export async function apiRegister({ name, phone, password }) {
  const after = await codeCount(phone)
  await apiCall('POST', '/api/v1/auth/phone-codes', null, { phone, purpose: 'REGISTER' })
  const code = await lastCode(phone, { after })
  return apiCall('POST', '/api/v1/auth/register', null, { name, phone, password, code })
}

// Test data: fresh each run, so that journeys never depend on demo data or on each other.

const pick = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('')

/** A mobile number nobody has: 137 and eight random digits. */
export const randomPhone = (prefix = '137') => prefix + pick('0123456789', 11 - prefix.length)

/** A Shanghai plate: 沪, an authority letter, five digits. */
export const randomPlate = () => `沪${pick('ABCDEFGHJKLMN', 1)}${pick('0123456789', 5)}`

/** 17 characters without I, O or Q. */
export const randomVin = () => `LSV${pick('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14)}`

/**
 * Signs up a new car owner through the registration page, with the code the backend sends to the phone, and
 * waits for their home page.
 */
export async function registerCustomer(page, { name, phone, password }) {
  await page.goto('/register')
  await byTestId(page, 'register-phone').locator('input').fill(phone)
  const after = await codeCount(phone)
  await byTestId(page, 'register-send-code').click()
  await byTestId(page, 'register-code').locator('input').fill(await lastCode(phone, { after }))
  await byTestId(page, 'register-name').locator('input').fill(name)
  await byTestId(page, 'register-password').locator('input').fill(password)
  await byTestId(page, 'register-confirm').locator('input').fill(password)
  await byTestId(page, 'register-submit').click()
  await byTestId(page, 'customer-home').waitFor()
}

/** Adds a vehicle from Me -> My vehicles and waits until the list shows it. */
export async function addVehicle(page, vehicle) {
  await byTestId(page, 'tab-me').click()
  await byTestId(page, 'me-vehicles').click()
  await byTestId(page, 'vehicle-add').click()
  const fields = { plate: vehicle.plate, vin: vehicle.vin, make: vehicle.make, model: vehicle.model, year: String(vehicle.year), mileage: String(vehicle.mileageKm) }
  for (const [field, value] of Object.entries(fields)) await byTestId(page, `vehicle-${field}`).locator('input').fill(value)
  await byTestId(page, 'vehicle-submit').click()
  await page.locator(`[data-testid="vehicle-card"][data-plate="${vehicle.plate}"]`).waitFor()
}

/**
 * Books the first free time of a service type from the Book tab, for the vehicle with this plate. Should
 * someone else take that time meanwhile, takes the first alternative offered. Returns the booking's reference
 * and the path of its page.
 */
export async function bookFirstSlot(page, { serviceType, plate, fault, mileageKm, handover }) {
  if (!(await byTestId(page, 'tab-book').isVisible())) await page.goto('/')
  await byTestId(page, 'tab-book').click()
  await page.locator(`[data-testid="service-option"][data-code="${serviceType}"]`).click()
  await byTestId(page, 'slot').first().click()
  await byTestId(page, 'book-next').click()
  await page.locator(`[data-testid="vehicle-option"][data-plate="${plate}"]`).click()
  if (fault) await byTestId(page, 'fault-description').locator('textarea').fill(fault)
  if (mileageKm !== undefined) await byTestId(page, 'booking-mileage').locator('input').fill(String(mileageKm))
  if (handover) await byTestId(page, `handover-${handover}`).click()
  await byTestId(page, 'book-next').click()
  await byTestId(page, 'book-submit').click()
  const booked = page.waitForURL(/\/bookings\/[^/]+$/)
  // Only if the time went meanwhile: the wizard is back on the time step offering free times; take the first.
  const offered = byTestId(page, 'alternative-slot').first()
  const tookAlternative = offered
    .waitFor()
    .then(() => offered.click())
    .then(() => byTestId(page, 'book-submit').click())
    .catch(() => undefined)
  await Promise.race([booked, tookAlternative])
  await booked
  await byTestId(page, 'booking-detail').waitFor()
  const reference = (await byTestId(page, 'booking-reference').textContent())?.trim() ?? ''
  return { reference, path: new URL(page.url()).pathname }
}

/** On the advisor's board, confirms the pending booking with this reference and waits until it leaves the list. */
export async function confirmPending(page, reference) {
  const item = page.locator(`[data-testid="pending-item"][data-reference="${reference}"]`)
  await item.waitFor()
  await item.locator('[data-testid="confirm-booking"]').click()
  await item.waitFor({ state: 'detached' })
}

/**
 * A fresh owner, registered through the API, whose car the demo's staff received, estimated (`items`, all approved
 * by the owner), dispatched, repaired and passed in quality check: the order is READY.
 * Returns { owner, registered, advisor, order }.
 */
export async function readyOrderOfNewOwner({ name, phonePrefix, car, symptoms, items, durationMinutes, diagnosis }) {
  const owner = { name, phone: randomPhone(phonePrefix), password: 'Passw0rd-test' }
  const registered = await apiRegister(owner)
  const vehicle = await apiCall('POST', '/api/v1/me/vehicles', registered.accessToken, {
    plate: randomPlate(),
    vin: randomVin(),
    ...car,
  })
  const [advisor, lead, technician, inspector] = await Promise.all(
    [DEMO_ADVISOR, DEMO_TEAM_LEAD, DEMO_TECHNICIAN, DEMO_INSPECTOR].map((who) => apiLogin(who)),
  )
  const move = (id, token, body) => apiCall('POST', `/api/v1/repair-orders/${id}/transitions`, token, body)
  const order = await apiCall('POST', '/api/v1/repair-orders', advisor.accessToken, {
    vehicleId: vehicle.id,
    mileageKm: car.mileageKm + 100,
    fuelLevel: 'HALF',
    warningLights: [],
    symptoms,
    faultReproduced: 'YES',
  })
  const estimated = await apiCall('POST', `/api/v1/repair-orders/${order.id}/estimate`, advisor.accessToken, {
    items,
    durationMinutes,
    diagnosis,
  })
  await apiCall('POST', `/api/v1/repair-orders/${order.id}/approval`, registered.accessToken, {
    decisions: estimated.estimate.items.map((item) => ({ itemId: item.id, decision: 'APPROVED' })),
  })
  await move(order.id, lead.accessToken, { to: 'DISPATCHED', technicianId: technician.user.id })
  await move(order.id, technician.accessToken, { to: 'IN_REPAIR' })
  await move(order.id, technician.accessToken, { to: 'QUALITY_CHECK' })
  const ready = await move(order.id, inspector.accessToken, { to: 'READY' })
  return { owner, registered, advisor, order: ready }
}
