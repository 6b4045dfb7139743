import { describe, expect, it } from 'vitest'
import en from '@/locales/en.json'
import zhCN from '@/locales/zh-CN.json'

type Messages = { [key: string]: string | Messages }

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

describe('locales', () => {
  const zh = flatten(zhCN)
  const english = flatten(en)

  it('zh-CN and en have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort())
  })

  it('no message is empty', () => {
    for (const [key, message] of [...zh, ...english]) expect(message.trim(), key).not.toBe('')
  })

  it('each message uses the same placeholders in both languages', () => {
    for (const [key, message] of zh) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(message))
    }
  })
})
