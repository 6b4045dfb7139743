import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { ApiError, toApiError } from '@/api/problem'
import { useApiError } from '@/composables/useApiError'
import { applyLocale, i18n } from '@/i18n'
import { waitOf } from '@/utils/retryAfter'
import { problem } from './support'

/** describe() of useApiError, which needs a component around it. */
function describer(): (error: unknown) => string {
  let describe: ((error: unknown) => string) | undefined
  mount(
    defineComponent({
      setup() {
        describe = useApiError().describe
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  if (!describe) throw new Error('not mounted')
  return describe
}

const throttled = (retryAfter: number | null) => new ApiError(429, { type: 'about:blank', title: 'Too Many Requests', status: 429 }, retryAfter)
const unavailable = (retryAfter: number | null) => new ApiError(503, { type: 'about:blank', title: 'Service unavailable', status: 503 }, retryAfter)

describe('how long to wait, as a person says it', () => {
  it('says seconds under a minute, minutes up to an hour and a half, then hours; always rounded up', () => {
    expect(waitOf(1)).toEqual({ unit: 'seconds', n: 1 })
    expect(waitOf(42.2)).toEqual({ unit: 'seconds', n: 43 })
    expect(waitOf(59)).toEqual({ unit: 'seconds', n: 59 })
    expect(waitOf(60)).toEqual({ unit: 'minutes', n: 1 })
    expect(waitOf(61)).toEqual({ unit: 'minutes', n: 2 })
    expect(waitOf(900)).toEqual({ unit: 'minutes', n: 15 })
    expect(waitOf(3600)).toEqual({ unit: 'minutes', n: 60 })
    expect(waitOf(5400)).toEqual({ unit: 'minutes', n: 90 })
    expect(waitOf(5401)).toEqual({ unit: 'hours', n: 2 })
    expect(waitOf(86_400)).toEqual({ unit: 'hours', n: 24 })
  })

  it('never says "0 s" or NaN', () => {
    expect(waitOf(0)).toEqual({ unit: 'seconds', n: 1 })
    expect(waitOf(-5)).toEqual({ unit: 'seconds', n: 1 })
    expect(waitOf(Number.NaN)).toEqual({ unit: 'seconds', n: 1 })
  })
})

describe('reading Retry-After', () => {
  it('takes seconds, or an HTTP date, from 429 and 503 answers', async () => {
    expect(toApiError(null, problem(429, {}, { 'Retry-After': '42' })).retryAfter).toBe(42)
    expect(toApiError(null, problem(503, {}, { 'Retry-After': '5' })).retryAfter).toBe(5)
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString()
    const fromDate = toApiError(null, problem(429, {}, { 'Retry-After': inTwoMinutes })).retryAfter ?? 0
    expect(fromDate).toBeGreaterThan(115)
    expect(fromDate).toBeLessThanOrEqual(120)
    expect(toApiError(null, problem(429)).retryAfter).toBeNull()
    expect(toApiError(null, problem(429, {}, { 'Retry-After': 'soon' })).retryAfter).toBeNull()
  })
})

describe('telling the user to wait', () => {
  beforeEach(() => applyLocale('zh-CN'))

  it('says how many seconds, minutes or hours to wait after a 429', () => {
    const describe = describer()
    expect(describe(throttled(30))).toBe('操作太频繁，请 30 秒后再试')
    expect(describe(throttled(600))).toBe('操作太频繁，请 10 分钟后再试')
    expect(describe(throttled(86_400))).toBe('操作太频繁，请 24 小时后再试')
    expect(describe(throttled(null))).toBe('操作太频繁，请稍后再试')
  })

  it('says so in English, with plurals', () => {
    applyLocale('en')
    const describe = describer()
    expect(describe(throttled(30))).toBe('Too many attempts; try again in 30 s.')
    expect(describe(throttled(60))).toBe('Too many attempts; try again in 1 minute.')
    expect(describe(throttled(900))).toBe('Too many attempts; try again in 15 minutes.')
    expect(describe(throttled(7200))).toBe('Too many attempts; try again in 2 hours.')
  })

  it('says the service is briefly unavailable after a 503, with its Retry-After when given', () => {
    const describe = describer()
    expect(describe(unavailable(5))).toBe('服务暂时不可用，请 5 秒后再试')
    expect(describe(unavailable(null))).toBe('服务暂时不可用，请稍后再试')
    applyLocale('en')
    expect(describer()(unavailable(5))).toBe('The service is briefly unavailable; please try again in 5 s.')
  })

  it('keeps its other words for other failures', () => {
    const describe = describer()
    expect(describe(new ApiError(500, null))).toBe('服务暂时不可用，请稍后重试')
    expect(describe(new ApiError(0, null))).toBe('网络连接失败，请检查网络后重试')
  })
})
