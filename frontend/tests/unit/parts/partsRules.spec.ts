import { describe, expect, it } from 'vitest'
import { addQ, askedCount, issueOrder, listFieldErrors, parseQuantity, poStatusTag, quantityText, subQ } from '@/utils/parts'
import { emptyPartDraft, partDraftIssues, partDraftOf, partRequestOf, preferOnly } from '@/utils/partsCatalogue'
import { addCountLine, countDifference, countIssue, countLineOf, countRequestOf, countSummary } from '@/utils/partsCount'
import { draftsFromSuggestions, draftTotalCents, lineForPart, poLineIssue, poProgress, poRequestOf, suppliesPart } from '@/utils/partsPurchase'
import { checkWarning, openQuantity, passedOf, receiptRequestOf, receiveDraftOf, receiveIssue, receiveSummary } from '@/utils/partsReceiving'
import { bosch, brakePads, faw, issueItem, oil, oilFilter, part, poLine, suggestion } from './fixtures'

describe('the issue queue', () => {
  it('puts lines a technician asked for first (oldest ask first), then the rest by approval', () => {
    const items = [
      issueItem('a', { askedAt: '2030-10-07T01:00:00Z' }),
      issueItem('b', { askedAt: '2030-10-07T00:30:00Z' }),
      issueItem('c', { askedAt: '2030-10-07T02:00:00Z', requestedAt: '2030-10-07T03:10:00Z' }),
      issueItem('d', { askedAt: '2030-10-07T02:30:00Z', requestedAt: '2030-10-07T03:00:00Z' }),
    ]
    expect(issueOrder(items).map((i) => i.lineId)).toEqual(['d', 'c', 'b', 'a'])
    expect(askedCount(items)).toBe(2)
  })
})

describe('quantities', () => {
  it('are positive numbers with at most two decimals, whole for pieces and sets', () => {
    expect(parseQuantity('2')).toBe(2)
    expect(parseQuantity(' 1.25 ', 'LITRE')).toBe(1.25)
    expect(parseQuantity('1.5', 'PIECE')).toBeNull()
    expect(parseQuantity('0')).toBeNull()
    expect(parseQuantity('0', 'PIECE', true)).toBe(0)
    expect(parseQuantity('-1')).toBeNull()
    expect(parseQuantity('1.234')).toBeNull()
    expect(parseQuantity('')).toBeNull()
  })

  it('add and subtract in hundredths, and show without trailing zeros', () => {
    expect(addQ(0.1, 0.2)).toBe(0.3)
    expect(subQ(4.2, 4.5)).toBe(-0.3)
    expect(quantityText(2)).toBe('2')
    expect(quantityText(1.5, true)).toBe('+1.5')
    expect(quantityText(-1, true)).toBe('-1')
    expect(quantityText(0, true)).toBe('0')
  })

  it('tag purchase order statuses', () => {
    expect(poStatusTag('PARTLY_RECEIVED')).toBe('warning')
    expect(poStatusTag('CANCELLED')).toBe('danger')
  })
})

describe('field errors of a list', () => {
  it('go to their line and field; the rest by name', () => {
    const { byIndex, rest } = listFieldErrors([
      { field: 'receive.request.lines[1].rejectReason', message: 'required when rejecting' },
      { field: 'lines[0].arrived', message: 'must be greater than 0' },
      { field: 'receive.request.inspectorId', message: 'is not an active inspector' },
    ])
    expect(byIndex).toEqual({ 1: { rejectReason: 'required when rejecting' }, 0: { arrived: 'must be greater than 0' } })
    expect(rest).toEqual({ inspectorId: 'is not an active inspector' })
  })
})

