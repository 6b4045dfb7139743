import { showSuccessToast } from 'vant'
import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { book } from '@/api/booking'
import type { BookingRequest, Handover, ServiceTypeView, SlotView } from '@/api/types'
import { slotConflict, type ConflictKind } from '@/utils/booking'
import { IdempotencyKey } from '@/utils/idempotency'
import { useServerErrors } from './useServerErrors'

/** Whose car: `{ vehicleId }` for a customer's own, `{ customerPhone, plate }` when staff book for one. */
export type BookingVehicle = Pick<BookingRequest, 'vehicleId' | 'customerPhone' | 'plate'>

export interface BookingSubmitOptions {
  channel: BookingRequest['channel']
  /** Whose car; null while it is not chosen (nothing is sent then). */
  vehicle: () => BookingVehicle | null
  service: Readonly<Ref<ServiceTypeView | null>>
  /** The chosen slot; picking an alternative after a "slot full" replaces it and books again. */
  slot: Ref<SlotView | null>
  fault: Readonly<Ref<string>>
  emergency: Readonly<Ref<boolean>>
  /** After a "slot full": reload the free slots, which have changed. */
  reloadSlots: () => unknown
  /** After any other failure, once its field errors are placed (e.g. go back to the step with the field). */
  onFailed?: () => void
  /** What the owner said of the car: mileage (null: not given) and wait or drop off. */
  mileageKm?: () => number | null
  handover?: () => Handover | null
  /**
   * After a conflict that offers alternatives: the page leads back to its time step and offers them there.
   * Without it, the alternatives are offered in place (bind `alternatives` to AlternativesSheet).
   */
  onConflict?: (kind: ConflictKind, alternatives: SlotView[]) => void
}

/**
 * The confirm step of a booking wizard: books with one idempotency key for this screen (reused when a retry
 * follows a lost answer, see utils/idempotency.ts), then opens the booking. A 409 "slot full" offers the
 * server's alternatives (to `onConflict`, or bound `alternatives` to AlternativesSheet); any other error goes under its field
 * or into a toast.
 */
export function useBookingSubmit(options: BookingSubmitOptions) {
  const { t } = useI18n()
  const router = useRouter()
  const key = new IdempotencyKey()
  const submitting = ref(false)
  const alternatives = ref<SlotView[] | null>(null)
  const server = useServerErrors(['faultDescription', 'mileageKm'] as const)

  /** The request for what has been chosen, or null while something is missing. */
  function request(): BookingRequest | null {
    const vehicle = options.vehicle()
    const service = options.service.value
    const slot = options.slot.value
    if (!vehicle || !service || !slot) return null
    return {
      ...vehicle,
      serviceType: service.code,
      start: slot.start,
      faultDescription: options.fault.value.trim(),
      channel: options.channel,
      emergency: options.emergency.value,
      mileageKm: options.mileageKm?.() ?? undefined,
      handover: options.handover?.() ?? undefined,
    }
  }

  async function submit() {
    const body = request()
    if (!body) return
    submitting.value = true
    try {
      const appointment = await key.run((idempotencyKey) => book(body, idempotencyKey))
      showSuccessToast(t('booking.booked'))
      await router.replace({ name: 'booking', params: { id: appointment.id } })
    } catch (error) {
      const conflict = slotConflict(error)
      if (conflict) {
        void options.reloadSlots()
        if (options.onConflict) options.onConflict(conflict.kind, conflict.alternatives)
        else alternatives.value = conflict.alternatives
        return
      }
      server.show(error)
      options.onFailed?.()
    } finally {
      submitting.value = false
    }
  }

  /** One of the offered alternatives was tapped: book that one instead. */
  function pickAlternative(alternative: SlotView) {
    alternatives.value = null
    options.slot.value = alternative
    void submit()
  }

  function closeAlternatives() {
    alternatives.value = null
  }

  return { submitting, alternatives, server, submit, pickAlternative, closeAlternatives }
}
