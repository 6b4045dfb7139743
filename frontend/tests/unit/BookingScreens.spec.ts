import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Component } from 'vue'
import type { AppointmentView, CustomerView } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import AdvisorBoard from '@/pages/advisor/AdvisorBoard.vue'
import PhoneBookingPage from '@/pages/advisor/PhoneBookingPage.vue'
import BookingDetailPage from '@/pages/booking/BookingDetailPage.vue'
import BookPage from '@/pages/booking/BookPage.vue'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import type { MeView } from '@/api/types'
import { advisor, appointment, asRequest, authResponse, customer, json, problem, sampleShop, slot } from './support'

/** A server with these bookings; transitions change them as the real one would. */
function stubServer(
  bookings: AppointmentView[],
  extra: (request: Request, url: URL) => Promise<Response | null> = async () => null,
) {
  const calls: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: unknown) => {
      const request = asRequest(input)
      const url = new URL(request.url)
      calls.push(`${request.method} ${url.pathname}${url.search}`)
      const answered = await extra(request, url)
      if (answered) return answered
      if (url.pathname === '/api/v1/shop') return json(sampleShop)
      if (url.pathname === '/api/v1/notifications/unread-count') return json({ count: 0 })
      if (url.pathname === '/api/v1/appointments') return json(bookings.filter((b) => b.status === (url.searchParams.get('status') ?? b.status)))
      const match = url.pathname.match(/^\/api\/v1\/appointments\/([^/]+)(?:\/(.+))?$/)
      const booking = bookings.find((b) => b.id === match?.[1])
      if (!booking) return problem(404)
      if (!match?.[2]) return json(booking)
      if (match[2] === 'history') return json([])
      if (match[2] === 'confirm') {
        Object.assign(booking, { status: 'CONFIRMED', advisor: { id: 'u-2', name: '王芳', phone: '13800000002' } })
        return json(booking)
      }
      return problem(409)
    }),
  )
  return calls
}

async function mountAs(user: MeView, component: Component, props: Record<string, unknown> = {}, path = '/') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setSession(authResponse('a1', 'r1', user))
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  })
  await flushPromises()
  return wrapper
}

// Pages mount one at a time (the router runs its guards in the app it is installed in); the shop's clock
// reads 09:10 on 7 October 2030 in Shanghai, while timers run for real.
beforeEach(() => {
  localStorage.clear()
  applyLocale('zh-CN')
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2030-10-07T01:10:00Z'))
})
afterEach(() => vi.useRealTimers())
enableAutoUnmount(afterEach)

