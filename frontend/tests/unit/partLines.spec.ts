import { describe, expect, it } from 'vitest'
import type { LineSupply } from '@/api/partsOnOrder'
import type { EstimateItemView, NotificationKind, NotificationView, SettlementLineView, SettlementView } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { draftFromItems, draftIssues, emptyItem, lineProblems, pickPart, setSublet, toItemRequest } from '@/utils/estimateDraft'
import {
  newSettlementLine,
  pickSettlementPart,
  setSettlementSublet,
  settlementDraft,
  settlementIssues,
  settlementPartLabel,
  toSettlementLine,
} from '@/utils/settlementDraft'
import {
  askedAt,
  availability,
  awaitedParts,
  bothLanguages,
  canAskForParts,
  delayProposal,
  isCatalogueItem,
  isSubletItem,
  lastArrival,
  lineWarranty,
  missingOldParts,
  oldPartLines,
  oldPartProblemLine,
  toOldParts,
} from '@/utils/partLines'
import { isKnownEventType } from '@/utils/liveOrder'
import { notificationText } from '@/utils/notifications'
import { cataloguePart } from './partsFixtures'
import { item, order } from './repairFixtures'

const NOW = new Date('2030-10-07T02:00:00Z')
const supplied = (supply: LineSupply, overrides: Partial<EstimateItemView> = {}): EstimateItemView => ({
  ...item({ kind: 'PART', decision: 'APPROVED', partId: 'p-1', ...overrides }),
  supply,
})

describe('what the catalogue has for a line', () => {
  it('is in stock when the available quantity covers the line', () => {
    expect(availability(cataloguePart(), 2, NOW)).toEqual({ kind: 'AVAILABLE', available: 2 })
    expect(availability(cataloguePart(), null, NOW)).toEqual({ kind: 'AVAILABLE', available: 2 }) // one, while typing
  })

  it('is short with an arrival by now + the preferred supplier lead time when more is on order than awaited', () => {
    const part = cataloguePart({ stock: { onHand: 1, reserved: 1, available: 0, onOrder: 4, short: 1 } })
    expect(availability(part, 1, NOW)).toEqual({ kind: 'SHORT', available: 0, by: '2030-10-09T02:00:00.000Z' })
  })

  it('is to be bought when what is on order is already awaited, with the lead time', () => {
    const part = cataloguePart({ stock: { onHand: 1, reserved: 0, available: 1, onOrder: 2, short: 2 } })
    expect(availability(part, 3, NOW)).toEqual({ kind: 'TO_BUY', available: 1, leadTimeDays: 2 })
    expect(availability({ ...part, suppliers: [] }, 3, NOW)).toEqual({ kind: 'TO_BUY', available: 1, leadTimeDays: null })
  })
})

describe('a part line of the estimate', () => {
  it('takes the number, name and list price of the part picked, keeping a description of its own', () => {
    const picked = pickPart(emptyItem('PART'), cataloguePart(), '前刹车片')
    expect(picked).toMatchObject({ partId: 'p-1', partNumber: '5Q0698151B', description: '前刹车片', unitPrice: '480', sublet: false })
    expect(draftIssues({ ...picked, reason: '磨损' })).toEqual([])
    const other = cataloguePart({ id: 'p-2', partNumber: 'X2', nameZh: '后刹车片', listPrice: 380 })
    expect(pickPart(picked, other, '后刹车片').description).toBe('后刹车片') // the old name goes with the old part
    expect(pickPart({ ...picked, description: '前刹车片（陶瓷）' }, other, '后刹车片').description).toBe('前刹车片（陶瓷）')
  })

  it('must name a catalogue part unless it is sublet, and sends the partId only then', () => {
    const line = { ...emptyItem('PART'), description: '平衡块', quantity: '4', unitPrice: '12.5', reason: '脱落' }
    expect(draftIssues(line)).toEqual(['part'])
    const sublet = setSublet({ ...line, partNumber: 'W-12' }, true)
    expect(draftIssues(sublet)).toEqual([])
    expect(toItemRequest(sublet)).toEqual({ kind: 'PART', description: '平衡块', partNumber: 'W-12', quantity: 4, unitPrice: 12.5, necessity: 'REQUIRED', reason: '脱落' })

    const picked = pickPart(line, cataloguePart(), '前刹车片')
    expect(toItemRequest(picked)).toMatchObject({ partId: 'p-1', partNumber: '5Q0698151B' })
    const backToSublet = setSublet(picked, true)
    expect(backToSublet.partId).toBeNull()
    expect(toItemRequest(backToSublet)).not.toHaveProperty('partId')
    expect(toItemRequest({ ...picked, kind: 'LABOUR' })).not.toHaveProperty('partId')
    expect(setSublet(backToSublet, false).partNumber).toBe('') // the catalogue asks for a pick again
  })

  it('reads a line sent before as catalogue or sublet', () => {
    const [catalogue, sublet, labour] = draftFromItems([
      item({ kind: 'PART', partNumber: '5Q0698151B', partId: 'p-1' }),
      item({ kind: 'PART', partNumber: 'W-12' }),
      item({ kind: 'LABOUR' }),
    ])
    expect(catalogue).toMatchObject({ partId: 'p-1', sublet: false, partNumber: '5Q0698151B' })
    expect(sublet).toMatchObject({ partId: null, sublet: true })
    expect(labour).toMatchObject({ sublet: false })
  })

  it('tells catalogue lines from sublet ones on the order', () => {
    expect(isCatalogueItem(supplied({ state: 'RESERVED' }))).toBe(true)
    expect(isSubletItem(item({ kind: 'PART' }))).toBe(true)
    expect(isSubletItem(item({ kind: 'LABOUR' }))).toBe(false)
  })
})

