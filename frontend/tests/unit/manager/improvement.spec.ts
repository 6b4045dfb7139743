import { describe, expect, it } from 'vitest'
import type { ImprovementView } from '@/api/types'
import { daysLeft, effectOf, improvementItems, improvementState } from '@/utils/improvement'

const NOW = Date.parse('2026-12-02T06:00:00Z')
let seq = 0
const action = (over: Partial<ImprovementView>): ImprovementView => ({
  id: `i-${++seq}`,
  title: 'x',
  action: 'a',
  expectedEffect: 'e',
  owner: { id: 'u', name: '王芳' },
  deadline: '2026-12-10T10:00:00Z',
  status: 'OPEN',
  overdue: false,
  createdAt: '2026-11-20T00:00:00Z',
  ...over,
})

describe('improvement actions', () => {
  it('are overdue once past the deadline, even before the job marks them', () => {
    expect(improvementState(action({ overdue: true }), NOW)).toBe('overdue')
    expect(improvementState(action({ deadline: '2026-12-01T10:00:00Z' }), NOW)).toBe('overdue')
    expect(improvementState(action({}), NOW)).toBe('open')
    expect(improvementState(action({ status: 'DONE', overdue: true }), NOW)).toBe('done')
  })

  it('list the overdue first, then the open by deadline; "open" includes the overdue', () => {
    const list = [
      action({ title: 'later', deadline: '2026-12-20T10:00:00Z' }),
      action({ title: 'done', status: 'DONE', doneAt: '2026-11-30T00:00:00Z' }),
      action({ title: 'sooner', deadline: '2026-12-05T10:00:00Z' }),
      action({ title: 'late', overdue: true, deadline: '2026-11-30T10:00:00Z' }),
    ]
    expect(improvementItems(list, 'open', NOW).map((i) => i.title)).toEqual(['late', 'sooner', 'later'])
    expect(improvementItems(list, 'overdue', NOW).map((i) => i.title)).toEqual(['late'])
    expect(improvementItems(list, 'done', NOW).map((i) => i.title)).toEqual(['done'])
    expect(improvementItems(list, 'all', NOW)).toHaveLength(4)
  })

  it("judge the indicator's move by its direction", () => {
    expect(effectOf({ before: 80, after: 88 }, 'AT_LEAST')?.verdict).toBe('better')
    expect(effectOf({ before: 8, after: 5 }, 'AT_MOST')?.verdict).toBe('better')
    expect(effectOf({ before: 80 }, 'AT_LEAST')).toBeNull()
  })

  it('count the days left to the deadline', () => {
    expect(daysLeft('2026-12-05T06:00:00Z', NOW)).toBe(3)
    expect(daysLeft('2026-12-01T06:00:00Z', NOW)).toBe(-1)
  })
})
