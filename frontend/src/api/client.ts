import createClient, { type Middleware } from 'openapi-fetch'
import { useAuthStore } from '@/stores/auth'
import { useDeviceStore } from '@/stores/device'
import { i18n } from '@/i18n'
import type { paths } from './schema'

/**
 * The one client of the Pitstop API. Every path in the contract starts with /api/v1 and the SPA is
 * served from the same origin, hence the empty base URL.
 */
export const api = createClient<paths>({
  baseUrl: '',
  // Looked up on every call, so that tests (and late polyfills) can replace the global fetch.
  fetch: (request: Request) => globalThis.fetch(request),
})

/** Endpoints that authenticate by their body: no bearer token, and a 401 there means "wrong credentials". */
const CREDENTIAL_PATHS = ['/api/v1/auth/login', '/api/v1/auth/register', '/api/v1/auth/phone-codes', '/api/v1/auth/refresh']
const isAuthPath = (path: string) => path.startsWith('/api/v1/auth/')

type SessionExpiredListener = () => void
const sessionExpiredListeners = new Set<SessionExpiredListener>()

/** Called when the session could not be renewed and has been cleared (main.ts sends the user to /login). */
export function onSessionExpired(listener: SessionExpiredListener): () => void {
  sessionExpiredListeners.add(listener)
  return () => sessionExpiredListeners.delete(listener)
}

export type RefreshOutcome = 'refreshed' | 'rejected' | 'unavailable'

let refreshing: Promise<RefreshOutcome> | null = null

/**
 * Renews the token pair. Single flight: callers that arrive while a refresh is running share it, because the
 * refresh token rotates and presenting a used one again would end the whole session family on the server.
 * Across tabs a Web Lock serializes the refreshes; each one first looks whether another tab has already
 * rotated the tokens (they share localStorage).
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshing ??= withCrossTabLock(rotateTokens).finally(() => {
    refreshing = null
  })
  return refreshing
}

async function withCrossTabLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks) return task()
  return locks.request('pitstop-auth-refresh', task)
}

async function rotateTokens(): Promise<RefreshOutcome> {
  const auth = useAuthStore()
  const ours = auth.refreshToken
  auth.syncFromStorage()
  if (auth.refreshToken && auth.refreshToken !== ours) return 'refreshed' // another tab rotated them
  const refreshToken = auth.refreshToken
  if (!refreshToken) return expire()

  let outcome: RefreshOutcome
  try {
    const { data, response } = await api.POST('/api/v1/auth/refresh', { body: { refreshToken } })
    if (data) {
      useDeviceStore().remember(data.deviceToken)
      auth.setSession(data)
      outcome = 'refreshed'
    } else {
      // The server said no (expired, revoked, reused): the session is over. A 5xx or 429 is not a verdict.
      outcome = response.status >= 500 || response.status === 429 ? 'unavailable' : 'rejected'
    }
  } catch {
    outcome = 'unavailable' // offline: keep the session, the page shows its error state
  }
  return outcome === 'rejected' ? expire() : outcome
}

function expire(): 'rejected' {
  useAuthStore().clear()
  sessionExpiredListeners.forEach((listener) => listener())
  return 'rejected'
}

/** Clones of the outgoing requests (keyed by openapi-fetch's request id), so that a 401 can be retried. */
const pending = new Map<string, { retry: Request; token: string | null }>()

const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    // The reader's language, unless the call asks for another one (a text to store in both languages).
    if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', i18n.global.locale.value)
    if (CREDENTIAL_PATHS.includes(schemaPath)) return request
    const token = useAuthStore().accessToken
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    if (!isAuthPath(schemaPath)) pending.set(id, { retry: request.clone(), token })
    return request
  },

  async onResponse({ response, schemaPath, id, options }) {
    const sent = pending.get(id)
    pending.delete(id)
    if (response.status !== 401 || !sent || isAuthPath(schemaPath)) return undefined

    const auth = useAuthStore()
    // A refresh that finished while this request was on its way has already produced a new token.
    const alreadyRenewed = auth.accessToken !== null && auth.accessToken !== sent.token
    if (!alreadyRenewed) {
      if (!auth.refreshToken) return undefined
      if ((await refreshSession()) !== 'refreshed') return undefined
    }
    const token = auth.accessToken
    if (!token) return undefined
    sent.retry.headers.set('Authorization', `Bearer ${token}`)
    return options.fetch(sent.retry) // once: a second 401 goes back to the caller as it is
  },

  onError({ id }) {
    pending.delete(id)
    return undefined
  },
}

api.use(authMiddleware)
