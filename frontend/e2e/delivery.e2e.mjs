// Journey: how the SPA travels. The login page loads only the app's entry and the login chunk, compressed; a car
// owner going through their pages downloads no chunk holding a staff module (advisor, desk, manager, setup pages and
// components), and nobody downloads the charts before a page draws one. Chunks are named by what the build wrote
// to target/chunk-graph.json (vite.config.ts, chunkGraph), so this runs after a build of the SPA being served.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { byTestId, DEMO_CUSTOMER, journey, launchBrowser, login } from './support.mjs'

const GRAPH_FILE = new URL('../target/chunk-graph.json', import.meta.url)

/** Pages and components only staff reach (by their folder), and the staff's own home. */
const STAFF_MODULE = /^src\/(pages|components)\/(advisor|desk|manager|setup)\/|^src\/pages\/home\/StaffHome\.vue$/
const CHARTS = /^node_modules\/(echarts|zrender|vue-echarts)\//
/** The route components a car owner reaches (router/index.ts, routes without staff roles). */
const OWNER_PAGE =
  /^src\/pages\/(home\/(HomePage|CustomerHome)|auth\/\w+|booking\/\w+|vehicles\/\w+|repair\/(RepairListPage|RepairTrackerPage)|feedback\/\w+|notifications\/\w+|me\/MePage|shop\/\w+|errors\/\w+)\.vue$/
/** Where an owner goes in the journey: each of their tabs and the pages one tap away. */
const OWNER_PATHS = ['/', '/book', '/bookings', '/notifications', '/me', '/shop', '/vehicles', '/repairs', '/complaints']

let browser
let graph

before(async () => {
  try {
    graph = JSON.parse(readFileSync(GRAPH_FILE, 'utf8')).chunks
  } catch (error) {
    throw new Error(`${GRAPH_FILE.pathname} is missing: build the SPA first (npm run build). ${error}`)
  }
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

const entries = () => Object.keys(graph).filter((file) => graph[file].entry)

/** The chunks that load with the given ones: their static imports, transitively. */
function withStaticImports(files) {
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file) || !graph[file]) return
    seen.add(file)
    for (const imported of graph[file].imports) visit(imported)
  }
  files.forEach(visit)
  return seen
}

const modulesOf = (files) => [...files].flatMap((file) => graph[file].modules.map((module) => `${module} (in ${file})`))
const staffModulesIn = (files) => modulesOf(files).filter((module) => STAFF_MODULE.test(module))
const chartModulesIn = (files) => modulesOf(files).filter((module) => CHARTS.test(module))

/** Records the scripts and styles a page requests: chunk file, content encoding and bytes on the wire. */
function recordAssets(page) {
  const assets = []
  page.on('requestfinished', async (request) => {
    if (!['script', 'stylesheet'].includes(request.resourceType())) return
    const response = await request.response()
    const sizes = await request.sizes().catch(() => null)
    assets.push({
      file: new URL(request.url()).pathname.replace(/^\/assets\//, 'assets/'),
      encoding: response ? await response.headerValue('content-encoding') : null,
      bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
    })
  })
  return assets
}

test('the build keeps staff modules and the charts out of the chunks of the owner pages', () => {
  const ownerPages = Object.keys(graph).filter((file) => OWNER_PAGE.test(graph[file].facade ?? ''))
  assert.ok(ownerPages.length >= 15, `the owner's route components are chunks of their own (found ${ownerPages.join(', ')})`)
  const staffChunks = Object.keys(graph).filter((file) => graph[file].modules.some((module) => STAFF_MODULE.test(module)))
  assert.ok(staffChunks.length >= 10, 'the staff pages are in the build, in chunks of their own')

  const ownerGraph = withStaticImports([...entries(), ...ownerPages])
  assert.deepEqual(staffModulesIn(ownerGraph), [], 'an owner page pulls in a staff module')
  assert.deepEqual(chartModulesIn(ownerGraph), [], 'an owner page pulls in the charts')
})

test('the login page loads the entry and the login chunk only, compressed', () =>
  journey(browser, 'delivery-login', async (page) => {
    const assets = recordAssets(page)
    await page.goto('/login')
    await byTestId(page, 'login-submit').waitFor()
    await page.waitForLoadState('networkidle')

    const loginChunk = Object.keys(graph).find((file) => graph[file].facade === 'src/pages/auth/LoginPage.vue')
    const allowed = withStaticImports([...entries(), loginChunk])
    const scripts = assets.filter((asset) => asset.file.endsWith('.js'))
    assert.ok(scripts.length > 0, 'the login page loaded scripts')
    for (const { file } of scripts) assert.ok(allowed.has(file), `${file} is not the entry's or the login page's`)
    for (const { file, encoding } of assets) assert.equal(encoding, 'gzip', `${file} travels compressed`)
    const total = assets.reduce((sum, asset) => sum + asset.bytes, 0)
    console.log(`login page: ${assets.length} scripts and styles, ${total} bytes on the wire`)
  }))

test('an owner going through their pages downloads no staff chunk and no charts', () =>
  journey(browser, 'delivery-owner', async (page) => {
    const assets = recordAssets(page)
    await login(page, DEMO_CUSTOMER)
    await byTestId(page, 'customer-home').waitFor()
    for (const path of OWNER_PATHS) {
      await page.goto(path)
      await page.locator('#app [data-testid]').first().waitFor()
      await page.waitForLoadState('networkidle')
    }

    const requested = new Set(assets.filter((asset) => asset.file.endsWith('.js')).map((asset) => asset.file))
    const unknown = [...requested].filter((file) => !graph[file])
    assert.deepEqual(unknown, [], 'every script requested is a chunk of the build being served')
    assert.ok(requested.size >= 10, `the owner's pages loaded their chunks (${[...requested].join(', ')})`)
    assert.deepEqual(staffModulesIn(requested), [], 'an owner downloaded a staff module')
    assert.deepEqual(chartModulesIn(requested), [], 'an owner downloaded the charts')
  }))
