import * as vant from 'vant'
import { describe, expect, it } from 'vitest'

/**
 * The resolver imports each Vant component where a template uses it, but its style comes from one list in the
 * entry (src/plugins/vant.ts, which says why): a component or function API used without its style there would
 * show unstyled. Read as text, the way a reviewer would.
 */
const sources = import.meta.glob<string>(['/src/**/*.vue', '/src/**/*.ts', '!/src/api/schema.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
})
const styleList = import.meta.glob<string>('/src/plugins/vant.ts', { query: '?raw', import: 'default', eager: true })['/src/plugins/vant.ts'] ?? ''

const styled = new Set([...styleList.matchAll(/^import 'vant\/es\/([a-z-]+)\/style\/index'$/gm)].map((m) => m[1]))
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

/** The Vant function APIs, by the component whose style they need. */
const FUNCTION_STYLES: Record<string, string> = {
  showToast: 'toast',
  showSuccessToast: 'toast',
  showFailToast: 'toast',
  showLoadingToast: 'toast',
  showDialog: 'dialog',
  showConfirmDialog: 'dialog',
  showNotify: 'notify',
  showImagePreview: 'image-preview',
}

/** What each source file needs styled: the <van-*> its template names, the components and functions it imports. */
function needed(text: string): string[] {
  const tags = [...text.matchAll(/<van-([a-z-]+)/g)].map((m) => m[1] ?? '')
  const imported = [...text.matchAll(/import \{([^}]*)\} from 'vant'/g)].flatMap((m) =>
    (m[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type ')),
  )
  const components = imported.filter((name) => {
    const value: unknown = (vant as Record<string, unknown>)[name]
    return typeof value === 'object' && value !== null && String((value as { name?: unknown }).name).startsWith('van-')
  })
  const functions = imported.flatMap((name) => (FUNCTION_STYLES[name] ? [FUNCTION_STYLES[name]] : []))
  return [...tags, ...components.map(kebab), ...functions]
}

describe("Vant's styles", () => {
  it('are in the entry for every component and function API the app uses', () => {
    const missing = Object.entries(sources).flatMap(([file, text]) => needed(text).filter((name) => !styled.has(name)).map((name) => `${file}: ${name}`))
    expect(missing).toEqual([])
  })

  it('knows the uses it checks (the list is read, and so are the sources)', () => {
    expect(styled.has('button')).toBe(true)
    expect(needed(sources['/src/pages/manager/ManagerDesk.vue'] ?? '')).toContain('sticky')
    expect(needed(sources['/src/utils/confirm.ts'] ?? '')).toContain('dialog')
  })
})
