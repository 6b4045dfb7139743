import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { showSuccessToast, showToast } from 'vant'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import type { BookingRequest, SlotView } from '@/api/types'
import { useBookingSubmit, type BookingSubmitOptions } from '@/composables/useBookingSubmit'
import { applyLocale, i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import { appointment, asRequest, authResponse, json, problem, sampleShop, slot } from './support'

const replace = vi.fn(async () => undefined)
vi.mock('vue-router', async (importOriginal) => ({
  ...(await importOriginal<typeof import('vue-router')>()),
  useRouter: () => ({ replace }),
}))
vi.mock('vant', async (importOriginal) => ({
  ...(await importOriginal<typeof import('vant')>()),
  showSuccessToast: vi.fn(),
  showToast: vi.fn(),
}))

const wanted = slot('2030-10-08T09:00:00+08:00')

/** A server that answers the bookings it gets with the given replies, in turn, and notes what was sent. */
function server(...replies: Array<() => Response>) {
  const sent: Array<{ key: string | null; body: BookingRequest }> = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: unknown) => {
      const request = asRequest(input)
      sent.push({ key: request.headers.get('Idempotency-Key'), body: (await request.json()) as BookingRequest })
      const reply = replies.shift()
      if (!reply) throw new Error('unexpected request')
      return reply()
    }),
  )
  return sent
}

/** The composable in a component, as a page uses it, with everything chosen. */
function setUp(overrides: Partial<BookingSubmitOptions> = {}) {
  const chosen = ref<SlotView | null>(wanted)
  const fault = ref('  brakes squeal  ')
  const reloadSlots = vi.fn()
  const onFailed = vi.fn()
  let submit!: ReturnType<typeof useBookingSubmit>
  mount(
    defineComponent({
      setup() {
        submit = useBookingSubmit({
          channel: 'APP',
          vehicle: () => ({ vehicleId: 'v-1' }),
          service: ref(sampleShop.serviceTypes[0] ?? null),
          slot: chosen,
          fault,
          emergency: ref(false),
          reloadSlots,
          onFailed,
          ...overrides,
        })
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return { submit, chosen, reloadSlots, onFailed }
}

beforeEach(() => {
  localStorage.clear()
  applyLocale('en')
  setActivePinia(createPinia())
  useAuthStore().setSession(authResponse('a1', 'r1'))
  vi.clearAllMocks()
})

describe('useBookingSubmit', () => {
  it('books with an idempotency key, says so, and opens the booking', async () => {
    const sent = server(() => json(appointment({ id: 'booked-1' }), 201))
    const { submit } = setUp()

    const done = submit.submit()
    expect(submit.submitting.value).toBe(true)
    await done

    expect(submit.submitting.value).toBe(false)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/)
    expect(sent[0]?.body).toEqual({
      vehicleId: 'v-1',
      serviceType: 'OIL',
      start: wanted.start,
      faultDescription: 'brakes squeal',
      channel: 'APP',
      emergency: false,
    })
    expect(showSuccessToast).toHaveBeenCalledWith('Booking sent')
    expect(replace).toHaveBeenCalledWith({ name: 'booking', params: { id: 'booked-1' } })
  })

  it('sends nothing while the vehicle, the service or the slot is missing', async () => {
    const sent = server()
    for (const missing of [{ vehicle: () => null }, { service: ref(null) }, { slot: ref(null) }]) {
      const { submit } = setUp(missing)
      await submit.submit()
      expect(submit.submitting.value).toBe(false)
    }
    expect(sent).toHaveLength(0)
  })

  it('books a customer by phone and plate on the channel given, as an emergency', async () => {
    const sent = server(() => json(appointment({ id: 'booked-5' }), 201))
    const { submit } = setUp({ channel: 'PHONE', vehicle: () => ({ customerPhone: '13900000001', plate: '沪A12345' }), emergency: ref(true) })
    await submit.submit()
    expect(sent[0]?.body).toEqual({
      customerPhone: '13900000001',
      plate: '沪A12345',
      serviceType: 'OIL',
      start: wanted.start,
      faultDescription: 'brakes squeal',
      channel: 'PHONE',
      emergency: true,
    })
  })

  it('offers the alternatives of a full slot, reloads the slots, and books the one picked with a new key', async () => {
    const offered = [slot('2030-10-08T10:30:00+08:00'), slot('2030-10-08T10:00:00+08:00')]
    const sent = server(
      () => problem(409, { title: 'Slot full', alternatives: offered } as never),
      () => json(appointment({ id: 'booked-2' }), 201),
    )
    const { submit, chosen, reloadSlots, onFailed } = setUp()

    await submit.submit()
    expect(submit.alternatives.value?.map((s) => s.start)).toEqual([offered[1]?.start, offered[0]?.start])
    expect(reloadSlots).toHaveBeenCalledOnce()
    expect(onFailed).not.toHaveBeenCalled()
    expect(showToast).not.toHaveBeenCalled()
    expect(replace).not.toHaveBeenCalled()

    submit.pickAlternative(offered[0] as SlotView)
    expect(submit.alternatives.value).toBeNull()
    expect(chosen.value).toEqual(offered[0])
    await flushPromises()
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith({ name: 'booking', params: { id: 'booked-2' } }))
    expect(sent.map((s) => s.body.start)).toEqual([wanted.start, offered[0]?.start])
    expect(sent[1]?.key).not.toBe(sent[0]?.key)
  })

  it('closes the alternatives without booking', async () => {
    server(() => problem(409, { title: 'Slot full', alternatives: [] } as never))
    const { submit } = setUp()
    await submit.submit()
    expect(submit.alternatives.value).toEqual([])
    submit.closeAlternatives()
    expect(submit.alternatives.value).toBeNull()
  })

  it('puts a fault error under the field and reports the failure; a new attempt is a new request', async () => {
    const sent = server(
      () => problem(400, { title: 'Invalid', errors: [{ field: 'book.request.faultDescription', message: 'too long' }] } as never),
      () => json(appointment({ id: 'booked-3' }), 201),
    )
    const { submit, onFailed } = setUp()

    await submit.submit()
    expect(submit.server.errors.faultDescription).toBe('too long')
    expect(onFailed).toHaveBeenCalledOnce()
    expect(showToast).not.toHaveBeenCalled()
    expect(submit.submitting.value).toBe(false)

    await submit.submit()
    expect(sent[1]?.key).not.toBe(sent[0]?.key)
  })

  it('keeps the key after an answer in doubt (5xx), so that the retry cannot book twice', async () => {
    const sent = server(
      () => problem(503, { title: 'Unavailable' }),
      () => json(appointment({ id: 'booked-4' }), 201),
    )
    const { submit, onFailed } = setUp()

    await submit.submit()
    expect(showToast).toHaveBeenCalledOnce()
    expect(onFailed).toHaveBeenCalledOnce()
    expect(replace).not.toHaveBeenCalled()

    await submit.submit()
    expect(sent[1]?.key).toBe(sent[0]?.key)
    expect(replace).toHaveBeenCalledWith({ name: 'booking', params: { id: 'booked-4' } })
  })
})