describe('booking screens', () => {
  it('counts down each pending confirmation, red once overdue or escalated, and confirms', async () => {
    const fresh = appointment({ reference: 'BK-FRESH1', confirmBy: '2030-10-07T01:15:00Z' })
    const late = appointment({ reference: 'BK-LATE01', confirmBy: '2030-10-07T01:07:30Z', escalated: true })
    const calls = stubServer([fresh, late, appointment({ reference: 'BK-DONE01', status: 'CONFIRMED' })])
    const wrapper = await mountAs(advisor, AdvisorBoard)

    // staff would only get today's bookings by default: the board asks for the days ahead too
    expect(calls).toContain('GET /api/v1/appointments?status=REQUESTED&from=2030-10-06&to=2031-10-08')
    const items = wrapper.findAll('[data-testid="pending-item"]')
    expect(items.map((i) => i.attributes('data-reference'))).toEqual(['BK-LATE01', 'BK-FRESH1'])
    const countdown = (i: number) => wrapper.findAll('[data-testid="countdown"]')[i]
    /** Vant's tag sits in a <Transition>, which the test stubs: look inside the stub. */
    const color = (i: number) => {
      const el = countdown(i)
      return (el?.classes().includes('van-tag') ? el : el?.find('.van-tag'))?.classes()
    }
    expect(countdown(0)?.text()).toContain('超时 3 分钟')
    expect(color(0)).toContain('van-tag--danger')
    expect(countdown(1)?.text()).toContain('剩余 5 分钟')
    expect(color(1)).toContain('van-tag--primary')
    expect(items[0]?.find('[data-testid="escalated"]').exists()).toBe(true)
    expect(items[1]?.find('[data-testid="escalated"]').exists()).toBe(false)

    vi.setSystemTime(new Date('2030-10-07T01:15:01Z'))
    await vi.waitFor(() => expect(countdown(1)?.text()).toContain('超时 1 分钟'), { timeout: 3000 })
    expect(color(1)).toContain('van-tag--danger')

    await items[1]?.find('[data-testid="confirm-booking"]').trigger('click')
    await flushPromises()
    expect(calls).toContain(`POST /api/v1/appointments/${fresh.id}/confirm`)
    expect(wrapper.findAll('[data-testid="pending-item"]').map((i) => i.attributes('data-reference'))).toEqual(['BK-LATE01'])
  })

  it('shows the advisor of a confirmed booking and lets the customer change it before the cut-off', async () => {
    const booking = appointment({
      status: 'CONFIRMED',
      advisor: { id: 'u-2', name: '王芳', phone: '13800000002' },
      changeableUntil: '2030-10-08T07:00:00+08:00',
    })
    stubServer([booking])
    const wrapper = await mountAs(customer, BookingDetailPage, { id: booking.id })

    expect(wrapper.find('[data-testid="booking-status"]').text()).toBe('已确认')
    expect(wrapper.find('[data-testid="booking-advisor"]').text()).toContain('王芳')
    expect(wrapper.find('[data-testid="advisor-phone"]').attributes('href')).toBe('tel:13800000002')
    expect(wrapper.find('[data-testid="change-note"]').text()).toContain('07:00 前可在线改期或取消')
    expect(wrapper.find('[data-testid="reschedule"]').attributes('disabled')).toBeUndefined()
    expect(wrapper.find('[data-testid="cancel"]').attributes('disabled')).toBeUndefined()
  })

  it('greys out reschedule and cancel after the cut-off and says why', async () => {
    const booking = appointment({ status: 'CONFIRMED', changeableUntil: '2030-10-07T09:00:00+08:00' }) // passed at 09:10
    stubServer([booking])
    const wrapper = await mountAs(customer, BookingDetailPage, { id: booking.id })

    expect(wrapper.find('[data-testid="reschedule"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid="cancel"]').attributes('disabled')).toBeDefined()
    const why = wrapper.find('[data-testid="change-closed"]').text()
    expect(why).toContain('已过在线改期或取消的截止时间')
    expect(why).toContain(sampleShop.phone)
  })

  it("says that another customer's booking does not exist (the server answers 404)", async () => {
    stubServer([])
    const wrapper = await mountAs(customer, BookingDetailPage, { id: 'someone-elses' })
    expect(wrapper.find('[data-testid="booking-not-found"]').exists()).toBe(true)
  })
})

