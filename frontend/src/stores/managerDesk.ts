import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { KpiScope } from '@/api/types'
import type { KpiPeriod } from '@/utils/kpiPeriod'

/**
 * What the manager looks at on the desk (period, scope, only what misses), kept while they open a figure and come
 * back; a new session starts on this month for the whole shop.
 */
export const useManagerDeskStore = defineStore('managerDesk', () => {
  /** null: this month (the shop's today is known only once the shop is loaded). */
  const period = ref<KpiPeriod | null>(null)
  const scope = ref<KpiScope>('SHOP')
  const attentionOnly = ref(false)

  function reset() {
    period.value = null
    scope.value = 'SHOP'
    attentionOnly.value = false
  }

  return { period, scope, attentionOnly, reset }
})
