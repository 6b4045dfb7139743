import { api } from './client'
import { unwrap } from './problem'
import type {
  InspectorView,
  IssueItemView,
  LineSupplyView,
  PartRequest,
  PartView,
  PurchaseOrderRequest,
  PurchaseOrderStatus,
  PurchaseOrderView,
  PurchaseSuggestionView,
  ReceiptRequest,
  ReceiptView,
  ScrapRequest,
  ShortageView,
  StockCountRequest,
  StockCountView,
  StockMovementView,
  SupplierView,
} from './partsTypes'

/** The parts desk: catalogue, stock ledger, issuing, shortages, purchasing, receiving and counts. */

const byId = (id: string) => ({ params: { path: { id } } })

export interface PartQuery {
  q?: string
  belowMinimum?: boolean
  limit?: number
  offset?: number
}

export function listParts(query: PartQuery = {}): Promise<PartView[]> {
  return unwrap(api.GET('/api/v1/parts', { params: { query } }))
}
export function getPart(id: string): Promise<PartView> {
  return unwrap(api.GET('/api/v1/parts/{id}', byId(id)))
}
export function createPart(body: PartRequest): Promise<PartView> {
  return unwrap(api.POST('/api/v1/parts', { body }))
}
export function updatePart(id: string, body: PartRequest): Promise<PartView> {
  return unwrap(api.PUT('/api/v1/parts/{id}', { ...byId(id), body }))
}
/** Damaged or lost units out of stock, with the reason (only what is available: reserved units stay). */
export function scrapPart(id: string, body: ScrapRequest): Promise<PartView> {
  return unwrap(api.POST('/api/v1/parts/{id}/scrap', { ...byId(id), body }))
}
/** Newest first, each movement with the balances after it. */
export function partLedger(id: string, limit: number, offset: number): Promise<StockMovementView[]> {
  return unwrap(api.GET('/api/v1/parts/{id}/ledger', { params: { path: { id }, query: { limit, offset } } }))
}

export function listSuppliers(): Promise<SupplierView[]> {
  return unwrap(api.GET('/api/v1/suppliers'))
}

/** Reserved lines to hand out (technician-asked first, as the server orders them). */
export function listToIssue(): Promise<IssueItemView[]> {
  return unwrap(api.GET('/api/v1/parts/to-issue', { params: { query: { limit: 200 } } }))
}
export function issueLine(lineId: string): Promise<LineSupplyView> {
  return unwrap(api.POST('/api/v1/parts/issues', { body: { lineId } }))
}
export function listShortages(): Promise<ShortageView[]> {
  return unwrap(api.GET('/api/v1/parts/shortages'))
}

export function listPurchaseOrders(status?: PurchaseOrderStatus, limit = 50, offset = 0): Promise<PurchaseOrderView[]> {
  return unwrap(api.GET('/api/v1/purchase-orders', { params: { query: { status, limit, offset } } }))
}
export function getPurchaseOrder(id: string): Promise<PurchaseOrderView> {
  return unwrap(api.GET('/api/v1/purchase-orders/{id}', byId(id)))
}
/** A draft; it goes to the supplier with sendPurchaseOrder. */
export function createPurchaseOrder(body: PurchaseOrderRequest): Promise<PurchaseOrderView> {
  return unwrap(api.POST('/api/v1/purchase-orders', { body }))
}
export function sendPurchaseOrder(id: string): Promise<PurchaseOrderView> {
  return unwrap(api.POST('/api/v1/purchase-orders/{id}/send', byId(id)))
}
export function cancelPurchaseOrder(id: string): Promise<PurchaseOrderView> {
  return unwrap(api.POST('/api/v1/purchase-orders/{id}/cancel', byId(id)))
}
export function purchaseSuggestions(): Promise<PurchaseSuggestionView[]> {
  return unwrap(api.GET('/api/v1/purchase-orders/suggestions'))
}
export function receive(id: string, body: ReceiptRequest): Promise<ReceiptView> {
  return unwrap(api.POST('/api/v1/purchase-orders/{id}/receipts', { ...byId(id), body }))
}

/**
 * The active quality inspectors a receipt can name, from the staff list. NOTE: the contract has no narrower list, and
 * GET /api/v1/staff is the manager's; the parts specialist needs the server to let them read it (or a list of
 * inspectors) — until then their call answers 403 and the page says so.
 */
/** The active inspectors a receipt may name (the server's list: the staff list is the manager's). */
export function listInspectors(): Promise<InspectorView[]> {
  return unwrap(api.GET('/api/v1/purchase-orders/inspectors'))
}

export function countStock(body: StockCountRequest): Promise<StockCountView> {
  return unwrap(api.POST('/api/v1/stock-counts', { body }))
}
