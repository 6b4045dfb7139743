import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { addMyVehicle, listMyVehicles, updateMyVehicle } from '@/api/booking'
import type { VehicleRequest, VehicleView } from '@/api/types'

/** The logged-in customer's vehicles, shared by the vehicle pages and the booking flow. */
export const useVehicleStore = defineStore('vehicles', () => {
  const vehicles = ref<VehicleView[] | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  let inFlight: Promise<void> | null = null

  function load(force = false): Promise<void> {
    if (vehicles.value && !force) return Promise.resolve()
    inFlight ??= (async () => {
      loading.value = true
      error.value = null
      try {
        vehicles.value = await listMyVehicles()
      } catch (thrown) {
        error.value = thrown
      } finally {
        loading.value = false
        inFlight = null
      }
    })()
    return inFlight
  }

  /** Adds a vehicle (id null) or changes one; the list follows. Throws the ApiError of a refusal. */
  async function save(id: string | null, request: VehicleRequest): Promise<VehicleView> {
    const saved = id ? await updateMyVehicle(id, request) : await addMyVehicle(request)
    const list = vehicles.value ?? []
    vehicles.value = id ? list.map((v) => (v.id === id ? saved : v)) : [...list, saved]
    return saved
  }

  function clear() {
    vehicles.value = null
    error.value = null
  }

  return { vehicles, loading, error, load, save, clear }
})
