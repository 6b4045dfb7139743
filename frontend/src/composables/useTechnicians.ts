import { ref, shallowRef } from 'vue'
import { listTechnicians } from '@/api/repair'
import type { TechnicianView } from '@/api/types'

/**
 * Whom an approved order can be dispatched to: the workshop's technicians (and team leads, who may take
 * work themselves) with their open orders, least loaded first, as the server orders them.
 */
export function useTechnicians() {
  const technicians = ref<TechnicianView[] | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)

  async function load() {
    loading.value = true
    error.value = null
    try {
      technicians.value = await listTechnicians()
    } catch (thrown) {
      error.value = thrown
    } finally {
      loading.value = false
    }
  }

  return { technicians, loading, error, load }
}
