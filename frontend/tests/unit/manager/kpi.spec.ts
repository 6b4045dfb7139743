import { describe, expect, it } from 'vitest'
import type { IndicatorFigure, KpiItem } from '@/api/types'
import {
  ALL_INDICATORS,
  familyOf,
  figureStatus,
  groupByFamily,
  itemRoute,
  peopleOrder,
  sortedItems,
  statusCounts,
  statusOf,
  toneOf,
  trendOf,
} from '@/utils/kpi'

const item = (over: Partial<KpiItem>): KpiItem => ({
  kind: 'ORDER',
  id: 'o-1',
  reference: 'RO-1',
  at: '2026-11-20T04:00:00Z',
  numerator: 1,
  denominator: 1,
  missed: false,
  ...over,
})

const figure = (over: Partial<IndicatorFigure>): IndicatorFigure => ({ numerator: 0, denominator: 0, items: 0, status: 'NONE', ...over })

describe('how a figure stands against its target', () => {
  it('is green at or above an at-least target, amber within 5 points, red beyond', () => {
    expect(statusOf(98, 98, 'AT_LEAST')).toBe('GREEN')
    expect(statusOf(99.5, 98, 'AT_LEAST')).toBe('GREEN')
    expect(statusOf(93, 98, 'AT_LEAST')).toBe('AMBER')
    expect(statusOf(92.9, 98, 'AT_LEAST')).toBe('RED')
    expect(statusOf(94.7, 100, 'AT_LEAST')).toBe('RED')
  })

  it('reads an at-most target the other way round', () => {
    expect(statusOf(4, 5, 'AT_MOST')).toBe('GREEN')
    expect(statusOf(10, 5, 'AT_MOST')).toBe('AMBER')
    expect(statusOf(10.1, 5, 'AT_MOST')).toBe('RED')
  })

  it('has no verdict without a value or without a target (a tracked-only indicator): neutral, never red', () => {
    expect(statusOf(null, 85, 'AT_LEAST')).toBe('NONE')
    expect(statusOf(undefined, 85, 'AT_LEAST')).toBe('NONE')
    expect(statusOf(40, null, 'AT_LEAST')).toBe('NONE')
    expect(toneOf('NONE')).toBe('neutral')
    expect([toneOf('GREEN'), toneOf('AMBER'), toneOf('RED')]).toEqual(['good', 'warn', 'bad'])
  })

  it("takes the server's status when it gives one", () => {
    expect(figureStatus({ target: 85, direction: 'AT_LEAST' }, { value: 70, status: 'AMBER' })).toBe('AMBER')
  })

  it('counts the figures by status for the summary', () => {
    expect(statusCounts([{ status: 'RED' }, { status: 'RED' }, { status: 'GREEN' }])).toEqual({ RED: 2, AMBER: 0, GREEN: 1, NONE: 0 })
  })
})

describe('the trend against the previous period', () => {
  it('is better when an at-least figure rose and worse when it fell', () => {
    expect(trendOf(90, 85, 'AT_LEAST')).toEqual({ arrow: 'up', verdict: 'better', delta: 5 })
    expect(trendOf(80, 85, 'AT_LEAST')).toMatchObject({ arrow: 'down', verdict: 'worse' })
  })

  it('is better when an at-most figure (comebacks, complaints per 100 orders) fell', () => {
    expect(trendOf(2, 5, 'AT_MOST')).toMatchObject({ arrow: 'down', verdict: 'better' })
    expect(trendOf(6, 5, 'AT_MOST')).toMatchObject({ arrow: 'up', verdict: 'worse' })
  })

  it('is flat below what one decimal shows, and absent without both values', () => {
    expect(trendOf(85.02, 85, 'AT_LEAST')).toEqual({ arrow: 'flat', verdict: 'same', delta: 0 })
    expect(trendOf(85, null, 'AT_LEAST')).toBeNull()
    expect(trendOf(undefined, 85, 'AT_LEAST')).toBeNull()
  })
})

describe('indicators on the desk', () => {
  it('puts every indicator of the contract in a family, and an unknown one under "other"', () => {
    expect(ALL_INDICATORS).toHaveLength(30)
    expect(new Set(ALL_INDICATORS).size).toBe(30)
    expect(familyOf('SATISFACTION')).toBe('satisfaction')
    expect(familyOf('SOMETHING_NEW')).toBe('other')
  })

  it('groups in the order of the service journey, leaving out empty families', () => {
    const groups = groupByFamily([{ code: 'COMPLAINTS_HANDLED' }, { code: 'SOMETHING_NEW' }, { code: 'BOOKING_CONFIRMED_IN_TIME' }])
    expect(groups.map((g) => g.family)).toEqual(['booking', 'complaints', 'other'])
  })

  it('lists the people furthest from the target first', () => {
    const people = [
      figure({ value: 90, status: 'GREEN', subject: { id: 'a', name: 'A' } }),
      figure({ value: 60, status: 'RED', subject: { id: 'b', name: 'B' } }),
      figure({ value: 82, status: 'AMBER', subject: { id: 'c', name: 'C' } }),
      figure({ value: 50, status: 'RED', subject: { id: 'd', name: 'D' } }),
      figure({ status: 'NONE', subject: { id: 'e', name: 'E' } }),
    ]
    expect(people.sort(peopleOrder('AT_LEAST')).map((f) => f.subject?.name)).toEqual(['D', 'B', 'C', 'A', 'E'])
  })
})

describe('the items behind a figure', () => {
  it('lists the missed ones first, then the newest', () => {
    const items = [
      item({ reference: 'old-ok', at: '2026-11-01T00:00:00Z' }),
      item({ reference: 'new-missed', at: '2026-11-20T00:00:00Z', missed: true }),
      item({ reference: 'new-ok', at: '2026-11-21T00:00:00Z' }),
      item({ reference: 'old-missed', at: '2026-11-02T00:00:00Z', missed: true }),
    ]
    expect(sortedItems(items).map((i) => i.reference)).toEqual(['new-missed', 'old-missed', 'new-ok', 'old-ok'])
    expect(sortedItems(items, true).map((i) => i.reference)).toEqual(['new-missed', 'old-missed'])
  })

  it('opens the staff page of a booking, an order or a complaint', () => {
    expect(itemRoute({ kind: 'BOOKING', id: 'b1' })).toEqual({ name: 'booking', params: { id: 'b1' } })
    expect(itemRoute({ kind: 'ORDER', id: 'o1' })).toEqual({ name: 'desk-repair', params: { id: 'o1' } })
    expect(itemRoute({ kind: 'COMPLAINT', id: 'c1' })).toEqual({ name: 'desk-complaint', params: { id: 'c1' } })
    expect(itemRoute({ kind: 'PART', id: 'p1' })).toEqual({ name: 'parts-part', params: { id: 'p1' } })
    expect(itemRoute({ kind: 'PURCHASE_ORDER', id: 'po1' })).toEqual({ name: 'parts-purchase-order', params: { id: 'po1' } })
    expect(itemRoute({ kind: 'SOMETHING', id: 'x' })).toBeNull()
  })
})