describe('booking a slot that has just gone', () => {
  it('leads back to the time step offering the alternatives, and books the one tapped with a new idempotency key', async () => {
    const wanted = slot('2030-10-08T09:00:00+08:00')
    const offered = [slot('2030-10-08T10:30:00+08:00', 2), slot('2030-10-08T10:00:00+08:00', 1)]
    const bookings: Array<{ key: string | null; start: string; channel: string; mileageKm?: number; handover?: string }> = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: unknown) => {
        const request = asRequest(input)
        const url = new URL(request.url)
        if (url.pathname === '/api/v1/shop')
          return json({ ...sampleShop, serviceTypes: [{ ...sampleShop.serviceTypes[0], code: 'MINOR_SERVICE', priceMin: 380, priceMax: 680 }] })
        if (url.pathname === '/api/v1/me/vehicles')
          return json([{ id: 'v-1', customerId: 'u-1', plate: '沪A12345', vin: 'LSVAU2180N2123456', make: '大众', model: '帕萨特', year: 2021, mileageKm: 100, energyType: 'PETROL' }])
        if (url.pathname === '/api/v1/availability') {
          expect(Object.fromEntries(url.searchParams)).toEqual({ serviceType: 'MINOR_SERVICE', from: '2030-10-07', to: '2030-10-20', emergency: 'false' })
          return json({ serviceType: 'MINOR_SERVICE', durationMinutes: 60, timeZone: 'Asia/Shanghai', slots: [wanted, ...offered] })
        }
        if (url.pathname === '/api/v1/appointments' && request.method === 'POST') {
          const body = (await request.json()) as { start: string; channel: string; mileageKm?: number; handover?: string }
          bookings.push({ key: request.headers.get('Idempotency-Key'), ...body })
          if (bookings.length === 1)
            return problem(409, { type: 'https://pitstop.dev/problems/vehicle-already-booked', title: 'Vehicle already booked', alternatives: offered } as never)
          return json(appointment({ id: 'booked-1', start: body.start }), 201)
        }
        if (url.pathname.startsWith('/api/v1/appointments/booked-1')) return json(url.pathname.endsWith('history') ? [] : appointment({ id: 'booked-1' }))
        return problem(404)
      }),
    )
    const wrapper = await mountAs(customer, BookPage, {}, '/book')

    // The service step says how long it takes and what it costs.
    const option = wrapper.find('[data-testid="service-option"][data-code="MINOR_SERVICE"]')
    expect(option.text()).toContain('约 1 小时')
    expect(option.text()).toContain('¥380.00–¥680.00')
    await option.trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="slot"]').length).toBeGreaterThan(0))
    expect(wrapper.find('[data-testid="time-step-lead"]').text()).toContain('¥380.00–¥680.00')
    await wrapper.find(`[data-testid="slot"][data-start="${wanted.start}"]`).trigger('click')
    await wrapper.find('[data-testid="book-next"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="vehicle-option"]').exists()).toBe(true))

    // Mileage is whole km up to 2,000,000: more holds the wizard on this step.
    await wrapper.find('[data-testid="booking-mileage"] input').setValue('3000000')
    expect(wrapper.find('[data-testid="car-details"]').text()).toContain('请填整数公里')
    expect(wrapper.find('[data-testid="book-next"]').attributes('disabled')).toBeDefined()
    await wrapper.find('[data-testid="booking-mileage"] input').setValue('42180')
    await wrapper.find('[data-testid="handover-DROP_OFF"]').trigger('click')
    await wrapper.find('[data-testid="book-next"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="book-submit"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="summary-price"]').text()).toContain('¥380.00–¥680.00')
    expect(wrapper.find('[data-testid="summary-duration"]').text()).toContain('1 小时')
    expect(wrapper.find('[data-testid="summary-mileage"]').text()).toContain('42180 公里')
    expect(wrapper.find('[data-testid="summary-handover"]').text()).toContain('留车')
    await wrapper.find('[data-testid="book-submit"]').trigger('click')

    // Back on the time step: why, and the alternatives, soonest first, at the shop's time.
    await vi.waitFor(() => expect(wrapper.find('[data-testid="alternatives-offer"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="alternatives-offer"]').text()).toContain('这辆车在该时段已有预约')
    const choices = wrapper.findAll('[data-testid="alternative-slot"]')
    expect(choices.map((c) => c.text())).toEqual([expect.stringContaining('10:00–11:00'), expect.stringContaining('10:30–11:30')])

    await choices[0]?.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="summary-time"]').text()).toContain('10:00–11:00'))
    await wrapper.find('[data-testid="book-submit"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/bookings/booked-1'))
    expect(bookings.map((b) => b.start)).toEqual([wanted.start, offered[1]?.start])
    expect(bookings.every((b) => b.channel === 'APP' && b.mileageKm === 42180 && b.handover === 'DROP_OFF')).toBe(true)
    expect(bookings[0]?.key).toBeTruthy()
    expect(bookings[1]?.key).not.toBe(bookings[0]?.key)
  })
})

