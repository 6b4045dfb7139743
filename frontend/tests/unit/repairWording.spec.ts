import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import type { RepairEventView } from '@/api/types'
import { useRepairWording, type EventWording } from '@/composables/useRepairWording'
import { applyLocale, i18n } from '@/i18n'

function wordingOf(event: RepairEventView): EventWording {
  let wording: EventWording | undefined
  mount(
    defineComponent({
      setup() {
        wording = useRepairWording().event(event)
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return wording!
}

const automatic = {
  id: 7,
  type: 'UPDATE',
  at: '2026-12-08T01:10:00Z',
  automatic: true,
  message: '自动进度：等待配件，预计还需 380 分钟 / Automatic update: Waiting for parts, about 380 minutes left',
  step: 'Waiting for parts',
  remainingMinutes: 380,
} as unknown as RepairEventView

describe('an automatic progress update', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('is said in the reader language only, from its step and time left, never the stored two-language text', () => {
    applyLocale('en')
    const en = wordingOf(automatic)
    expect(en.title).toBe('Automatic progress note')
    expect(en.details.join(' | ')).not.toContain('自动进度')
    expect(en.details.join(' | ')).toContain('Waiting for parts')
    expect(en.details.join(' | ')).toMatch(/6 h(ours?)? 20 min/)

    applyLocale('zh-CN')
    const zh = wordingOf(automatic)
    expect(zh.details.join(' | ')).not.toContain('Automatic update')
    expect(zh.details.join(' | ')).toContain('6 小时 20 分钟')
  })

  it('a person update keeps its own words', () => {
    applyLocale('zh-CN')
    const person = wordingOf({ ...automatic, automatic: false, message: '正在更换电机' } as RepairEventView)
    expect(person.details[0]).toBe('正在更换电机')
  })
})
