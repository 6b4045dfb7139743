// Lighthouse (mobile, performance only) of a running Pitstop's login page, several runs, with a same-run reference.
//
//   npm run lighthouse -- [url]        url defaults to $PITSTOP_URL, then http://localhost:8080/login
//
// Starts no Pitstop: point it at one (java -jar backend/target/quarkus-app/quarkus-run.jar). Uses Lighthouse 12.2.3
// through npx (13 needs Node 22) and the system Chromium ($CHROME_PATH, default /usr/bin/chromium). Each run of the
// page is followed by a run of a minimal Vue page served by this script, so that a slow moment of the machine
// shows as a low reference too: the ratio page/reference is the figure that compares across machines and hours.
// Prints each run and the medians; writes the reports to lighthouse-results/ (LIGHTHOUSE_RUNS, default 3).
import { spawn } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const LIGHTHOUSE = 'lighthouse@12.2.3'
const target = process.argv[2] ?? process.env.PITSTOP_URL ?? 'http://localhost:8080/login'
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const outDir = join(process.cwd(), 'lighthouse-results')
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/**
 * The reference: a minimal Vue page (Vue's own production build and a login-like form of two fields and a button,
 * compressed like Pitstop's files), so that it feels the machine's load as the SPA does: a busy CPU lowers both.
 */
const REFERENCE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Reference</title>
<script src="/vue.js" defer></script><script src="/app.js" defer></script></head><body><div id="app"></div></body></html>`
const REFERENCE_APP = `Vue.createApp({
  data: () => ({ phone: '', password: '' }),
  template: '<main style="padding:24px;font-family:sans-serif"><h1>Reference</h1><p>A minimal Vue page.</p>' +
    '<form @submit.prevent><p><input v-model="phone" placeholder="Phone"></p>' +
    '<p><input v-model="password" type="password" placeholder="Password"></p><button>Log in</button></form></main>',
}).mount('#app')`
const REFERENCE_FILES = {
  '/': { type: 'text/html; charset=utf-8', body: Buffer.from(REFERENCE_PAGE) },
  '/vue.js': {
    type: 'text/javascript',
    body: await readFile(new URL('../node_modules/vue/dist/vue.global.prod.js', import.meta.url)),
  },
  '/app.js': { type: 'text/javascript', body: Buffer.from(REFERENCE_APP) },
}

function lighthouse(url, outputPath) {
  const args = [
    '--yes', LIGHTHOUSE, url,
    '--only-categories=performance',
    '--form-factor=mobile', // the default preset: Moto G Power, slow 4G, 4x CPU slowdown (simulated)
    '--output=json', `--output-path=${outputPath}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run',
    '--quiet',
  ]
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code} for ${url}`))))
  })
}

async function measure(url, name) {
  const path = join(outDir, `${name}.json`)
  await lighthouse(url, path)
  const report = JSON.parse(await readFile(path, 'utf8'))
  const audit = (id) => report.audits[id]?.numericValue
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    bytes: audit('total-byte-weight'),
    path,
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

await mkdir(outDir, { recursive: true })
const server = createServer((req, res) => {
  const file = REFERENCE_FILES[new URL(req.url ?? '/', 'http://reference').pathname]
  if (!file) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip', 'cache-control': 'no-cache' })
  res.end(gzipSync(file.body))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const referenceUrl = `http://127.0.0.1:${server.address().port}/`

const results = []
try {
  for (let i = 1; i <= runs; i++) {
    const page = await measure(target, `page-${i}`)
    const reference = await measure(referenceUrl, `reference-${i}`)
    results.push({ page, reference })
    console.log(
      `run ${i}: ${target} performance ${page.score} (FCP ${page.fcpMs} ms, LCP ${page.lcpMs} ms, TBT ${page.tbtMs} ms, ` +
        `${page.bytes} bytes) | reference ${reference.score} (LCP ${reference.lcpMs} ms)`,
    )
  }
} finally {
  server.close()
}

const pageScore = median(results.map((r) => r.page.score))
const referenceScore = median(results.map((r) => r.reference.score))
console.log(
  `median of ${runs}: performance ${pageScore}, LCP ${median(results.map((r) => r.page.lcpMs))} ms, ` +
    `${median(results.map((r) => r.page.bytes))} bytes; reference ${referenceScore}; ` +
    `ratio ${(pageScore / referenceScore).toFixed(2)}; reports in ${outDir}`,
)
