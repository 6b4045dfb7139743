import type {
  IssueItemView,
  PartNames,
  PartUnit,
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
export const partsClerk: MeView = { id: 'u-9', name: '钱进', phone: '13800000009', role: 'PARTS', scopes: [] }

/** A catalogue part in short: what the views other than PartView carry of it (flat, with its unit), and its shelf. */
export interface PartBrief extends PartNames {
  id: string
  partNumber: string
  unit: PartUnit
  location: string | null
}
export const oilFilter: PartBrief = { id: 'p-1', partNumber: '06L115562B', nameZh: '机油滤清器', nameEn: 'Oil filter', unit: 'PIECE', location: 'A-03-2' }
export const brakePads: PartBrief = { id: 'p-2', partNumber: '5QD698151', nameZh: '前刹车片', nameEn: 'Front brake pads', unit: 'SET', location: 'B-01-1' }
export const oil: PartBrief = { id: 'p-3', partNumber: 'G052195M4', nameZh: '全合成机油 5W-30', nameEn: 'Engine oil 5W-30', unit: 'LITRE', location: null }

const flat = (p: PartBrief) => ({ partId: p.id, partNumber: p.partNumber, nameZh: p.nameZh, nameEn: p.nameEn, unit: p.unit })

export const faw: SupplierView = { id: 's-1', name: '一汽-大众配件中心', nameEn: 'FAW-VW Parts Centre', phone: '021-55550001', active: true, createdAt: '2030-01-01T00:00:00Z' }
export const bosch: SupplierView = { id: 's-2', name: '博世汽车配件', nameEn: 'Bosch Parts', phone: '021-55550002', active: true, createdAt: '2030-01-01T00:00:00Z' }

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

export function issueItem(lineId: string, change: Partial<IssueItemView> = {}, p: PartBrief = oilFilter): IssueItemView {
  return { lineId, orderId: `o-${lineId}`, orderLabel: `沪A1234${lineId.slice(-1)} · 帕萨特`, ...flat(p), location: p.location, quantity: 1, askedAt: '2030-10-07T01:00:00Z', requestedAt: null, ...change }
}

export function poLine(id: string, change: Partial<PurchaseOrderLineView> = {}, p: PartBrief = oilFilter): PurchaseOrderLineView {
  const line = { id, position: 1, ...flat(p), quantity: 10, unitCost: 42.5, received: 0, rejected: 0, ...change }
  return { ...line, open: Math.max(0, line.quantity - line.received), ...change }
}

export function purchaseOrder(change: Partial<PurchaseOrderView> = {}): PurchaseOrderView {
  return {
    id: 'po-1',
    number: 'PO-20301007-001',
    supplier: { id: faw.id, name: faw.name, nameEn: faw.nameEn },
    status: 'SENT',
    expectedAt: '2030-10-09T06:00:00Z',
    createdAt: '2030-10-07T01:00:00Z',
    sentAt: '2030-10-07T01:05:00Z',
    closedAt: null,
    createdBy: 'u-9',
    note: null,
    total: 1065,
    lines: [poLine('l-1'), poLine('l-2', { position: 2, quantity: 2, unitCost: 320 }, brakePads)],
    ...change,
  }
}

export function suggestion(brief: PartBrief, supplier: SupplierView | null, quantity: number, why: PurchaseSuggestionView['why'] = 'BELOW_MINIMUM'): PurchaseSuggestionView {
  return { ...flat(brief), supplierId: supplier?.id ?? null, supplierName: supplier?.name ?? null, quantity, unitCost: supplier ? 42.5 : null, why }
}

export function shortage(change: Partial<ShortageView> = {}, p: PartBrief = brakePads): ShortageView {
  return {
    ...flat(p),
    shortQuantity: 1,
    waiting: [{ lineId: 'ln-9', orderId: 'o-9', orderLabel: '沪B88888 · Model 3', quantity: 1, since: '2030-10-06T02:00:00Z' }],
    expectedAt: '2030-10-09T06:00:00Z',
    purchaseOrderId: 'po-1',
    ...change,
  }
}

export function movement(id: number, change: Partial<StockMovementView> = {}): StockMovementView {
  return { id, at: '2030-10-07T02:00:00Z', kind: 'RECEIVED', onHandDelta: 5, reservedDelta: 0, onHandAfter: 5, reservedAfter: 0, ...change }
}
