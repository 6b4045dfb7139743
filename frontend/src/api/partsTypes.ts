// PROVISIONAL: the parts API's shapes as design-14 describes them, until the contract (h14-parts) is merged and these
// become names for the generated schemas.

export type PartOrigin = 'GENUINE' | 'CERTIFIED'
export type PartUnit = 'PIECE' | 'SET' | 'LITRE' | 'BOTTLE' | 'METRE'
export type SupplyState = 'RESERVED' | 'SHORT' | 'ISSUED' | 'RELEASED'
export type MovementKind = 'RECEIVED' | 'RESERVED' | 'RELEASED' | 'ISSUED' | 'RETURNED' | 'SCRAPPED' | 'COUNTED'
export type PurchaseOrderStatus = 'DRAFT' | 'SENT' | 'PARTLY_RECEIVED' | 'RECEIVED' | 'CANCELLED'
export type SuggestionReason = 'BELOW_MINIMUM' | 'SHORTAGE'

export interface StockView {
  onHand: number
  reserved: number
  available: number
  onOrder: number
  short: number
}
export interface PartSupplierView {
  supplierId: string
  name: string
  nameEn?: string | null
  leadTimeDays: number
  purchasePrice: number
  preferred: boolean
}
export interface PartView {
  id: string
  partNumber: string
  nameZh: string
  nameEn?: string | null
  brand: string
  origin: PartOrigin
  unit: PartUnit
  listPrice: number
  minStock: number
  warrantyMonths?: number | null
  warrantyKm?: number | null
  location?: string | null
  active: boolean
  stock: StockView
  belowMinimum: boolean
  suppliers: PartSupplierView[]
}
export interface PartSupplierRequest {
  supplierId: string
  leadTimeDays: number
  purchasePrice: number
  preferred: boolean
}
export interface PartRequest {
  partNumber: string
  nameZh: string
  nameEn?: string | null
  brand: string
  origin: PartOrigin
  unit: PartUnit
  listPrice: number
  minStock: number
  warrantyMonths?: number | null
  warrantyKm?: number | null
  location?: string | null
  active?: boolean
  suppliers: PartSupplierRequest[]
}
export interface SupplierView {
  id: string
  name: string
  nameEn?: string | null
  phone?: string | null
  active: boolean
}
export interface StockMovementView {
  id: number
  at: string
  kind: MovementKind
  onHandDelta: number
  reservedDelta: number
  onHandAfter: number
  reservedAfter: number
  orderId?: string | null
  orderLabel?: string | null
  lineId?: string | null
  purchaseOrderId?: string | null
  purchaseOrderNumber?: string | null
  receiptId?: string | null
  countId?: string | null
  unitCost?: number | null
  reason?: string | null
  actorName?: string | null
}
export interface PartBrief {
  id: string
  partNumber: string
  nameZh: string
  nameEn?: string | null
  unit: PartUnit
  location?: string | null
}
export interface IssueItemView {
  lineId: string
  orderId: string
  orderLabel: string
  part: PartBrief
  quantity: number
  askedAt: string
  requestedAt?: string | null
}
export interface LineSupplyView {
  lineId: string
  state: SupplyState
  reserved: number
  issued: number
  expectedAt?: string | null
  purchaseOrderId?: string | null
  requestedAt?: string | null
}
export interface WaitingLineView {
  lineId: string
  orderId: string
  orderLabel: string
  quantity: number
  since: string
}
export interface ShortageView {
  part: PartBrief
  shortQuantity: number
  waiting: WaitingLineView[]
  expectedAt?: string | null
  purchaseOrderId?: string | null
  purchaseOrderNumber?: string | null
}
export interface PurchaseOrderLineView {
  id: string
  position: number
  part: PartBrief
  quantity: number
  unitCost: number
  received: number
  rejected: number
}
export interface PurchaseOrderView {
  id: string
  number: string
  supplier: SupplierView
  status: PurchaseOrderStatus
  expectedAt?: string | null
  createdAt: string
  sentAt?: string | null
  closedAt?: string | null
  note?: string | null
  lines: PurchaseOrderLineView[]
}
export interface PurchaseOrderLineRequest {
  partId: string
  quantity: number
  unitCost: number
}
export interface PurchaseOrderRequest {
  supplierId: string
  lines: PurchaseOrderLineRequest[]
  expectedAt?: string | null
  note?: string | null
}
export interface PurchaseSuggestionView {
  part: PartBrief
  supplier: SupplierView
  quantity: number
  unitCost: number
  why: SuggestionReason
}
export interface ReceiptLineRequest {
  lineId: string
  arrived: number
  rejected: number
  rejectReason?: string | null
  specOk: boolean
  modelOk: boolean
  quantityOk: boolean
  genuineOk: boolean
  packagingOk: boolean
}
export interface ReceiptRequest {
  inspectorId: string
  note?: string | null
  lines: ReceiptLineRequest[]
}
export interface ReceiptLineView {
  lineId: string
  part: PartBrief
  arrived: number
  passed: number
  rejected: number
  rejectReason?: string | null
}
export interface ReceiptView {
  id: string
  purchaseOrderId: string
  purchaseOrderStatus: PurchaseOrderStatus
  receivedAt: string
  inspector: { id: string; name: string }
  lines: ReceiptLineView[]
}
export interface StockCountLineRequest {
  partId: string
  counted: number
  reason?: string | null
}
export interface StockCountRequest {
  note?: string | null
  lines: StockCountLineRequest[]
}
export interface StockCountLineView {
  part: PartBrief
  expected: number
  counted: number
  difference: number
  reason?: string | null
}
export interface StockCountView {
  id: string
  countedAt: string
  note?: string | null
  lines: StockCountLineView[]
}
export interface InspectorView {
  id: string
  name: string
}
