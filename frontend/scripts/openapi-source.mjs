// Which contract the SPA is built against: $PITSTOP_OPENAPI, else the real ../openapi/openapi.yaml,
// else (only until the backend publishes it) the provisional file beside package.json.
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export function openapiSource() {
  const fromEnv = process.env.PITSTOP_OPENAPI
  if (fromEnv) {
    const path = resolve(frontendDir, fromEnv)
    if (!existsSync(path)) throw new Error(`PITSTOP_OPENAPI points to a missing file: ${path}`)
    return { path, provisional: false }
  }
  const real = resolve(frontendDir, '../openapi/openapi.yaml')
  if (existsSync(real)) return { path: real, provisional: false }
  return { path: resolve(frontendDir, 'provisional-openapi.yaml'), provisional: true }
}
