/// <reference types="vitest/config" />
import { mkdirSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { VantResolver } from '@vant/auto-import-resolver'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { defineConfig, type Plugin } from 'vite'

const backend = process.env.PITSTOP_BACKEND_URL ?? 'http://localhost:8080'

/**
 * Vant's icon font is inlined (a data: URL), with a copy on Alibaba's CDN as a fallback source. The server's
 * Content-Security-Policy (font-src 'self' data:) blocks the CDN, and Chromium reports each blocked source as a
 * violation even though the inlined font loads: keep only the inlined one (nothing leaves for a CDN either).
 */
function vantIconFontInlineOnly(): Plugin {
  return {
    name: 'pitstop:vant-icon-font-inline-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]vant[\\/](?:es|lib)[\\/]icon[\\/]index\.css(?:\?|$)/.test(id)) return null
      return { code: code.replace(/,\s*url\((?:https?:)?\/\/[^)]*\)\s*format\("[^"]*"\)/g, ''), map: null }
    },
  }
}

/**
 * Writes target/chunk-graph.json beside the build (not into dist/, which is served): for each chunk, the source
 * modules in it and the chunks it imports statically and dynamically. e2e/delivery.e2e.mjs reads it to prove that a
 * car owner's pages pull in no staff module and to name the chunks a browser requested.
 */
function chunkGraph(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url))
  const name = (id: string) => (id.includes('/node_modules/') ? `node_modules/${id.split('/node_modules/').pop()}` : relative(root, id))
  return {
    name: 'pitstop:chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, unknown> = {}
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        chunks[output.fileName] = {
          entry: output.isEntry,
          facade: output.facadeModuleId ? name(output.facadeModuleId) : null,
          modules: output.moduleIds.map(name),
          imports: output.imports,
          dynamicImports: output.dynamicImports,
        }
      }
      mkdirSync(new URL('./target', import.meta.url), { recursive: true })
      writeFileSync(new URL('./target/chunk-graph.json', import.meta.url), `${JSON.stringify({ chunks }, null, 1)}\n`)
    },
  }
}

export default defineConfig({
  plugins: [
    vantIconFontInlineOnly(),
    chunkGraph(),
    vue(),
    // Each <van-*> a template uses is imported where it is used, in the app and in the tests; their styles are
    // in the entry (src/plugins/vant.ts says why). Only Vant's: the app's own components are imported by hand,
    // and Vant's types declare its global components, so no d.ts.
    Components({ dirs: [], dts: false, resolvers: [VantResolver({ importStyle: false })] }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/q': { target: backend, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/q': { target: backend, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
  },
  test: {
    environment: 'happy-dom',
    // Worker threads start faster than forked processes: 63 s instead of 78 s for the suite on two cores.
    pool: 'threads',
    include: ['tests/unit/**/*.spec.ts'],
    // Both languages up front (the app fetches a second one when picked): tests switch languages synchronously.
    setupFiles: ['tests/unit/setupLocales.ts'],
    restoreMocks: true,
    // Vant's per-component style modules import .css files: let Vite transform them instead of Node.
    server: { deps: { inline: ['vant'] } },
    unstubGlobals: true,
    environmentOptions: {
      happyDOM: { url: 'http://localhost:3000/' },
    },
  },
})