describe('a stock count', () => {
  const filter = part(oilFilter)

  it('shows the difference live and wants a reason only when the count differs', () => {
    const line = countLineOf(filter)
    expect(countDifference(line)).toBeNull()
    expect(countIssue(line)).toBe('counted')
    expect(countIssue({ ...line, counted: '6' })).toBeNull()
    expect(countDifference({ ...line, counted: '5' })).toBe(-1)
    expect(countIssue({ ...line, counted: '5' })).toBe('reason')
    expect(countIssue({ ...line, counted: '5', reason: ' 破损未登记 ' })).toBeNull()
    expect(countIssue({ ...line, counted: '5.5' })).toBe('counted') // pieces are whole
  })

  it('adds a part once, sums up, and sends a reason only where it differs', () => {
    let lines = addCountLine([], filter)
    lines = addCountLine(lines, filter)
    lines = addCountLine(lines, part(oil, { stock: { onHand: 20, reserved: 0, available: 20, onOrder: 0, short: 0 } }))
    expect(lines).toHaveLength(2)
    lines = [{ ...lines[0]!, counted: '6', reason: 'left over' }, { ...lines[1]!, counted: '18.5', reason: ' 上次盘点误差 ' }]
    expect(countSummary(lines)).toEqual({ lines: 2, differing: 1, ready: true })
    expect(countRequestOf(lines, '  ')).toEqual({
      note: null,
      lines: [
        { partId: 'p-1', counted: 6, reason: null },
        { partId: 'p-3', counted: 18.5, reason: '上次盘点误差' },
      ],
    })
  })
})

describe('receiving', () => {
  const lines = [poLine('l-1', { quantity: 10, received: 4, rejected: 1 }), poLine('l-2', { quantity: 2, received: 2 }, brakePads)]

  it('offers the open lines, expected in full and passing every check', () => {
    const drafts = receiveDraftOf(lines)
    expect(drafts).toHaveLength(1)
    expect(openQuantity(lines[0]!)).toBe(6)
    expect(drafts[0]).toMatchObject({ arrived: 6, rejected: 0, checks: { specOk: true, packagingOk: true } })
  })

  it('wants a reason for a rejection, never more rejected than arrived or more arrived than open, and warns of a failed check with nothing rejected', () => {
    const [draft] = receiveDraftOf(lines)
    expect(receiveIssue({ ...draft!, rejected: 2 })).toBe('rejectReason')
    expect(receiveIssue({ ...draft!, rejected: 2, rejectReason: '型号不符' })).toBeNull()
    expect(receiveIssue({ ...draft!, arrived: 1, rejected: 2, rejectReason: 'x' })).toBe('rejectedOverArrived')
    expect(receiveIssue({ ...draft!, arrived: 7 })).toBe('arrivedOverOpen')
    expect(checkWarning({ ...draft!, checks: { ...draft!.checks, packagingOk: false } })).toBe(true)
    expect(checkWarning({ ...draft!, rejected: 1, checks: { ...draft!.checks, packagingOk: false } })).toBe(false)
    expect(passedOf({ arrived: 6, rejected: 2 })).toBe(4)
  })

  it('sends only the lines that arrived, with their index in the form', () => {
    const drafts = receiveDraftOf([poLine('l-1'), poLine('l-2', { quantity: 2 }, brakePads)])
    drafts[0] = { ...drafts[0]!, arrived: 0 }
    drafts[1] = { ...drafts[1]!, rejected: 1, rejectReason: ' 外包装破损 ', checks: { ...drafts[1]!.checks, packagingOk: false } }
    const { request, draftIndex } = receiptRequestOf(drafts, 'i-1', '')
    expect(draftIndex).toEqual([1])
    expect(request).toEqual({
      inspectorId: 'i-1',
      note: null,
      lines: [{ lineId: 'l-2', arrived: 2, rejected: 1, rejectReason: '外包装破损', specOk: true, modelOk: true, quantityOk: true, genuineOk: true, packagingOk: false }],
    })
    expect(receiveSummary(drafts)).toEqual({ arrived: 2, passed: 1, rejected: 1, lines: 1 })
  })
})

