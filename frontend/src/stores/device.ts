import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * localStorage key of this device's token. Apart from the session on purpose: it says "this browser has logged in
 * here before", so it outlives logouts (while a number is under a guessing attack, only known devices may log in).
 */
export const DEVICE_STORAGE_KEY = 'pitstop.device'

/** What the server issues and accepts back (LoginRequest.deviceToken has at most 100 characters). */
const TOKEN = /^\S{1,100}$/

/** The stored token; null when there is none (or it is unusable); undefined when storage cannot be read. */
function readStored(): string | null | undefined {
  try {
    const stored = localStorage.getItem(DEVICE_STORAGE_KEY)
    return stored !== null && TOKEN.test(stored) ? stored : null
  } catch {
    return undefined // blocked (private mode): keep what this tab knows
  }
}

/** The device token the server gave this browser at a login or at registration. */
export const useDeviceStore = defineStore('device', () => {
  const token = ref<string | null>(readStored() ?? null)

  /** The token to send with a login, read again from storage (another tab may have been given a newer one). */
  function current(): string | null {
    const stored = readStored()
    if (stored !== undefined) token.value = stored
    return token.value
  }

  /** Keeps the token of a login or registration answer; an answer without one leaves the old one in place. */
  function remember(next: string | null | undefined) {
    if (typeof next !== 'string' || !TOKEN.test(next)) return
    token.value = next
    try {
      localStorage.setItem(DEVICE_STORAGE_KEY, next)
    } catch {
      // storage blocked: the token lasts as long as this tab
    }
  }

  return { token, current, remember }
})
