import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AuthResponse, MeView } from '@/api/types'

/** localStorage key of the session; other tabs listen to it (see main.ts). */
export const SESSION_STORAGE_KEY = 'pitstop.session'

interface StoredSession {
  accessToken: string
  refreshToken: string
  user: MeView
}

function readStoredSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(SESSION_STORAGE_KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<StoredSession>
    if (typeof parsed.accessToken !== 'string' || typeof parsed.refreshToken !== 'string' || !parsed.user) return null
    return parsed as StoredSession
  } catch {
    return null
  }
}

/** The logged-in user and their token pair, persisted so a reload (or another tab) keeps the session. */
export const useAuthStore = defineStore('auth', () => {
  const accessToken = ref<string | null>(null)
  const refreshToken = ref<string | null>(null)
  const user = ref<MeView | null>(null)

  const isLoggedIn = computed(() => refreshToken.value !== null && user.value !== null)
  const role = computed(() => user.value?.role ?? null)
  const isCustomer = computed(() => role.value === 'CUSTOMER')

  function persist() {
    if (accessToken.value && refreshToken.value && user.value) {
      const session: StoredSession = {
        accessToken: accessToken.value,
        refreshToken: refreshToken.value,
        user: user.value,
      }
      localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session))
    } else {
      localStorage.removeItem(SESSION_STORAGE_KEY)
    }
  }

  /** Takes whatever is in localStorage: the rotated tokens of another tab, or its logout. */
  function syncFromStorage() {
    const stored = readStoredSession()
    accessToken.value = stored?.accessToken ?? null
    refreshToken.value = stored?.refreshToken ?? null
    user.value = stored?.user ?? null
  }

  /** Stores a fresh token pair. The previous refresh token is dead from now on: never keep it. */
  function setSession(auth: AuthResponse) {
    accessToken.value = auth.accessToken
    refreshToken.value = auth.refreshToken
    user.value = auth.user
    persist()
  }

  function setUser(me: MeView) {
    user.value = me
    persist()
  }

  function clear() {
    accessToken.value = null
    refreshToken.value = null
    user.value = null
    persist()
  }

  syncFromStorage()

  return { accessToken, refreshToken, user, isLoggedIn, role, isCustomer, syncFromStorage, setSession, setUser, clear }
})