describe('purchase orders', () => {
  it('from suggestions: one draft per supplier, each part once with the larger quantity; those without a supplier apart', () => {
    const { drafts, noSupplier } = draftsFromSuggestions([
      suggestion(oilFilter, faw, 4),
      suggestion(brakePads, bosch, 2, 'SHORTAGE'),
      suggestion(oilFilter, faw, 6, 'SHORTAGE'),
      suggestion(oil, faw, 20),
      suggestion(oil, null, 3, 'SHORTAGE'),
    ])
    expect(noSupplier.map((s) => s.partId)).toEqual(['p-3'])
    expect(drafts.map((d) => d.supplier.id)).toEqual(['s-1', 's-2'])
    expect(drafts[0]!.lines.map((l) => [l.part.id, l.quantity, l.unitCost])).toEqual([
      ['p-1', '6', '42.50'],
      ['p-3', '20', '42.50'],
    ])
  })

  it('by hand: the supplier\'s agreed price, checked lines, the total in fen and the request', () => {
    const filter = part(oilFilter)
    const line = lineForPart(filter, faw.id, 3)
    expect(line.unitCost).toBe('42.50')
    expect(lineForPart(filter, bosch.id).unitCost).toBe('')
    expect(suppliesPart(filter, bosch.id)).toBe(false)
    expect(poLineIssue({ ...line, quantity: '1.5' })).toBe('quantity')
    expect(poLineIssue({ ...line, unitCost: '' })).toBe('unitCost')
    expect(draftTotalCents([line, { ...line, quantity: '2', unitCost: '0.35' }])).toBe(12750 + 70)
    expect(draftTotalCents([{ ...line, quantity: '' }])).toBeNull()
    expect(poRequestOf(faw.id, [line], ' 加急 ')).toEqual({ supplierId: 's-1', note: '加急', lines: [{ partId: 'p-1', quantity: 3, unitCost: 42.5 }] })
    expect(poProgress([poLine('a', { quantity: 10, received: 4, rejected: 1 }), poLine('b', { quantity: 2, received: 2 })])).toEqual({ ordered: 12, received: 6, rejected: 1 })
  })
})

describe('the part form', () => {
  it('refuses what the server would, field by field', () => {
    expect(partDraftIssues(emptyPartDraft())).toEqual({ partNumber: 'required', nameZh: 'required', brand: 'required', listPrice: 'required' })
    const draft = { ...partDraftOf(part(oilFilter)), warrantyKm: '2万', listPrice: '12.345' }
    expect(partDraftIssues(draft)).toEqual({ warrantyKm: 'whole', listPrice: 'number' })
    const two = preferOnly(
      [
        { supplierId: 's-1', leadTimeDays: '3', purchasePrice: '42.50', preferred: true },
        { supplierId: 's-2', leadTimeDays: '5', purchasePrice: '40', preferred: false },
      ],
      's-2',
    )
    expect(two.map((s) => s.preferred)).toEqual([false, true])
    expect(partDraftIssues({ ...partDraftOf(part(oilFilter)), suppliers: two.map((s) => ({ ...s, preferred: true })) })).toEqual({ suppliers: 'preferred' })
    expect(partDraftIssues({ ...partDraftOf(part(oilFilter)), suppliers: [{ ...two[0]!, leadTimeDays: '0' }] })).toEqual({ suppliers: 'supplier' })
  })

  it('round-trips a part into its request', () => {
    const request = partRequestOf({ ...partDraftOf(part(oilFilter, { nameEn: null, location: null, warrantyKm: null })), nameZh: ' 机油滤清器 ' })
    expect(request).toEqual({
      partNumber: '06L115562B',
      nameZh: '机油滤清器',
      nameEn: null,
      brand: '大众原厂',
      origin: 'GENUINE',
      unit: 'PIECE',
      listPrice: 68,
      minStock: 4,
      warrantyMonths: 12,
      warrantyKm: null,
      location: null,
      active: true,
      suppliers: [{ supplierId: 's-1', leadTimeDays: 3, purchasePrice: 42.5, preferred: true }],
    })
  })
})