describe('what the advisor checks before confirming', () => {
  const inWorkshop = () =>
    appointment({
      reference: 'BK-WARN01',
      mileageKm: 42180,
      handover: 'WAIT',
      serviceType: { code: 'MINOR_SERVICE', nameZh: '小保养', nameEn: 'Minor service', durationMinutes: 60, priceMin: 380 },
      warnings: [
        { code: 'IN_WORKSHOP', reference: 'RO-4K8P2Z' },
        { code: 'OVERLAPPING_BOOKING', reference: 'BK-OTHER1', start: '2030-10-08T09:30:00+08:00' },
      ],
    })

  it('shows the warnings, the mileage and whether the owner waits on the booking', async () => {
    const booking = inWorkshop()
    stubServer([booking])
    const wrapper = await mountAs(advisor, BookingDetailPage, { id: booking.id }, `/bookings/${booking.id}`)
    const warnings = wrapper.findAll('[data-testid="booking-warning"]')
    expect(warnings.map((w) => w.attributes('data-code'))).toEqual(['IN_WORKSHOP', 'OVERLAPPING_BOOKING'])
    expect(warnings[0]?.text()).toContain('RO-4K8P2Z')
    expect(warnings[1]?.text()).toContain('BK-OTHER1')
    expect(wrapper.find('[data-testid="booking-mileage"]').text()).toContain('42180 公里')
    expect(wrapper.find('[data-testid="booking-handover"]').text()).toContain('在店等候')
    expect(wrapper.find('[data-testid="booking-price"]').text()).toContain('¥380.00 起')
  })

  it('are not shown to the owner', async () => {
    const booking = inWorkshop()
    stubServer([booking])
    const wrapper = await mountAs(customer, BookingDetailPage, { id: booking.id }, `/bookings/${booking.id}`)
    expect(wrapper.find('[data-testid="booking-warnings"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="booking-price"]').text()).toContain('¥380.00 起')
  })

  it('lets the advisor select several pending bookings and confirm them at once', async () => {
    const first = appointment({ reference: 'BK-MANY01', warnings: [{ code: 'IN_WORKSHOP', reference: 'RO-4K8P2Z' }] })
    const second = appointment({ reference: 'BK-MANY02' })
    const third = appointment({ reference: 'BK-MANY03' })
    const sent: unknown[] = []
    const calls = stubServer([first, second, third], async (request, url) => {
      if (url.pathname !== '/api/v1/appointments/confirmations') return null
      const body = (await request.json()) as { ids: string[] }
      sent.push(body)
      Object.assign(first, { status: 'CONFIRMED' })
      Object.assign(third, { status: 'CONFIRMED' }) // a colleague was faster
      return json({
        confirmed: 1,
        results: [
          { id: body.ids[0], outcome: 'CONFIRMED', appointment: { ...first, status: 'CONFIRMED' } },
          { id: body.ids[1], outcome: 'NOT_PENDING', appointment: { ...third, status: 'CONFIRMED' }, detail: '已被确认' },
        ],
      })
    })
    const wrapper = await mountAs(advisor, AdvisorBoard)
    expect(wrapper.findAll('[data-testid="pending-warning"]').map((w) => w.attributes('data-code'))).toEqual(['IN_WORKSHOP'])

    await wrapper.find('[data-testid="board-select"]').trigger('click')
    const boxes = wrapper.findAll('[data-testid="pending-select"]')
    expect(boxes).toHaveLength(3)
    await boxes[0]?.trigger('click')
    await boxes[2]?.trigger('click')
    expect(wrapper.find('[data-testid="confirm-selected"]').text()).toContain('确认 2 个')
    await wrapper.find('[data-testid="confirm-selected"] button').trigger('click')
    await flushPromises()
    expect(sent).toEqual([{ ids: [first.id, third.id] }])
    expect(calls).toContain('POST /api/v1/appointments/confirmations')
    // the confirmed one leaves the queue; the list is read again for the one that was not
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="pending-item"]').map((i) => i.attributes('data-reference'))).not.toContain('BK-MANY01'))
  })
})

const known: CustomerView = {
  id: 'u-1',
  name: '李明',
  phone: '13900000001',
  registered: true,
  vehicles: [
    { id: 'v-1', customerId: 'u-1', plate: '沪A12345', vin: 'LSVAU2180N2123456', make: '大众', model: '帕萨特', year: 2021, mileageKm: 100, energyType: 'PETROL' },
    { id: 'v-2', customerId: 'u-1', plate: '沪B67890', vin: 'LSVAU2180N2654321', make: '丰田', model: '凯美瑞', year: 2019, mileageKm: 200, energyType: 'PETROL', claimedElsewhere: true },
  ],
}

