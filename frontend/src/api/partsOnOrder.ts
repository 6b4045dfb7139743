import { api } from './client'
import { unwrap } from './problem'
import type { components } from './schema'
import type { DelayReason, RepairOrderView } from './types'

// The parts desk as a repair order sees it: the catalogue the advisor picks from, a line's supply, the old parts.
// PROVISIONAL below (LineSupply, DelayProposal, OldPart*): design-14's repair shapes until h14-repair's contract lands.

type Schemas = components['schemas']
export type PartOrigin = Schemas['PartOrigin']
export type PartUnit = Schemas['PartUnit']
export type SupplyState = Schemas['SupplyState']
export type OldPartDisposition = 'SHOWN_TO_OWNER' | 'TAKEN_BY_OWNER' | 'KEPT_FOR_CLAIM'
/** A catalogue entry with its stock and approved suppliers (GET /api/v1/parts). */
export type CataloguePart = Schemas['PartView']

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

// PROVISIONAL call, through the one client but without its path types until the contract has the path.
interface LooseClient {
  POST(path: string, init: { params: { path: Record<string, string> } }): Promise<{ data?: unknown; error?: unknown; response: Response }>
}
const loose = api as unknown as LooseClient

/** The catalogue matching a number, a name (zh or en) or a brand, with its stock. */
export function searchCatalogue(q: string, limit = 20): Promise<CataloguePart[]> {
  const query = q.trim()
  return unwrap(api.GET('/api/v1/parts', { params: { query: { ...(query ? { q: query } : {}), limit } } }))
}

/** One catalogue entry with its stock now. */
export function catalogueEntry(id: string): Promise<CataloguePart> {
  return unwrap(api.GET('/api/v1/parts/{id}', { params: { path: { id } } }))
}

/** The assigned technician asks the parts desk to issue the order's reserved parts. */
export function askForParts(orderId: string): Promise<RepairOrderView> {
  return unwrap(loose.POST('/api/v1/repair-orders/{id}/parts-requests', { params: { path: { id: orderId } } })) as Promise<RepairOrderView>
}
