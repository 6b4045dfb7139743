// npm run lint:api — redocly lint of the contract, with ../openapi/redocly.yaml when it exists.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative, resolve } from 'node:path'
import { frontendDir, openapiSource } from './openapi-source.mjs'

const { path, provisional } = openapiSource()
const config = resolve(frontendDir, '../openapi/redocly.yaml')
const args = ['lint', path]
if (existsSync(config)) args.push('--config', config)
else console.warn('lint:api: ../openapi/redocly.yaml not found, using redocly defaults')
if (provisional) console.warn(`lint:api: ../openapi/openapi.yaml not found, linting ${relative(frontendDir, path)}`)

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js')
const result = spawnSync(process.execPath, [cli, ...args], {
  cwd: frontendDir,
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
})
process.exit(result.status ?? 1)