describe('an order waiting for parts', () => {
  const waiting = order({
    status: 'WAITING_PARTS',
    promisedAt: '2030-10-07T17:00:00+08:00',
    estimate: {
      items: [
        supplied({ state: 'SHORT', expectedAt: '2030-10-09T10:00:00+08:00' }, { id: 'late', description: '空调压缩机' }),
        supplied({ state: 'RESERVED' }, { id: 'on-shelf' }),
        supplied({ state: 'SHORT', expectedAt: '2030-10-08T10:00:00+08:00' }, { id: 'early', description: '前刹车片' }),
        supplied({ state: 'SHORT', expectedAt: '2030-10-08T09:00:00+08:00' }, { id: 'declined', decision: 'DECLINED' }),
      ],
      approvedTotal: 0,
      pendingTotal: 0,
      declinedTotal: 0,
      pendingCount: 0,
    },
  })

  it('names the approved parts awaited, earliest first, and when the last arrives', () => {
    expect(awaitedParts(waiting).map((a) => a.item.id)).toEqual(['early', 'late'])
    expect(lastArrival(waiting)).toBe('2030-10-09T10:00:00+08:00')
  })

  it('proposes the delay until it is declared', () => {
    const proposal = { reason: 'PART_OUT_OF_STOCK' as const, detail: '空调压缩机预计 10月9日 到货', newPromisedAt: '2030-10-09T15:00:00+08:00' }
    expect(delayProposal({ ...waiting, delayProposal: proposal })).toEqual(proposal)
    expect(delayProposal(waiting)).toBeNull()
    expect(delayProposal({ ...waiting, promisedAt: proposal.newPromisedAt, delayProposal: proposal })).toBeNull()
    expect(delayProposal({ ...waiting, status: 'IN_REPAIR', delayProposal: proposal })).toBeNull()
  })
})

describe('a text for every reader', () => {
  it('says both languages once, or the one there is', () => {
    expect(bothLanguages('刹车盘缺货', 'Brake disc short')).toBe('刹车盘缺货 / Brake disc short')
    expect(bothLanguages('刹车盘缺货', null)).toBe('刹车盘缺货')
    expect(bothLanguages(' same ', 'same')).toBe('same')
  })
})

