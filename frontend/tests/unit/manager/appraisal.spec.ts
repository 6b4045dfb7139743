import { describe, expect, it } from 'vitest'
import type { AppraisalView } from '@/api/types'
import { appraisalOrder, gradeCounts, gradeOf, monthOver, validRating, weightSum, weightsProblem } from '@/utils/appraisal'

const appraisal = (over: Partial<AppraisalView>): AppraisalView => ({
  month: '2026-11',
  staffId: 's',
  name: '王芳',
  role: 'ADVISOR',
  components: [],
  closed: false,
  ...over,
})

describe("a role's weights", () => {
  it('add up as typed, without floating-point dust', () => {
    expect(weightSum({ SATISFACTION: 30, SERVICE_COMPLETION: 20, SELF: 10, SUPERVISOR: 40 })).toBe(100)
    expect(weightSum({ A: 33.3, B: 33.3, C: 33.4 })).toBe(100)
    expect(weightSum({ A: 0.1, B: 0.2 })).toBe(0.3)
    expect(weightSum({})).toBe(0)
  })

  it('can be saved only when they add up to exactly 100, each between 0 and 100', () => {
    expect(weightsProblem({ A: 70, B: 30 })).toBeNull()
    expect(weightsProblem({ A: 70, B: 25 })).toEqual({ kind: 'sum', sum: 95 })
    expect(weightsProblem({ A: 70, B: 35 })).toEqual({ kind: 'sum', sum: 105 })
    expect(weightsProblem({ A: 110, B: -10 })).toEqual({ kind: 'range', component: 'A' })
    expect(weightsProblem({ A: 100, B: Number.NaN })).toEqual({ kind: 'range', component: 'B' })
    expect(weightsProblem({ A: 0, B: 100 })).toBeNull()
  })
})

describe('grades and months', () => {
  it('grades a 100-point score: excellent from 90, good from 80, pass from 60', () => {
    expect(gradeOf(90)).toBe('EXCELLENT')
    expect(gradeOf(89.99)).toBe('GOOD')
    expect(gradeOf(80)).toBe('GOOD')
    expect(gradeOf(79.9)).toBe('PASS')
    expect(gradeOf(60)).toBe('PASS')
    expect(gradeOf(59.99)).toBe('FAIL')
    expect(gradeOf(null)).toBeNull()
  })

  it('closes only a month that is over', () => {
    expect(monthOver('2026-11', '2026-12-02')).toBe(true)
    expect(monthOver('2026-12', '2026-12-31')).toBe(false)
  })

  it('takes ratings from 0 to 100', () => {
    expect([validRating(0), validRating(100), validRating(85.5)]).toEqual([true, true, true])
    expect([validRating(-1), validRating(101), validRating(null)]).toEqual([false, false, false])
  })

  it('lists by role, best score first, the ungraded last', () => {
    const list = [
      appraisal({ name: 'T', role: 'TECHNICIAN', score: 95, grade: 'EXCELLENT' }),
      appraisal({ name: 'A-low', score: 70, grade: 'PASS' }),
      appraisal({ name: 'A-none' }),
      appraisal({ name: 'A-high', score: 91, grade: 'EXCELLENT' }),
    ]
    expect([...list].sort(appraisalOrder).map((a) => a.name)).toEqual(['A-high', 'A-low', 'A-none', 'T'])
    expect(gradeCounts(list)).toEqual({ EXCELLENT: 2, GOOD: 0, PASS: 1, FAIL: 0, NONE: 1 })
  })
})
