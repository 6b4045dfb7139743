// Journey: a new car owner adds a vehicle and books the first free minor service on a 390x844 phone, seeing
// its price range and duration and stating the mileage and that they drop the car off; the demo advisor sees
// both on the booking and confirms it from the board on another phone; the owner then sees it confirmed, with
// the advisor's name. Booking the same car at the same time again leads back to the time step, which offers
// the times the car is free; the owner taps one and books it.
//
// The data-testid attributes this journey relies on (keep them when changing the screens):
//   register-name / -phone / -password / -confirm / -submit  registration form (RegisterPage)
//   customer-home, advisor-board                              home pages (login() waits for one of them)
//   tab-book, tab-bookings, tab-inbox, tab-me                 customer tab bar (AppTabbar)
//   me-vehicles                                               Me -> My vehicles (MePage)
//   vehicle-add, vehicle-card[data-plate]                     vehicle list (VehicleListPage)
//   vehicle-plate / -vin / -make / -model / -year / -mileage  vehicle form fields; vehicle-submit (VehicleForm)
//   service-option[data-code]                                 service types (ServiceTypePicker)
//   slot-day[data-date], slot[data-start]                     days and free times (SlotPicker)
//   vehicle-option[data-plate], fault-description             vehicle and fault step (BookPage)
//   book-next, book-submit                                    bottom bar of the booking steps (BookPage)
//   alternatives-offer[data-kind], alternative-slot[data-start]  free times offered after a 409, on the time step (AlternativesOffer)
//   time-step-lead, summary-price, summary-duration           price range and duration (BookPage, BookingSummary)
//   booking-mileage, handover-WAIT / handover-DROP_OFF        the owner's mileage and wait/drop off (CarDetailsFields)
//   booking-price, booking-duration, booking-mileage, booking-handover  the same on the booking (BookingDetailPage)
//   booking-detail, booking-reference, booking-status[data-status], booking-advisor   (BookingDetailPage)
//   pending-item[data-reference], confirm-booking, countdown  pending confirmations (AdvisorBoard)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  addVehicle,
  bookFirstSlot,
  byTestId,
  confirmPending,
  apiCall,
  apiLogin,
  DEMO_ADVISOR,
  journeyOf,
  launchBrowser,
  login,
  randomPhone,
  randomPlate,
  randomVin,
  registerCustomer,
} from './support.mjs'

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

/** The phone of the issue: 390x844. */
const PHONE = { viewport: { width: 390, height: 844 } }

