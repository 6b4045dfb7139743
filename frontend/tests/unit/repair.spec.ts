import { describe, expect, it } from 'vitest'
import type { RepairStatus } from '@/api/types'
import { boardItems, defaultBoardFilter } from '@/utils/board'
import {
  approvalTotals,
  byRound,
  cancelsOrder,
  decidableItems,
  decisionsOf,
  declinedRequired,
  supplementFindings,
} from '@/utils/estimateApproval'
import { draftIssues, draftTotals, emptyItem, toItemRequest } from '@/utils/estimateDraft'
import { lineCents, parseDecimal, typedLineCents } from '@/utils/money'
import { latestDelay, timeLeft } from '@/utils/promisedTime'
import { splitHistory, trackerStep } from '@/utils/repairStatus'
import {
  needsReason,
  newSettlementLine,
  settlementDifference,
  settlementDraft,
  settlementIssues,
  settlementTotals,
  toSettlementLine,
} from '@/utils/settlementDraft'
import { zonedInstant, zoneOffsetMinutes } from '@/utils/time'
import { item, order, summary } from './repairFixtures'

describe('money', () => {
  it('computes line amounts in fen exactly, rounding half up like the server', () => {
    expect(lineCents(1.5, 200)).toBe(30000)
    expect(lineCents(3, 0.1)).toBe(30) // 0.30, not 0.30000000000000004
    expect(lineCents(0.33, 1.5)).toBe(50) // 0.495 -> 0.50
    expect(lineCents(4, 12.5)).toBe(5000)
    expect(lineCents(9999, 1_000_000)).toBe(999_900_000_000)
  })

  it('amounts an estimate item or a settlement line as typed, and none while a number is missing', () => {
    expect(typedLineCents({ quantity: '1.5', unitPrice: '200' })).toBe(30000)
    expect(typedLineCents({ ...newSettlementLine(), unitPrice: '12.50' })).toBe(1250)
    expect(typedLineCents({ ...emptyItem(), unitPrice: '' })).toBeNull()
    expect(typedLineCents({ quantity: 'x', unitPrice: '3' })).toBeNull()
  })

  it('reads decimals as typed, with at most two places', () => {
    expect(parseDecimal('12')).toBe(12)
    expect(parseDecimal(' 12.50 ')).toBe(12.5)
    expect(parseDecimal('1,200.5')).toBe(1200.5)
    expect(parseDecimal('1.234')).toBeNull()
    expect(parseDecimal('-3')).toBeNull()
    expect(parseDecimal('')).toBeNull()
    expect(parseDecimal('abc')).toBeNull()
  })
})