describe('an advisor books on the phone', () => {
  it('finds the customer, books their second car by plate on the PHONE channel, and shows a fault error under the field', async () => {
    const wanted = slot('2030-10-08T09:00:00+08:00')
    const posted: Array<{ key: string | null; body: Record<string, unknown> }> = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: unknown) => {
        const request = asRequest(input)
        const url = new URL(request.url)
        if (url.pathname === '/api/v1/shop') return json({ ...sampleShop, serviceTypes: [{ ...sampleShop.serviceTypes[0], code: 'MINOR_SERVICE' }] })
        if (url.pathname === '/api/v1/notifications/unread-count') return json({ count: 0 })
        if (url.pathname === '/api/v1/customers') {
          expect(url.searchParams.get('phone')).toBe('13900000001')
          return json(known)
        }
        if (url.pathname === '/api/v1/availability') {
          expect(url.searchParams.get('emergency')).toBe('false')
          return json({ serviceType: 'MINOR_SERVICE', durationMinutes: 60, timeZone: 'Asia/Shanghai', slots: [wanted] })
        }
        if (url.pathname === '/api/v1/appointments' && request.method === 'POST') {
          posted.push({ key: request.headers.get('Idempotency-Key'), body: (await request.json()) as Record<string, unknown> })
          if (posted.length === 1)
            return problem(400, { title: 'Invalid', errors: [{ field: 'book.request.faultDescription', message: '太长了' }] } as never)
          return json(appointment({ id: 'booked-2', channel: 'PHONE' }), 201)
        }
        if (url.pathname.startsWith('/api/v1/appointments/booked-2')) return json(url.pathname.endsWith('history') ? [] : appointment({ id: 'booked-2' }))
        return problem(404)
      }),
    )
    const wrapper = await mountAs(advisor, PhoneBookingPage, {}, '/desk/new')

    // 1. Who: no next step before a vehicle is chosen
    expect(wrapper.find('[data-testid="book-next"]').attributes('disabled')).toBeDefined()
    await wrapper.find('[data-testid="walk-in-phone"] input').setValue('139 0000 0001')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="walk-in-vehicle"]')).toHaveLength(2))
    // another customer already had 沪B67890 on file: staff see that it needs checking
    const claimed = wrapper.findAll('[data-testid="vehicle-claimed-elsewhere"]')
    expect(claimed.map((tag) => tag.text())).toEqual(['车辆归属待核实'])
    expect(wrapper.find('[data-testid="walk-in-vehicle"][data-plate="沪B67890"] [data-testid="vehicle-claimed-elsewhere"]').exists()).toBe(true)
    await wrapper.find('[data-testid="walk-in-vehicle"][data-plate="沪B67890"]').trigger('click')
    await wrapper.find('[data-testid="book-next"]').trigger('click')

    // 2. What: no bottom bar; picking a service goes on
    await vi.waitFor(() => expect(wrapper.find('[data-testid="service-option"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="book-next"]').exists()).toBe(false)
    await wrapper.find('[data-testid="service-option"][data-code="MINOR_SERVICE"]').trigger('click')

    // 3. When
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="slot"]').length).toBeGreaterThan(0))
    await wrapper.find(`[data-testid="slot"][data-start="${wanted.start}"]`).trigger('click')
    await wrapper.find('[data-testid="book-next"]').trigger('click')

    // 4. Confirm: the summary, the fault, and the submit button
    await vi.waitFor(() => expect(wrapper.find('[data-testid="book-submit"]').exists()).toBe(true))
    const summary = wrapper.find('[data-testid="book-summary"]').text()
    expect(summary).toContain('李明')
    expect(summary).toContain('沪B67890')
    await wrapper.find('[data-testid="fault-description"] textarea').setValue('  异响  ')
    await wrapper.find('[data-testid="book-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="fault-description"]').text()).toContain('太长了'))
    expect(router.currentRoute.value.query.step).toBe('3') // the error stays on the confirm step

    await wrapper.find('[data-testid="fault-description"] textarea').setValue('异响')
    expect(wrapper.find('[data-testid="fault-description"]').text()).not.toContain('太长了')
    await wrapper.find('[data-testid="book-submit"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/bookings/booked-2'))

    expect(posted[0]?.body).toEqual({
      customerPhone: '13900000001',
      plate: '沪B67890',
      serviceType: 'MINOR_SERVICE',
      start: wanted.start,
      faultDescription: '异响',
      channel: 'PHONE',
      emergency: false,
    })
    expect(posted[1]?.body.faultDescription).toBe('异响')
    expect(posted[0]?.key).toBeTruthy()
    expect(posted[1]?.key).not.toBe(posted[0]?.key) // a 400 is definitive: the retry is a new request
  })
})

describe('the emergency path', () => {
  const rescueShop = { ...sampleShop, emergencyPhone: '400-800-1234' }
  function stubShop() {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: unknown) => {
        const url = new URL(asRequest(input).url)
        if (url.pathname === '/api/v1/shop') return json(rescueShop)
        if (url.pathname === '/api/v1/me/vehicles') return json([])
        if (url.pathname === '/api/v1/notifications/unread-count') return json({ count: 0 })
        return problem(404)
      }),
    )
  }

  it('while the shop is closed says when it opens and offers the rescue line, never "call the shop"', async () => {
    vi.setSystemTime(new Date('2030-10-06T04:00:00Z')) // a Sunday, 12:00 in Shanghai: no hours on Sundays
    stubShop()
    const wrapper = await mountAs(customer, BookPage, { emergency: true }, '/book/emergency')
    expect(wrapper.find('[data-testid="emergency-closed"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="emergency-rescue-call"]').attributes('href')).toBe('tel:400-800-1234')
    expect(wrapper.find('[data-testid="emergency-call"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="emergency-note"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('10月7日')
  })

  it('while it is open offers the fast lane within the hour and the shop phone', async () => {
    stubShop() // Monday 09:10 in Shanghai
    const wrapper = await mountAs(customer, BookPage, { emergency: true }, '/book/emergency')
    expect(wrapper.find('[data-testid="emergency-closed"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="emergency-note"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="emergency-call"]').attributes('href')).toBe('tel:021-12345678')
  })
})