describe('asking for parts', () => {
  const reserved = order({ status: 'IN_REPAIR', estimate: { items: [supplied({ state: 'RESERVED' })], approvedTotal: 0, pendingTotal: 0, declinedTotal: 0, pendingCount: 0 } })
  it('is for the assigned technician or a team lead, while parts are reserved and not asked for', () => {
    expect(canAskForParts(reserved, { id: 'u-5', role: 'TECHNICIAN' })).toBe(true)
    expect(canAskForParts(reserved, { id: 'u-6', role: 'TECHNICIAN' })).toBe(false)
    expect(canAskForParts(reserved, { id: 'u-4', role: 'TEAM_LEAD' })).toBe(true)
    expect(canAskForParts(reserved, { id: 'u-2', role: 'ADVISOR' })).toBe(false)
    expect(canAskForParts({ ...reserved, status: 'QUALITY_CHECK' }, { id: 'u-5', role: 'TECHNICIAN' })).toBe(false)
  })
  it('says when it was asked, and is not offered twice', () => {
    const asked = order({ status: 'IN_REPAIR', estimate: { ...reserved.estimate, items: [supplied({ state: 'RESERVED', requestedAt: '2030-10-07T10:05:00+08:00' })] } })
    expect(canAskForParts(asked, { id: 'u-5', role: 'TECHNICIAN' })).toBe(false)
    expect(askedAt(asked)).toBe('2030-10-07T10:05:00+08:00')
    expect(askedAt(reserved)).toBeNull()
  })
})

describe('the old parts at hand-over', () => {
  const line = (id: string, overrides: Partial<SettlementLineView>): SettlementLineView => ({
    id,
    kind: 'PART',
    description: id,
    quantity: 1,
    unitPrice: 1,
    amount: 1,
    difference: 0,
    decision: 'APPROVED',
    ...overrides,
  })
  const settlement = {
    lines: [
      line('pads', { partId: 'p-1' }),
      line('weights', {}),
      line('labour', { kind: 'LABOUR' }),
      line('wipers', { partId: 'p-2', decision: 'DECLINED' }),
      line('disc', { partId: 'p-3' }),
      line('unused', { partId: 'p-4', quantity: 0 }),
      line('asked', { partId: 'p-5', decision: 'PENDING' }),
    ],
  } as SettlementView

  it('are asked for every approved catalogue line that put a part in', () => {
    const lines = oldPartLines(settlement)
    expect(lines.map((l) => l.id)).toEqual(['pads', 'disc'])
    expect(missingOldParts(lines, { pads: 'SHOWN_TO_OWNER' })).toEqual(['disc'])
    expect(toOldParts(lines, { pads: 'SHOWN_TO_OWNER', disc: 'KEPT_FOR_CLAIM' })).toEqual([
      { lineId: 'pads', disposition: 'SHOWN_TO_OWNER' },
      { lineId: 'disc', disposition: 'KEPT_FOR_CLAIM' },
    ])
  })

  it("put the server's problem under the line it names", () => {
    const lines = oldPartLines(settlement)
    const sent = [{ lineId: 'pads', disposition: 'TAKEN_BY_OWNER' as const }]
    expect(oldPartProblemLine('deliver.request.oldParts[0].disposition', sent, lines)).toBe('pads')
    expect(oldPartProblemLine('oldParts', sent, lines)).toBe('disc')
    expect(oldPartProblemLine('payment.amount', sent, lines)).toBeNull()
  })

  it('carry the warranty and origin of a catalogue line on the document', () => {
    const pads = line('pads', { partId: 'p-1', warrantyMonths: 12, warrantyKm: 20000, oldPart: 'TAKEN_BY_OWNER' })
    const cards = [
      { kind: 'LABOUR', description: 'pads' },
      { kind: 'PART', description: 'pads', partNumber: '5Q0698151B', origin: 'CERTIFIED', oldPart: 'TAKEN_BY_OWNER' },
    ] as const
    expect(lineWarranty(pads, cards)).toEqual({ origin: 'CERTIFIED', months: 12, km: 20000, partNumber: '5Q0698151B', oldPart: 'TAKEN_BY_OWNER' })
    expect(lineWarranty(pads)).toEqual({ origin: null, months: 12, km: 20000, partNumber: null, oldPart: 'TAKEN_BY_OWNER' })
    expect(lineWarranty(line('weights', {}), cards)).toBeNull()
  })
})

