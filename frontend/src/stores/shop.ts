import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { ApiError, unwrap } from '@/api/problem'
import type { ShopView } from '@/api/types'

/** The shop (public data, shared by the home and shop pages; loaded once, reloaded on pull-to-refresh). */
export const useShopStore = defineStore('shop', () => {
  const shop = ref<ShopView | null>(null)
  const loading = ref(false)
  const error = ref<ApiError | null>(null)
  let inFlight: Promise<void> | null = null

  function load(force = false): Promise<void> {
    if (shop.value && !force) return Promise.resolve()
    inFlight ??= (async () => {
      loading.value = true
      error.value = null
      try {
        shop.value = await unwrap(api.GET('/api/v1/shop'))
      } catch (thrown) {
        error.value = thrown instanceof ApiError ? thrown : new ApiError(0, null, null, thrown)
      } finally {
        loading.value = false
        inFlight = null
      }
    })()
    return inFlight
  }

  /** Applies a change the manager just saved (the server's answer), without loading the whole shop again. */
  function patch(change: (current: ShopView) => ShopView) {
    if (shop.value) shop.value = change(shop.value)
  }

  return { shop, loading, error, load, patch }
})
