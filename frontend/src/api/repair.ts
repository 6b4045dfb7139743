import { api } from './client'
import { unwrap } from './problem'
import type {
  AttachmentPurpose,
  AttachmentView,
  CheckInRequest,
  DelayRequest,
  DeliveryRequest,
  EstimateRequest,
  ItemDecision,
  RepairEventView,
  RepairOrderSummary,
  RepairOrderView,
  RepairStatus,
  SettlementDocument,
  SettlementLineDecision,
  SettlementRequest,
  SupplementRequest,
  TechnicianView,
  TransitionRequest,
  UpdateRequest,
} from './types'

/** Streams of the live repair (server-sent events; read them with api/sse.ts, never with EventSource). */
export const orderEventsUrl = (id: string) => `/api/v1/repair-orders/${encodeURIComponent(id)}/events`
export const BOARD_EVENTS_URL = '/api/v1/board/events'

const path = (id: string) => ({ params: { path: { id } } })

export interface RepairOrderQuery {
  /** YYYY-MM-DD in the shop's zone (staff; default today) */
  day?: string
  status?: RepairStatus
}

/** Customers get their own orders (history included); staff get a day's board. */
export function listRepairOrders(query: RepairOrderQuery = {}): Promise<RepairOrderSummary[]> {
  return unwrap(api.GET('/api/v1/repair-orders', { params: { query } }))
}

export function getRepairOrder(id: string): Promise<RepairOrderView> {
  return unwrap(api.GET('/api/v1/repair-orders/{id}', path(id)))
}

/** Every event of the order the caller may see, oldest first. */
export function repairTimeline(id: string): Promise<RepairEventView[]> {
  return unwrap(api.GET('/api/v1/repair-orders/{id}/timeline', path(id)))
}

export function checkIn(body: CheckInRequest): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders', { body }))
}

export function sendEstimate(id: string, body: EstimateRequest): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/estimate', { ...path(id), body }))
}

export function sendSupplement(id: string, body: SupplementRequest): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/supplements', { ...path(id), body }))
}

export function decideItems(id: string, decisions: ItemDecision[]): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/approval', { ...path(id), body: { decisions } }))
}

export function moveRepairOrder(id: string, body: TransitionRequest): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/transitions', { ...path(id), body }))
}

export function postUpdate(id: string, body: UpdateRequest): Promise<RepairEventView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/updates', { ...path(id), body }))
}

export function declareDelay(id: string, body: DelayRequest): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/delays', { ...path(id), body }))
}

export function issueSettlement(id: string, body: SettlementRequest): Promise<RepairOrderView> {
  return unwrap(api.PUT('/api/v1/repair-orders/{id}/settlement', { ...path(id), body }))
}

/** The owner signs with the signature drawn on the phone (a PNG data: URL). */
export function acknowledgeSettlement(id: string, signature: string): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/settlement/acknowledgement', { ...path(id), body: { signature } }))
}

/** The owner approves or declines settlement lines that were never on the estimate. */
export function decideSettlementLines(id: string, decisions: SettlementLineDecision[]): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/settlement/decisions', { ...path(id), body: { decisions } }))
}

/** The advisor reopens a signed settlement to change it; the owner signs again. */
export function reopenSettlement(id: string, reason: string): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/settlement/reopening', { ...path(id), body: { reason } }))
}

export function getSettlementDocument(id: string): Promise<SettlementDocument> {
  return unwrap(api.GET('/api/v1/repair-orders/{id}/settlement/document', path(id)))
}

/** The drawn signature's PNG (it needs the bearer token, so it comes as a blob). */
export function signatureBlob(id: string): Promise<Blob> {
  return unwrap(api.GET('/api/v1/repair-orders/{id}/settlement/signature', { ...path(id), parseAs: 'blob' }))
}

export function deliver(id: string, body: DeliveryRequest): Promise<RepairOrderView> {
  return unwrap(api.POST('/api/v1/repair-orders/{id}/delivery', { ...path(id), body }))
}

/**
 * Uploads a photo or document (multipart). The contract types the file as a string (format binary); the
 * serializer sends the Blob itself.
 */
export function uploadAttachment(id: string, purpose: AttachmentPurpose, file: Blob, fileName?: string): Promise<AttachmentView> {
  return unwrap(
    api.POST('/api/v1/repair-orders/{id}/attachments', {
      ...path(id),
      body: { purpose, file: fileName ?? '' },
      bodySerializer: () => {
        const form = new FormData()
        form.append('purpose', purpose)
        form.append('file', file, fileName ?? (file instanceof File ? file.name : 'upload'))
        return form
      },
    }),
  )
}

/** The bytes of an attachment; they need the bearer token, so an <img src> cannot fetch them itself. */
export function attachmentBlob(orderId: string, attachmentId: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/repair-orders/{id}/attachments/{attachmentId}', {
      params: { path: { id: orderId, attachmentId } },
      parseAs: 'blob',
    }),
  )
}

/** Whom an approved order can be dispatched to, least loaded first (team lead, advisor, manager). */
export function listTechnicians(): Promise<TechnicianView[]> {
  return unwrap(api.GET('/api/v1/board/technicians'))
}
