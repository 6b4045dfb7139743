// Journey: a new car owner adds a vehicle and books the first free minor service on a 375x812 phone; the
// demo advisor confirms it from the board on another phone; the owner then sees it confirmed, with the
// advisor's name.
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
//   .alternative-slot                                         one-tap alternatives after a 409 (AlternativesSheet)
//   booking-detail, booking-reference, booking-status[data-status], booking-advisor   (BookingDetailPage)
//   pending-item[data-reference], confirm-booking, countdown  pending confirmations (AdvisorBoard)
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  addVehicle,
  bookFirstSlot,
  byTestId,
  confirmPending,
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

test('a new customer books a minor service, the advisor confirms it, the customer sees who', () =>
  journeyOf(browser, 'booking', async (open) => {
    const owner = { name: '测试车主', phone: randomPhone('137'), password: 'Passw0rd-test' }
    const vehicle = { plate: randomPlate(), vin: randomVin(), make: '大众', model: '朗逸', year: 2022, mileageKm: 36500 }

    // The customer, on their phone
    const customer = await open('customer')
    await registerCustomer(customer, owner)
    await addVehicle(customer, vehicle)
    const { reference, path } = await bookFirstSlot(customer, {
      serviceType: 'MINOR_SERVICE',
      plate: vehicle.plate,
      fault: '保养灯亮了',
    })
    assert.match(reference, /^BK-/)
    assert.equal(await byTestId(customer, 'booking-status').getAttribute('data-status'), 'REQUESTED')
    assert.equal(await byTestId(customer, 'booking-advisor').count(), 0, 'no advisor before confirmation')

    // The advisor, on another phone: the booking waits on the board with its countdown
    const advisor = await open('advisor')
    await login(advisor, DEMO_ADVISOR)
    await byTestId(advisor, 'advisor-board').waitFor()
    const pending = advisor.locator(`[data-testid="pending-item"][data-reference="${reference}"]`)
    await pending.waitFor()
    assert.match((await pending.locator('[data-testid="countdown"]').textContent()) ?? '', /\d{2}:\d{2}/)
    await confirmPending(advisor, reference)

    // Back with the customer: confirmed, and who to call
    await customer.goto(path)
    await byTestId(customer, 'booking-detail').waitFor()
    await customer.locator('[data-testid="booking-status"][data-status="CONFIRMED"]').waitFor()
    assert.equal((await byTestId(customer, 'booking-status').textContent())?.trim(), '已确认')
    assert.match((await byTestId(customer, 'booking-advisor').textContent()) ?? '', new RegExp(DEMO_ADVISOR.name))
  }))
