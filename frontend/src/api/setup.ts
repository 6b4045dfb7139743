import { api } from './client'
import { unwrap } from './problem'
import type {
  BayRequest,
  BayView,
  ClosedDay,
  OutboxMessageView,
  OutboxStatus,
  PartnerClientCreated,
  PartnerClientRequest,
  PartnerClientView,
  Role,
  ServiceTypeRequest,
  ServiceTypeView,
  ShopSettingsRequest,
  ShopView,
  StaffRequest,
  StaffView,
} from './types'

/** The manager's configuration: the shop, its bays, closed days and services, staff, partner apps, the outbox. */

const byId = (id: string) => ({ params: { path: { id } } })

// The shop ---------------------------------------------------------------------------------------------------

/** Name, contact, time zone and the weekly hours (replaced as a whole: a weekday left out is closed). */
export function updateShop(body: ShopSettingsRequest): Promise<ShopView> {
  return unwrap(api.PUT('/api/v1/shop', { body }))
}

export function createBay(body: BayRequest): Promise<BayView> {
  return unwrap(api.POST('/api/v1/shop/bays', { body }))
}

/** Changes a bay; `active: false` takes it out of service (there is no deleting a bay). */
export function updateBay(id: string, body: BayRequest): Promise<BayView> {
  return unwrap(api.PUT('/api/v1/shop/bays/{id}', { ...byId(id), body }))
}

/** Closes the shop on a date (or changes the reason of a date already closed). */
export function closeShopOn(date: string, reason: string): Promise<ClosedDay> {
  return unwrap(api.PUT('/api/v1/shop/closed-days/{date}', { params: { path: { date } }, body: { reason } }))
}

export async function reopenShopOn(date: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/shop/closed-days/{date}', { params: { path: { date } } }))
}

/** Creates the service type with this code, or changes it. */
export function putServiceType(code: string, body: ServiceTypeRequest): Promise<ServiceTypeView> {
  return unwrap(api.PUT('/api/v1/shop/service-types/{code}', { params: { path: { code } }, body }))
}

// Staff accounts ---------------------------------------------------------------------------------------------

export function createStaff(body: StaffRequest): Promise<StaffView> {
  return unwrap(api.POST('/api/v1/staff', { body }))
}

/** Ends the account's sessions at once; a manager cannot deactivate themself (409). */
export function deactivateStaff(id: string): Promise<StaffView> {
  return unwrap(api.POST('/api/v1/staff/{id}/deactivate', byId(id)))
}

export function reactivateStaff(id: string): Promise<StaffView> {
  return unwrap(api.POST('/api/v1/staff/{id}/reactivate', byId(id)))
}

/** Effective at once: tokens carrying the old role are refused. */
export function changeStaffRole(id: string, role: Role): Promise<StaffView> {
  return unwrap(api.PUT('/api/v1/staff/{id}/role', { ...byId(id), body: { role } }))
}

// Partner applications ---------------------------------------------------------------------------------------

export function listPartnerClients(): Promise<PartnerClientView[]> {
  return unwrap(api.GET('/api/v1/partner-clients'))
}

/** The answer carries the client secret, this once: the server keeps only its hash. */
export function registerPartnerClient(body: PartnerClientRequest): Promise<PartnerClientCreated> {
  return unwrap(api.POST('/api/v1/partner-clients', { body }))
}

export function revokePartnerClient(clientId: string): Promise<PartnerClientView> {
  return unwrap(api.POST('/api/v1/partner-clients/{clientId}/revoke', { params: { path: { clientId } } }))
}

// External deliveries (SMS and the like) ---------------------------------------------------------------------

/** Newest first, at most 200. */
export function listOutbox(status: OutboxStatus): Promise<OutboxMessageView[]> {
  return unwrap(api.GET('/api/v1/outbox', { params: { query: { status } } }))
}

/**
 * Sends a FAILED message again (SENT, or PENDING with its next attempt). 409 when it is no longer FAILED or
 * held a one-time code, whose text was erased.
 */
export function retryOutboxMessage(id: string): Promise<OutboxMessageView> {
  return unwrap(api.POST('/api/v1/outbox/{id}/retry', byId(id)))
}
