import { describe, expect, it } from 'vitest'
import { formatDuration } from '@/utils/duration'

describe('a configured limit in words', () => {
  it('says minutes, whole hours and several whole days as the server does', () => {
    expect(formatDuration('PT15M', 'zh-CN')).toBe('15 分钟')
    expect(formatDuration('PT1H', 'zh-CN')).toBe('1 小时')
    expect(formatDuration('PT1H30M', 'zh-CN')).toBe('90 分钟')
    expect(formatDuration('PT72H', 'zh-CN')).toBe('3 天')
    expect(formatDuration('PT24H', 'zh-CN')).toBe('24 小时')
    expect(formatDuration('P2D', 'en')).toBe('48 hours')
    expect(formatDuration('P3D', 'en')).toBe('3 days')
    expect(formatDuration('PT1M', 'en')).toBe('1 minute')
    expect(formatDuration('PT2H', 'en')).toBe('2 hours')
  })

  it('leaves alone what is not a duration', () => {
    for (const value of ['P', 'PT', '15', 'PART_OUT_OF_STOCK', 'PT5X', '']) expect(formatDuration(value, 'zh-CN')).toBeNull()
  })
})
