import { api } from './client'
import { unwrap } from './problem'
import type {
  AppointmentEventView,
  AppointmentStatus,
  AppointmentView,
  AvailabilityView,
  BatchConfirmView,
  BookingRequest,
  CustomerView,
  VehicleRequest,
  VehicleView,
  WalkInVehicleRequest,
} from './types'

// Vehicles of the logged-in customer

export function listMyVehicles(): Promise<VehicleView[]> {
  return unwrap(api.GET('/api/v1/me/vehicles'))
}

export function addMyVehicle(body: VehicleRequest): Promise<VehicleView> {
  return unwrap(api.POST('/api/v1/me/vehicles', { body }))
}

export function updateMyVehicle(id: string, body: VehicleRequest): Promise<VehicleView> {
  return unwrap(api.PUT('/api/v1/me/vehicles/{id}', { params: { path: { id } }, body }))
}

// Staff: customers who call or walk in

/** The customer with this phone number; an ApiError with status 404 when there is none. */
export function findCustomer(phone: string): Promise<CustomerView> {
  return unwrap(api.GET('/api/v1/customers', { params: { query: { phone } } }))
}

/** Adds a vehicle to a customer, creating the customer when the phone number is new. */
export function addCustomerVehicle(body: WalkInVehicleRequest): Promise<CustomerView> {
  return unwrap(api.POST('/api/v1/customers/vehicles', { body }))
}

// Availability and appointments

export interface AvailabilityQuery {
  serviceType: string
  /** YYYY-MM-DD in the shop's zone; ignored by the server for emergencies */
  from: string
  to: string
  emergency: boolean
}

export function availability(query: AvailabilityQuery): Promise<AvailabilityView> {
  return unwrap(api.GET('/api/v1/availability', { params: { query } }))
}

/**
 * Books. The same idempotency key must be sent again when retrying a request whose answer never arrived,
 * so that the server does not book twice (see utils/idempotency.ts).
 */
export function book(body: BookingRequest, idempotencyKey: string): Promise<AppointmentView> {
  return unwrap(api.POST('/api/v1/appointments', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }))
}

export interface AppointmentQuery {
  status?: AppointmentStatus
  /** YYYY-MM-DD in the shop's zone */
  from?: string
  to?: string
}

/** Customers get their own appointments; staff get everyone's. */
export function listAppointments(query: AppointmentQuery = {}): Promise<AppointmentView[]> {
  return unwrap(api.GET('/api/v1/appointments', { params: { query } }))
}

export function getAppointment(id: string): Promise<AppointmentView> {
  return unwrap(api.GET('/api/v1/appointments/{id}', { params: { path: { id } } }))
}

export function appointmentHistory(id: string): Promise<AppointmentEventView[]> {
  return unwrap(api.GET('/api/v1/appointments/{id}/history', { params: { path: { id } } }))
}

export function confirmAppointment(id: string): Promise<AppointmentView> {
  return unwrap(api.POST('/api/v1/appointments/{id}/confirm', { params: { path: { id } } }))
}

/** Confirms several requested bookings at once; each is reported on its own (CONFIRMED, NOT_FOUND, NOT_PENDING). */
export function confirmAppointments(ids: string[]): Promise<BatchConfirmView> {
  return unwrap(api.POST('/api/v1/appointments/confirmations', { body: { ids } }))
}

export function rescheduleAppointment(id: string, start: string): Promise<AppointmentView> {
  return unwrap(api.POST('/api/v1/appointments/{id}/reschedule', { params: { path: { id } }, body: { start } }))
}

export function cancelAppointment(id: string, reason: string): Promise<AppointmentView> {
  return unwrap(api.POST('/api/v1/appointments/{id}/cancel', { params: { path: { id } }, body: { reason } }))
}

export function checkInAppointment(id: string): Promise<AppointmentView> {
  return unwrap(api.POST('/api/v1/appointments/{id}/check-in', { params: { path: { id } } }))
}

export function markNoShow(id: string): Promise<AppointmentView> {
  return unwrap(api.POST('/api/v1/appointments/{id}/no-show', { params: { path: { id } } }))
}
