import { useAuthStore } from '@/stores/auth'
import { useDeviceStore } from '@/stores/device'
import { api } from './client'
import { unwrap } from './problem'
import type { AuthResponse, LoginRequest, MeView, PhoneCodeSent, RegisterRequest } from './types'

/** Keeps the session of a login or registration, and the device token when the answer brings a new one. */
function startSession(auth: AuthResponse): MeView {
  useDeviceStore().remember(auth.deviceToken)
  useAuthStore().setSession(auth)
  return auth.user
}

/**
 * Logs in and keeps the session; sends this device's token, when it has one, so that the server knows the device.
 * Throws an ApiError (401 wrong credentials, 429 throttled, 400 invalid).
 */
export async function login(request: Omit<LoginRequest, 'deviceToken'>): Promise<MeView> {
  const deviceToken = useDeviceStore().current()
  const body: LoginRequest = deviceToken ? { ...request, deviceToken } : request
  return startSession(await unwrap(api.POST('/api/v1/auth/login', { body })))
}

/**
 * Asks for the one-time code that proves the phone before registering. The answer is the same whether or not
 * the number is registered. Throws an ApiError (400 invalid phone, 429 with retryAfter).
 */
export function sendRegistrationCode(phone: string): Promise<PhoneCodeSent> {
  return unwrap(api.POST('/api/v1/auth/phone-codes', { body: { phone, purpose: 'REGISTER' } }))
}

/**
 * Registers a car owner with the code sent to their phone; they are logged in right away. Throws an ApiError
 * (400 with a field error on `code` when it is wrong or expired, 409 when the phone's holder already has an account).
 */
export async function register(request: RegisterRequest): Promise<MeView> {
  return startSession(await unwrap(api.POST('/api/v1/auth/register', { body: request })))
}

/** Ends the session on the server (best effort) and always forgets it here. */
export async function logout(): Promise<void> {
  const auth = useAuthStore()
  const refreshToken = auth.refreshToken
  try {
    if (refreshToken) await api.POST('/api/v1/auth/logout', { body: { refreshToken } })
  } catch {
    // offline: the refresh token simply expires on the server
  } finally {
    auth.clear()
  }
}

/** Reloads the user (name and role may have changed since the tokens were issued). */
export async function refreshMe(): Promise<MeView> {
  const me = await unwrap(api.GET('/api/v1/me'))
  useAuthStore().setUser(me)
  return me
}
