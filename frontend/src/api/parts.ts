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
  ShortageView,
  StockCountRequest,
  StockCountView,
  StockMovementView,
  SupplierView,
} from './partsTypes'

// PROVISIONAL until the parts contract is merged: paths as design-14 gives them, called without the generated types.
type Init = { params?: { path?: Record<string, string>; query?: Record<string, unknown> }; body?: unknown }
type Call = (path: string, init?: Init) => Promise<{ data?: unknown; error?: unknown; response: Response }>
const raw = api as unknown as { GET: Call; POST: Call; PUT: Call }
const get = <T>(path: string, init?: Init) => unwrap(raw.GET(path, init)) as Promise<T>
const post = <T>(path: string, init?: Init) => unwrap(raw.POST(path, init)) as Promise<T>
const put = <T>(path: string, init?: Init) => unwrap(raw.PUT(path, init)) as Promise<T>
const byId = (id: string) => ({ path: { id } })

/** The parts desk: catalogue, stock ledger, issuing, shortages, purchasing, receiving and counts. */

export interface PartQuery {
  q?: string
  belowMinimum?: boolean
  limit?: number
  offset?: number
}

export const listParts = (query: PartQuery = {}) => get<PartView[]>('/api/v1/parts', { params: { query: { ...query } } })
export const getPart = (id: string) => get<PartView>('/api/v1/parts/{id}', { params: byId(id) })
export const createPart = (body: PartRequest) => post<PartView>('/api/v1/parts', { body })
export const updatePart = (id: string, body: PartRequest) => put<PartView>('/api/v1/parts/{id}', { params: byId(id), body })
export const partLedger = (id: string, limit: number, offset: number) =>
  get<StockMovementView[]>('/api/v1/parts/{id}/ledger', { params: { ...byId(id), query: { limit, offset } } })

export const listSuppliers = () => get<SupplierView[]>('/api/v1/suppliers')

export const listToIssue = () => get<IssueItemView[]>('/api/v1/parts/to-issue')
export const issueLine = (lineId: string) => post<LineSupplyView>('/api/v1/parts/issues', { body: { lineId } })
export const listShortages = () => get<ShortageView[]>('/api/v1/parts/shortages')

export const listPurchaseOrders = (status?: PurchaseOrderStatus, limit = 50, offset = 0) =>
  get<PurchaseOrderView[]>('/api/v1/purchase-orders', { params: { query: { status, limit, offset } } })
export const getPurchaseOrder = (id: string) => get<PurchaseOrderView>('/api/v1/purchase-orders/{id}', { params: byId(id) })
export const createPurchaseOrder = (body: PurchaseOrderRequest) => post<PurchaseOrderView>('/api/v1/purchase-orders', { body })
export const sendPurchaseOrder = (id: string) => post<PurchaseOrderView>('/api/v1/purchase-orders/{id}/send', { params: byId(id) })
export const cancelPurchaseOrder = (id: string) => post<PurchaseOrderView>('/api/v1/purchase-orders/{id}/cancel', { params: byId(id) })
export const purchaseSuggestions = () => get<PurchaseSuggestionView[]>('/api/v1/purchase-orders/suggestions')
export const receive = (id: string, body: ReceiptRequest) => post<ReceiptView>('/api/v1/purchase-orders/{id}/receipts', { params: byId(id), body })

export const listInspectors = () => get<InspectorView[]>('/api/v1/parts/inspectors')

export const countStock = (body: StockCountRequest) => post<StockCountView>('/api/v1/stock-counts', { body })
