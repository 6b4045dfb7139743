import { api } from './client'
import { unwrap } from './problem'
import type { components } from './schema'
import type { RepairOrderView } from './types'

// The parts desk as a repair order sees it: the catalogue the advisor picks from, a line's supply, the old parts.

type Schemas = components['schemas']
export type PartOrigin = Schemas['PartOrigin']
export type PartUnit = Schemas['PartUnit']
export type SupplyState = Schemas['SupplyState']
/** A catalogue entry with its stock and approved suppliers (GET /api/v1/parts). */
export type CataloguePart = Schemas['PartView']
/** Where an approved catalogue line's part stands (the owner gets state and expectedAt only). */
export type LineSupply = Schemas['PartSupplyView']
/** The delay the server proposes for an order waiting for parts beyond its promise (staff only). */
export type DelayProposal = Schemas['DelayProposal']
export type OldPartDisposition = Schemas['OldPartDisposition']
export type OldPartRequest = Schemas['OldPartRequest']

/** The catalogue matching a number, a name (zh or en) or a brand, with its stock. */
export function searchCatalogue(q: string, limit = 20): Promise<CataloguePart[]> {
  const query = q.trim()
  return unwrap(api.GET('/api/v1/parts', { params: { query: { ...(query ? { q: query } : {}), limit } } }))
}

/** One catalogue entry with its stock now. */
export function catalogueEntry(id: string): Promise<CataloguePart> {
  return unwrap(api.GET('/api/v1/parts/{id}', { params: { path: { id } } }))
}

/** The assigned technician (or a team lead) asks the parts desk to issue the order's reserved parts. */
export function askForParts(orderId: string): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/parts-requests', { params: { path: { id: orderId } } }))
}

/** The order's delay proposal worded in a given language (its detail names the parts in that language), or null. */
export async function proposalIn(orderId: string, language: 'zh-CN' | 'en'): Promise<DelayProposal | null> {
  const view = await unwrap(api.GET('/api/v1/repair-orders/{id}', { params: { path: { id: orderId } }, headers: { 'Accept-Language': language } }))
  return view.delayProposal ?? null
}