describe('estimate approval', () => {
  const required = item({ id: 'a', amount: 780, necessity: 'REQUIRED' })
  const optional = item({ id: 'b', amount: 380, necessity: 'OPTIONAL' })

  it('totals what is accepted, declined and still open as the owner toggles', () => {
    expect(approvalTotals([required, optional], {}, 0)).toEqual({ accepted: 0, declined: 0, undecided: 116000, undecidedCount: 2, orderTotal: 0 })
    expect(approvalTotals([required, optional], { a: 'APPROVED' }, 0)).toMatchObject({ accepted: 78000, undecidedCount: 1, orderTotal: 78000 })
    expect(approvalTotals([required, optional], { a: 'APPROVED', b: 'DECLINED' }, 0)).toEqual({
      accepted: 78000,
      declined: 38000,
      undecided: 0,
      undecidedCount: 0,
      orderTotal: 78000,
    })
  })

  it('adds what was approved before (a supplement on top of the estimate)', () => {
    expect(approvalTotals([optional], { b: 'APPROVED' }, 1840).orderTotal).toBe(184000 + 38000)
  })

  it('sends only the choices made, and spots declined required items', () => {
    expect(decisionsOf([required, optional], { b: 'DECLINED' })).toEqual([{ itemId: 'b', decision: 'DECLINED' }])
    expect(declinedRequired([required, optional], { a: 'DECLINED', b: 'DECLINED' })).toEqual([required])
  })

  it('offers the estimate while awaiting approval, and supplements while the order is open', () => {
    const estimate = item({ round: 0 })
    const supplement = item({ round: 1 })
    const decided = item({ round: 1, decision: 'APPROVED' })
    expect(decidableItems(order({ status: 'AWAITING_APPROVAL', estimate: { ...order().estimate, items: [estimate] } }))).toEqual([estimate])
    expect(decidableItems(order({ status: 'IN_REPAIR', estimate: { ...order().estimate, items: [estimate, supplement, decided] } }))).toEqual([supplement])
    expect(decidableItems(order({ status: 'DELIVERED', estimate: { ...order().estimate, items: [supplement] } }))).toEqual([])
  })

  it('knows that declining every item of the estimate cancels the order', () => {
    const awaiting = order({ status: 'AWAITING_APPROVAL', estimate: { ...order().estimate, items: [required, optional] } })
    expect(cancelsOrder(awaiting, { a: 'DECLINED', b: 'DECLINED' })).toBe(true)
    expect(cancelsOrder(awaiting, { a: 'APPROVED', b: 'DECLINED' })).toBe(false)
    expect(cancelsOrder(order({ status: 'IN_REPAIR', estimate: awaiting.estimate }), { a: 'DECLINED', b: 'DECLINED' })).toBe(false)
  })

  it('groups by round and finds what each supplement was about', () => {
    const rounds = byRound([item({ round: 1 }), item({ round: 0 }), item({ round: 1 })])
    expect(rounds.map((r) => [r.round, r.items.length])).toEqual([
      [0, 1],
      [1, 2],
    ])
    expect(
      supplementFindings([
        { type: 'SUPPLEMENT_SENT', seq: 9, message: '刹车盘裂纹' },
        { type: 'UPDATE', seq: 8, message: 'x' },
        { type: 'SUPPLEMENT_SENT', seq: 12, message: '雨刮老化' },
      ]),
    ).toEqual({ 1: '刹车盘裂纹', 2: '雨刮老化' })
  })
})

describe('estimate editor', () => {
  it('says what is missing in a line, within the server limits', () => {
    expect(draftIssues(emptyItem())).toEqual(['description', 'unitPrice', 'reason'])
    const line = { ...emptyItem('PART'), sublet: true, description: '刹车片', quantity: '0', unitPrice: '480', reason: '磨损' }
    expect(draftIssues(line)).toEqual(['quantity'])
    expect(draftIssues({ ...line, quantity: '2', unitPrice: '1000000.01' })).toEqual(['unitPrice'])
    expect(draftIssues({ ...line, quantity: '2' })).toEqual([])
  })

  it('totals labour and parts, required and optional', () => {
    const labour = { ...emptyItem('LABOUR'), quantity: '1.5', unitPrice: '200' }
    const part = { ...emptyItem('PART', 'OPTIONAL'), quantity: '4', unitPrice: '12.5' }
    const broken = { ...emptyItem('PART'), quantity: 'x', unitPrice: '10' }
    expect(draftTotals([labour, part, broken])).toEqual({ labour: 30000, parts: 5000, required: 30000, optional: 5000, total: 35000 })
  })

  it('sends numbers, trimmed texts, and a part number only for parts', () => {
    const line = { ...emptyItem('LABOUR'), description: ' 检测 ', partNumber: 'X1', quantity: '1', unitPrice: '200.5', reason: ' 需要 ' }
    expect(toItemRequest(line)).toEqual({ kind: 'LABOUR', description: '检测', quantity: 1, unitPrice: 200.5, necessity: 'REQUIRED', reason: '需要' })
    expect(toItemRequest({ ...line, kind: 'PART' }).partNumber).toBe('X1')
  })
})

