import { api } from './client'
import { unwrap } from './problem'
import type { DelayReason, RepairOrderView } from './types'

// PROVISIONAL: the shapes of design-14 ("Repair side", PartView) until h14-parts / h14-repair land their contract;
// then these become aliases of the generated schema and the calls go through the typed client.

export type PartOrigin = 'GENUINE' | 'CERTIFIED'
export type PartUnit = 'PIECE' | 'SET' | 'LITRE' | 'BOTTLE' | 'METRE'
export type SupplyState = 'RESERVED' | 'SHORT' | 'ISSUED' | 'RELEASED'
export type OldPartDisposition = 'SHOWN_TO_OWNER' | 'TAKEN_BY_OWNER' | 'KEPT_FOR_CLAIM'

export interface PartStock {
  onHand: number
  reserved: number
  available: number
  onOrder: number
  short: number
}

export interface PartSupplier {
  supplierId: string
  name: string
  nameEn?: string | null
  leadTimeDays: number
  purchasePrice: number
  preferred: boolean
}

/** A catalogue entry as GET /api/v1/parts lists it. */
export interface CataloguePart {
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
  stock: PartStock
  belowMinimum: boolean
  suppliers: PartSupplier[]
}

/** Where an approved catalogue line's part stands (the owner gets state and expectedAt only). */
export interface LineSupply {
  state: SupplyState
  reserved?: number | null
  issued?: number | null
  expectedAt?: string | null
  purchaseOrderId?: string | null
  requestedAt?: string | null
}

/** The delay the server proposes for an order waiting for parts (staff only). */
export interface DelayProposal {
  reason: DelayReason
  detail: string
  newPromisedAt: string
}

export interface OldPartRequest {
  lineId: string
  disposition: OldPartDisposition
}

// PROVISIONAL calls, through the one client but without its path types until the contract has these paths.
type LooseResult = Promise<{ data?: unknown; error?: unknown; response: Response }>
interface LooseClient {
  GET(path: string, init: { params: { query?: Record<string, unknown>; path?: Record<string, string> } }): LooseResult
  POST(path: string, init: { params: { path: Record<string, string> } }): LooseResult
}
const loose = api as unknown as LooseClient

/** The catalogue (active parts) matching a number, a name or a brand, with their stock. */
export function searchCatalogue(q: string, limit = 20): Promise<CataloguePart[]> {
  return unwrap(loose.GET('/api/v1/parts', { params: { query: { q: q.trim() || undefined, limit } } })) as Promise<CataloguePart[]>
}

/** The assigned technician asks the parts desk to issue the order's reserved parts. */
export function askForParts(orderId: string): Promise<RepairOrderView> {
  return unwrap(loose.POST('/api/v1/repair-orders/{id}/parts-requests', { params: { path: { id: orderId } } })) as Promise<RepairOrderView>
}