test('a new customer books a minor service, the advisor confirms it, the customer sees who', () =>
  journeyOf(
    browser,
    'booking',
    async (open) => {
      const owner = { name: '测试车主', phone: randomPhone('137'), password: 'Passw0rd-test' }
      const vehicle = { plate: randomPlate(), vin: randomVin(), make: '大众', model: '朗逸', year: 2022, mileageKm: 36500 }

      // The customer, on their phone: the service step says what a minor service costs and takes
      const customer = await open('customer')
      await registerCustomer(customer, owner)
      await addVehicle(customer, vehicle)
      await customer.goto('/')
      await byTestId(customer, 'tab-book').click()
      const minor = customer.locator('[data-testid="service-option"][data-code="MINOR_SERVICE"]')
      await minor.waitFor()
      const offer = (await minor.textContent()) ?? ''
      assert.match(offer, /¥380\.00–¥680\.00/, 'the price range of a minor service')
      assert.match(offer, /1 小时/, 'its duration')

      const { reference, path } = await bookFirstSlot(customer, {
        serviceType: 'MINOR_SERVICE',
        plate: vehicle.plate,
        fault: '保养灯亮了',
        mileageKm: 36800,
        handover: 'DROP_OFF',
      })
      assert.match(reference, /^BK-/)
      assert.equal(await byTestId(customer, 'booking-status').getAttribute('data-status'), 'REQUESTED')
      assert.equal(await byTestId(customer, 'booking-advisor').count(), 0, 'no advisor before confirmation')
      assert.match((await byTestId(customer, 'booking-price').textContent()) ?? '', /¥380\.00–¥680\.00/)
      assert.match((await byTestId(customer, 'booking-duration').textContent()) ?? '', /1 小时/)

      // The advisor, on another phone: the booking shows the owner's mileage and that they drop the car off
      const advisor = await open('advisor')
      await login(advisor, DEMO_ADVISOR)
      await byTestId(advisor, 'advisor-board').waitFor()
      await advisor.goto(path)
      await byTestId(advisor, 'booking-detail').waitFor()
      assert.match((await byTestId(advisor, 'booking-mileage').textContent()) ?? '', /36800 公里/)
      assert.match((await byTestId(advisor, 'booking-handover').textContent()) ?? '', /留车/)
      await advisor.goto('/')
      // ...and waits on the board with its countdown
      const pending = advisor.locator(`[data-testid="pending-item"][data-reference="${reference}"]`)
      await pending.waitFor()
      // the one countdown format: whole minutes in words ("剩余 15 分钟")
      assert.match((await pending.locator('[data-testid="countdown"]').textContent()) ?? '', /\d+ 分钟/)
      await confirmPending(advisor, reference)

      // Back with the customer: confirmed, and who to call
      await customer.goto(path)
      await byTestId(customer, 'booking-detail').waitFor()
      await customer.locator('[data-testid="booking-status"][data-status="CONFIRMED"]').waitFor()
      assert.equal((await byTestId(customer, 'booking-status').textContent())?.trim(), '已确认')
      assert.match((await byTestId(customer, 'booking-advisor').textContent()) ?? '', new RegExp(DEMO_ADVISOR.name))

      // The same car booked from another device for the time the owner is about to take: back to the time
      // step, with the times the car is free
      const { accessToken } = await apiLogin(owner)
      await customer.goto('/')
      await byTestId(customer, 'tab-book').click()
      await customer.locator('[data-testid="service-option"][data-code="MINOR_SERVICE"]').click()
      const wanted = byTestId(customer, 'slot').first()
      const start = await wanted.getAttribute('data-start')
      await wanted.click()
      await byTestId(customer, 'book-next').click()
      await customer.locator(`[data-testid="vehicle-option"][data-plate="${vehicle.plate}"]`).click()
      await byTestId(customer, 'book-next').click()
      await byTestId(customer, 'book-submit').waitFor()
      // (the first booking is given up first: a car holds two upcoming bookings at most)
      await apiCall('POST', `/api/v1/appointments/${path.split('/').pop()}/cancel`, accessToken, { reason: '改约' })
      const cars = await apiCall('GET', '/api/v1/me/vehicles', accessToken)
      const car = cars.find((v) => v.plate === vehicle.plate)
      const meanwhile = await apiCall('POST', '/api/v1/appointments', accessToken, {
        vehicleId: car.id, serviceType: 'MINOR_SERVICE', start, faultDescription: '', channel: 'WEB', emergency: false,
      })
      // One tap, one event: a click that Playwright retries at the same point could land on what the 409 puts
      // there (an offered time, then the submit button of the confirm step) and book before the test looks.
      const refused = customer.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/appointments'))
      await byTestId(customer, 'book-submit').dispatchEvent('click')
      assert.equal((await refused).status(), 409)
      await customer.locator('[data-testid="alternatives-offer"][data-kind="vehicle-already-booked"]').waitFor()
      await byTestId(customer, 'slot-picker').waitFor() // the time step, its picker below the offer
      const alternatives = byTestId(customer, 'alternative-slot')
      assert.ok((await alternatives.count()) >= 1, 'free times are offered')
      const picked = await alternatives.first().getAttribute('data-start')
      assert.notEqual(picked, start)
      assert.match(meanwhile.reference, /^BK-/)
      await alternatives.first().dispatchEvent('click')
      await byTestId(customer, 'book-submit').click()
      await customer.waitForURL(/\/bookings\/[^/]+$/)
      await byTestId(customer, 'booking-detail').waitFor()
      const second = await apiCall('GET', `/api/v1/appointments/${new URL(customer.url()).pathname.split('/').pop()}`, accessToken)
      assert.equal(new Date(second.start).getTime(), new Date(picked ?? '').getTime())
    },
    PHONE,
  ))
