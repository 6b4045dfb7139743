import type {
  IssueItemView,
  PartBrief,
  PartView,
  PurchaseOrderLineView,
  PurchaseOrderView,
  PurchaseSuggestionView,
  ShortageView,
  StockMovementView,
  SupplierView,
} from '@/api/partsTypes'
import type { MeView } from '@/api/types'

/** The demo parts specialist. */
export const partsClerk: MeView = { id: 'u-9', name: '钱进', phone: '13800000009', role: 'PARTS' as MeView['role'], scopes: [] } // TODO(contract): plain 'PARTS'

export const oilFilter: PartBrief = { id: 'p-1', partNumber: '06L115562B', nameZh: '机油滤清器', nameEn: 'Oil filter', unit: 'PIECE', location: 'A-03-2' }
export const brakePads: PartBrief = { id: 'p-2', partNumber: '5QD698151', nameZh: '前刹车片', nameEn: 'Front brake pads', unit: 'SET', location: 'B-01-1' }
export const oil: PartBrief = { id: 'p-3', partNumber: 'G052195M4', nameZh: '全合成机油 5W-30', nameEn: 'Engine oil 5W-30', unit: 'LITRE', location: null }

export const faw: SupplierView = { id: 's-1', name: '一汽-大众配件中心', nameEn: 'FAW-VW Parts Centre', phone: '021-55550001', active: true }
export const bosch: SupplierView = { id: 's-2', name: '博世汽车配件', nameEn: 'Bosch Parts', phone: '021-55550002', active: true }

export function part(brief: PartBrief, change: Partial<PartView> = {}): PartView {
  return {
    ...brief,
    brand: '大众原厂',
    origin: 'GENUINE',
    listPrice: 68,
    minStock: 4,
    warrantyMonths: 12,
    warrantyKm: 20000,
    active: true,
    stock: { onHand: 6, reserved: 2, available: 4, onOrder: 0, short: 0 },
    belowMinimum: false,
    suppliers: [{ supplierId: faw.id, name: faw.name, nameEn: faw.nameEn, leadTimeDays: 3, purchasePrice: 42.5, preferred: true }],
    ...change,
  }
}

export function issueItem(lineId: string, change: Partial<IssueItemView> = {}): IssueItemView {
  return { lineId, orderId: `o-${lineId}`, orderLabel: `沪A1234${lineId.slice(-1)} · 帕萨特`, part: oilFilter, quantity: 1, askedAt: '2030-10-07T01:00:00Z', requestedAt: null, ...change }
}

export function poLine(id: string, change: Partial<PurchaseOrderLineView> = {}): PurchaseOrderLineView {
  return { id, position: 1, part: oilFilter, quantity: 10, unitCost: 42.5, received: 0, rejected: 0, ...change }
}

export function purchaseOrder(change: Partial<PurchaseOrderView> = {}): PurchaseOrderView {
  return {
    id: 'po-1',
    number: 'PO-20301007-001',
    supplier: faw,
    status: 'SENT',
    expectedAt: '2030-10-09T06:00:00Z',
    createdAt: '2030-10-07T01:00:00Z',
    sentAt: '2030-10-07T01:05:00Z',
    closedAt: null,
    note: null,
    lines: [poLine('l-1'), poLine('l-2', { position: 2, part: brakePads, quantity: 2, unitCost: 320 })],
    ...change,
  }
}

export function suggestion(brief: PartBrief, supplier: SupplierView, quantity: number, why: PurchaseSuggestionView['why'] = 'BELOW_MINIMUM'): PurchaseSuggestionView {
  return { part: brief, supplier, quantity, unitCost: 42.5, why }
}

export function shortage(change: Partial<ShortageView> = {}): ShortageView {
  return {
    part: brakePads,
    shortQuantity: 1,
    waiting: [{ lineId: 'ln-9', orderId: 'o-9', orderLabel: '沪B88888 · Model 3', quantity: 1, since: '2030-10-06T02:00:00Z' }],
    expectedAt: '2030-10-09T06:00:00Z',
    purchaseOrderId: 'po-1',
    purchaseOrderNumber: 'PO-20301007-001',
    ...change,
  }
}

export function movement(id: number, change: Partial<StockMovementView> = {}): StockMovementView {
  return { id, at: '2030-10-07T02:00:00Z', kind: 'RECEIVED', onHandDelta: 5, reservedDelta: 0, onHandAfter: 5, reservedAfter: 0, ...change }
}