describe('settlement', () => {
  const approved = item({ id: 'a', kind: 'PART', quantity: 4, unitPrice: 12.5, amount: 50, decision: 'APPROVED' })
  const declined = item({ id: 'b', decision: 'DECLINED', amount: 300 })
  const ready = order({ status: 'READY', estimate: { ...order().estimate, items: [approved, declined], approvedTotal: 50 } })

  it('starts from one line per approved item, as estimated (declined work is never billed)', () => {
    const lines = settlementDraft(ready)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ itemId: 'a', quantity: '4', unitPrice: '12.5', estimated: 5000, differenceReason: '' })
    expect(lines.map(needsReason)).toEqual([false])
    expect(settlementTotals(lines)).toEqual({ estimated: 5000, total: 5000, difference: 0 })
  })

  it('asks for the reason of a difference and of a new line, and totals against the estimate', () => {
    const [line] = settlementDraft(ready)
    if (!line) throw new Error('no line')
    const changed = { ...line, quantity: '5' }
    expect(settlementDifference(changed)).toBe(1250)
    expect(needsReason(changed)).toBe(true)
    expect(settlementIssues(changed)).toEqual(['differenceReason'])
    expect(settlementIssues({ ...changed, differenceReason: '多用一块平衡块' })).toEqual([])

    const added = { ...newSettlementLine('PART'), sublet: true, description: '刹车盘', unitPrice: '120' }
    expect(needsReason(added)).toBe(true)
    expect(settlementDifference(added)).toBe(12000)
    expect(settlementIssues(added)).toEqual(['differenceReason'])
    expect(settlementTotals([changed, added])).toEqual({ estimated: 5000, total: 6250 + 12000, difference: 1250 + 12000 })
  })

  it('lets an approved item be billed at 0 (not done) with its reason, but not a new line', () => {
    const [line] = settlementDraft(ready)
    if (!line) throw new Error('no line')
    expect(settlementIssues({ ...line, quantity: '0', differenceReason: '客户取消' })).toEqual([])
    expect(settlementIssues({ ...newSettlementLine('LABOUR'), description: 'x', quantity: '0', unitPrice: '1', differenceReason: 'y' })).toEqual(['quantity'])
  })

  it('sends the reason only where there is a difference', () => {
    const [line] = settlementDraft(ready)
    if (!line) throw new Error('no line')
    expect(toSettlementLine({ ...line, differenceReason: 'leftover' })).toEqual({ itemId: 'a', kind: 'PART', description: line.description, quantity: 4, unitPrice: 12.5 })
    expect(toSettlementLine({ ...line, quantity: '5', differenceReason: ' 多一块 ' }).differenceReason).toBe('多一块')
  })

  it('reissues from the settlement already issued', () => {
    const issued = order({
      status: 'READY',
      settlement: {
        lines: [{ id: 'l-a', itemId: 'a', kind: 'PART', description: '平衡块', quantity: 5, unitPrice: 12.5, estimatedAmount: 50, amount: 62.5, difference: 12.5, differenceReason: '多一块', decision: 'APPROVED' }],
        estimatedTotal: 50,
        total: 62.5,
        difference: 12.5,
        issuedAt: '2030-10-07T12:00:00+08:00',
        pendingLines: 0,
      },
    })
    expect(settlementDraft(issued)).toEqual([expect.objectContaining({ itemId: 'a', quantity: '5', estimated: 5000, differenceReason: '多一块' })])
  })
})

describe('tracker', () => {
  it('maps statuses to the six steps the owner sees', () => {
    const statuses = ['CHECKED_IN', 'AWAITING_APPROVAL', 'APPROVED', 'WAITING_PARTS', 'QUALITY_CHECK', 'READY', 'DELIVERED', 'CANCELLED'] as const satisfies readonly RepairStatus[]
    expect(statuses.map(trackerStep)).toEqual([
      0, 1, 2, 2, 3, 4, 5, -1,
    ])
  })

  it('counts the time left to the promise, and past it', () => {
    const promise = '2030-10-07T12:00:00+08:00'
    expect(timeLeft(promise, new Date('2030-10-07T03:00:00Z'))).toEqual({ minutes: 60, overdue: false })
    expect(timeLeft(promise, new Date('2030-10-07T03:59:30Z'))).toEqual({ minutes: 1, overdue: false })
    expect(timeLeft(promise, new Date('2030-10-07T04:05:00Z'))).toEqual({ minutes: 5, overdue: true })
  })

  it('shows the latest delay', () => {
    const delay = (declaredAt: string, detail: string) => ({
      reason: 'HIDDEN_FAULT' as const,
      detail,
      previousPromisedAt: declaredAt,
      newPromisedAt: declaredAt,
      compensation: 'NONE' as const,
      declaredAt,
      noticeMinutes: 60,
    })
    expect(latestDelay({ delays: [delay('2030-10-07T10:00:00+08:00', 'second'), delay('2030-10-07T09:00:00+08:00', 'first')] })?.detail).toBe('second')
    expect(latestDelay({ delays: [] })).toBeNull()
  })
})