describe('the settlement of catalogue parts', () => {
  it('names the catalogue part of the billed item again, and never for a new line', () => {
    const pads = item({ id: 'a', kind: 'PART', quantity: 1, unitPrice: 480, amount: 480, decision: 'APPROVED', partId: 'p-1' })
    const labour = item({ id: 'b', kind: 'LABOUR', decision: 'APPROVED', partId: 'p-x' })
    const [padsLine, labourLine] = settlementDraft(order({ status: 'READY', estimate: { items: [pads, labour], approvedTotal: 580, pendingTotal: 0, declinedTotal: 0, pendingCount: 0 } }))
    expect(padsLine?.partId).toBe('p-1')
    expect(labourLine?.partId).toBeNull()
    expect(toSettlementLine(padsLine!)).toEqual({ itemId: 'a', kind: 'PART', description: pads.description, quantity: 1, unitPrice: 480, partId: 'p-1' })
    expect(toSettlementLine({ ...newSettlementLine('PART'), description: '刹车盘', unitPrice: '120', differenceReason: '裂纹' })).not.toHaveProperty('partId')
  })

  it('lets a new part line pick from the catalogue, or be sublet, but not stay neither', () => {
    const fresh = newSettlementLine('PART')
    expect(settlementIssues(fresh)).toContain('part')

    const picked = pickSettlementPart({ ...fresh, quantity: '2' }, cataloguePart(), '前刹车片')
    expect(picked).toMatchObject({ partId: 'p-1', description: '前刹车片', unitPrice: '480', sublet: false, quantity: '2' })
    expect(settlementPartLabel(picked)).toBe('5Q0698151B · 前刹车片')
    expect(settlementIssues({ ...picked, differenceReason: '拆检发现后刹车片同样磨损' })).toEqual([])
    expect(toSettlementLine({ ...picked, differenceReason: '拆检发现' })).toMatchObject({ kind: 'PART', partId: 'p-1', quantity: 2, unitPrice: 480 })

    // A description the advisor wrote stays when another part is picked; the previous part's name does not.
    const described = pickSettlementPart({ ...picked, description: '后刹车片（加急）' }, cataloguePart({ id: 'p-2', nameZh: '后刹车片' }), '后刹车片')
    expect(described.description).toBe('后刹车片（加急）')
    expect(pickSettlementPart(picked, cataloguePart({ id: 'p-2' }), '后刹车片').description).toBe('后刹车片')

    const sublet = setSettlementSublet(picked, true)
    expect(sublet).toMatchObject({ sublet: true, partId: null })
    expect(settlementIssues(sublet)).not.toContain('part')
    expect(toSettlementLine({ ...sublet, differenceReason: '外协' })).not.toHaveProperty('partId')
  })
})

describe("the server's problems with estimate lines", () => {
  it('go to the line and field they name', () => {
    const lines = [emptyItem('LABOUR'), emptyItem('PART')]
    const problems = lineProblems(lines, [
      { field: 'items[1].partId', message: '该配件已停用' },
      { field: 'sendEstimate.request.items[0].description', message: '请填写项目' },
      { field: 'items[7].partId', message: 'no such line' },
      { field: 'durationMinutes', message: 'too short' },
    ])
    expect(problems).toEqual({ [lines[1]!.key]: { part: '该配件已停用' }, [lines[0]!.key]: { description: '请填写项目' } })
  })
})

describe('the notices and events parts bring', () => {
  const wording = { t: (key: string, named: Record<string, string>) => i18n.global.t(key, named), instant: (iso: string) => iso }
  const note = (kind: NotificationKind): NotificationView => ({
    id: 'n-1',
    kind,
    params: { reference: 'RO-TEST01', plate: '沪A12345', parts: '前刹车盘（8W0615301）' },
    text: 'server text',
    createdAt: '2030-10-07T01:00:00Z',
  })

  it('tell the advisor to pass a shortage on, and the technician that the parts are in', () => {
    applyLocale('zh-CN')
    expect(notificationText(note('REPAIR_PARTS_SHORT'), { ...wording, audience: 'staff' }).body).toBe(
      '工单 RO-TEST01（沪A12345）缺件：前刹车盘（8W0615301）。请在工单中选择补偿并告知客户。',
    )
    applyLocale('en')
    expect(notificationText(note('REPAIR_PARTS_ARRIVED'), { ...wording, audience: 'staff' }).title).toBe('Parts arrived')
    applyLocale('zh-CN')
  })

  it('name the arrival on the timeline', () => {
    expect(isKnownEventType('PARTS_ARRIVED')).toBe(true)
    expect(i18n.global.t('repairEvent.type.PARTS_ARRIVED')).toBe('配件已到，继续维修')
  })
})
