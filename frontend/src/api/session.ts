import { useAuthStore } from '@/stores/auth'
import { api } from './client'
import { unwrap } from './problem'
import type { LoginRequest, MeView, RegisterRequest } from './types'

/** Logs in and keeps the session. Throws an ApiError (401 wrong credentials, 429 throttled, 400 invalid). */
export async function login(request: LoginRequest): Promise<MeView> {
  const auth = await unwrap(api.POST('/api/v1/auth/login', { body: request }))
  useAuthStore().setSession(auth)
  return auth.user
}

/** Registers a car owner, who is logged in right away. */
export async function register(request: RegisterRequest): Promise<MeView> {
  const auth = await unwrap(api.POST('/api/v1/auth/register', { body: request }))
  useAuthStore().setSession(auth)
  return auth.user
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