describe('board', () => {
  const list = [
    summary({ id: 'late', status: 'IN_REPAIR', promisedAt: '2030-10-07T10:00:00+08:00', technicianName: '孙磊' }),
    summary({ id: 'safety', status: 'APPROVED', safetyCritical: true, promisedAt: '2030-10-07T11:00:00+08:00' }),
    summary({ id: 'early', status: 'IN_REPAIR', promisedAt: '2030-10-07T09:00:00+08:00', technicianName: '周杰' }),
    summary({ id: 'new', status: 'CHECKED_IN' }),
    summary({ id: 'done', status: 'DELIVERED', technicianName: '孙磊' }),
    summary({ id: 'ready', status: 'READY', technicianName: '孙磊' }),
  ]
  const viewer = { name: '孙磊' }

  it('puts safety-critical work first, then the promise that comes first', () => {
    expect(boardItems(list, 'open', viewer).map((o) => o.id)).toEqual(['safety', 'early', 'late', 'new', 'ready'])
  })

  it("filters by stage, and a technician's own cars in the workshop", () => {
    expect(boardItems(list, 'workshop', viewer).map((o) => o.id)).toEqual(['early', 'late'])
    expect(boardItems(list, 'mine', viewer).map((o) => o.id)).toEqual(['late'])
    expect(boardItems(list, 'done', viewer).map((o) => o.id)).toEqual(['done'])
  })

  it('starts each role where its work is', () => {
    expect(defaultBoardFilter('TEAM_LEAD')).toBe('dispatch')
    expect(defaultBoardFilter('INSPECTOR')).toBe('qc')
    expect(defaultBoardFilter('TECHNICIAN')).toBe('mine')
    expect(defaultBoardFilter('ADVISOR')).toBe('open')
  })

  it("splits a customer's orders into open ones and history, latest first", () => {
    const { open, past } = splitHistory([
      summary({ id: 'a', status: 'DELIVERED', checkedInAt: '2030-01-01T08:00:00+08:00' }),
      summary({ id: 'b', status: 'READY', checkedInAt: '2030-10-07T08:00:00+08:00' }),
      summary({ id: 'c', status: 'CANCELLED', checkedInAt: '2030-05-01T08:00:00+08:00' }),
    ])
    expect(open.map((o) => o.id)).toEqual(['b'])
    expect(past.map((o) => o.id)).toEqual(['c', 'a'])
  })
})

describe('shop time', () => {
  it('turns a wall-clock time at the shop into an instant with its offset', () => {
    expect(zonedInstant('2030-10-07', '18:30', 'Asia/Shanghai')).toBe('2030-10-07T18:30:00+08:00')
    expect(zoneOffsetMinutes('Asia/Shanghai', new Date('2030-10-07T00:00:00Z'))).toBe(480)
    expect(zonedInstant('2030-07-01', '09:00', 'Europe/Berlin')).toBe('2030-07-01T09:00:00+02:00')
    expect(zonedInstant('2030-01-15', '09:00', 'Europe/Berlin')).toBe('2030-01-15T09:00:00+01:00')
    expect(new Date(zonedInstant('2030-10-07', '18:30', 'Asia/Shanghai')).toISOString()).toBe('2030-10-07T10:30:00.000Z')
  })
})
