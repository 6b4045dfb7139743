import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { Calendar, closeDialog, TimePicker } from 'vant'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BayRequest, BayView, OutboxMessageView, PartnerClientView, StaffView } from '@/api/types'
import { applyLocale } from '@/i18n'
import BaysPage from '@/pages/setup/BaysPage.vue'
import ClosedDaysPage from '@/pages/setup/ClosedDaysPage.vue'
import HoursPage from '@/pages/setup/HoursPage.vue'
import OutboxPage from '@/pages/setup/OutboxPage.vue'
import PartnersPage from '@/pages/setup/PartnersPage.vue'
import StaffPage from '@/pages/setup/StaffPage.vue'
import { json, problem, sampleShop } from '../support'
import { answerDialog, fieldError, manager, mountAs, on, pickAction, sent, shopWith, stubServer, submit } from './harness'

beforeEach(() => {
  localStorage.clear()
  applyLocale('zh-CN')
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2030-10-07T08:00:00Z')) // a Monday, 16:00 in Shanghai
})
afterEach(() => {
  closeDialog()
  vi.useRealTimers()
})
enableAutoUnmount(afterEach)

describe('opening hours', () => {
  /** Sets one time of a day through the time picker, as the manager does. */
  async function setTime(wrapper: Awaited<ReturnType<typeof mountAs>>, day: string, which: 'opens' | 'closes', hhmm: string) {
    await wrapper.find(`[data-testid="hours-${which}-${day}"]`).trigger('click')
    const picker = wrapper.findComponent(TimePicker)
    picker.vm.$emit('update:modelValue', hhmm.split(':'))
    picker.vm.$emit('confirm')
    await flushPromises()
  }

  it('refuses a day that closes before it opens, says which day, and sends nothing', async () => {
    const calls = stubServer(sampleShop)
    const wrapper = await mountAs(HoursPage, '/setup/hours')
    await setTime(wrapper, 'MONDAY', 'closes', '08:00')
    expect(wrapper.find('[data-testid="hours-closes-MONDAY"]').text()).toBe('08:00')

    await submit(wrapper, 'hours-form')
    const monday = wrapper.find('[data-testid="hours-day"][data-day="MONDAY"]')
    expect(monday.find('[data-testid="hours-day-error"]').text()).toBe('打烊时间须晚于开门时间')
    expect(wrapper.findAll('[data-testid="hours-day-error"]')).toHaveLength(1)
    expect(sent(calls, 'PUT')).toHaveLength(0)
  })

  it('needs one open day a week (single days off are closed days)', async () => {
    const calls = stubServer(sampleShop)
    const wrapper = await mountAs(HoursPage, '/setup/hours')
    await wrapper.find('[data-testid="hours-open-MONDAY"]').trigger('click')
    await wrapper.find('[data-testid="hours-open-SATURDAY"]').trigger('click')
    await submit(wrapper, 'hours-form')
    expect(wrapper.find('[data-testid="hours-week-error"]').text()).toContain('每周至少要有一天营业')
    expect(sent(calls, 'PUT')).toHaveLength(0)
  })

  it('sends the whole week (open days only) with the shop details and its rescue line, and puts the server\'s objection on its day', async () => {
    const calls = stubServer(
      sampleShop,
      on('PUT', '/api/v1/shop', () =>
        problem(400, { title: 'Invalid request', errors: [{ field: 'openingHours[1].closes', message: 'must be after opens' }] }),
      ),
    )
    const wrapper = await mountAs(HoursPage, '/setup/hours')
    await wrapper.find('[data-testid="hours-open-TUESDAY"]').trigger('click') // opens with the usual 08:30–18:00
    await wrapper.find('[data-testid="hours-emergency-phone"] input').setValue(' 400-800-1234 ') // the rescue line
    await submit(wrapper, 'hours-form')

    expect(sent(calls, 'PUT', '/api/v1/shop')[0]?.body).toEqual({
      name: sampleShop.name,
      phone: sampleShop.phone,
      emergencyPhone: '400-800-1234',
      address: sampleShop.address,
      timeZone: 'Asia/Shanghai',
      openingHours: [
        { dayOfWeek: 'MONDAY', opens: '08:30', closes: '18:00' },
        { dayOfWeek: 'TUESDAY', opens: '08:30', closes: '18:00' },
        { dayOfWeek: 'SATURDAY', opens: '09:00', closes: '17:00' },
      ],
    })
    const tuesday = wrapper.find('[data-testid="hours-day"][data-day="TUESDAY"]')
    expect(tuesday.find('[data-testid="hours-day-error"]').text()).toBe('must be after opens')
  })

  it('shows a shop field the server refused under that field', async () => {
    stubServer(sampleShop, on('PUT', '/api/v1/shop', () => problem(400, { title: 'Invalid request', errors: [{ field: 'timeZone', message: 'is not an IANA time zone such as Asia/Shanghai' }] })))
    const wrapper = await mountAs(HoursPage, '/setup/hours')
    await wrapper.find('[data-testid="hours-phone"] input').setValue('021-55550001')
    await submit(wrapper, 'hours-form')
    expect(fieldError(wrapper, 'hours-time-zone').text()).toBe('is not an IANA time zone such as Asia/Shanghai')
  })
})

describe('service bays', () => {
  const created = (body: BayRequest): BayView => ({ id: 'b-new', code: body.code, name: body.name, skills: body.skills, active: body.active ?? true })

  it('adds a bay by its name alone: the next free code and general service are offered', async () => {
    const calls = stubServer(sampleShop, on('POST', '/api/v1/shop/bays', (call) => json(created(call.body as BayRequest), 201)))
    const wrapper = await mountAs(BaysPage, '/setup/bays')
    expect(wrapper.findAll('[data-testid="bay-item"]').map((b) => b.attributes('data-name'))).toEqual(['快修工位'])

    await wrapper.find('[data-testid="bay-add"]').trigger('click')
    expect((wrapper.find('[data-testid="bay-code"] input').element as HTMLInputElement).value).toBe('B2')
    await wrapper.find('[data-testid="bay-name"] input').setValue('钣喷 2 号')
    await submit(wrapper, 'bay-form')

    expect(sent(calls, 'POST', '/api/v1/shop/bays')[0]?.body).toEqual({ code: 'B2', name: '钣喷 2 号', skills: ['GENERAL_SERVICE'], active: true })
    expect(wrapper.find('[data-testid="bay-item"][data-name="钣喷 2 号"]').exists()).toBe(true)
  })

  it('says under the code when another bay took it meanwhile (409), and under the name what the server refused', async () => {
    stubServer(
      sampleShop,
      on('POST', '/api/v1/shop/bays', (call) =>
        (call.body as BayRequest).code === 'B9'
          ? problem(409, { type: 'https://pitstop.dev/problems/bay-code-taken', title: 'Conflict', detail: 'A bay with code B9 already exists' })
          : problem(400, { title: 'Invalid request', errors: [{ field: 'name', message: 'must not be blank' }] }),
      ),
    )
    const wrapper = await mountAs(BaysPage, '/setup/bays')
    await wrapper.find('[data-testid="bay-add"]').trigger('click')
    await wrapper.find('[data-testid="bay-name"] input').setValue('快修 9 号')
    await wrapper.find('[data-testid="bay-code"] input').setValue('B9')
    await submit(wrapper, 'bay-form')
    expect(fieldError(wrapper, 'bay-code').text()).toBe('该编号已被其他工位使用')

    await wrapper.find('[data-testid="bay-code"] input').setValue('B10')
    await submit(wrapper, 'bay-form')
    expect(fieldError(wrapper, 'bay-name').text()).toBe('must not be blank')
    expect(fieldError(wrapper, 'bay-code').exists()).toBe(false)
  })

  it('takes a bay out of service only once the manager confirms', async () => {
    const calls = stubServer(sampleShop, on('PUT', '/api/v1/shop/bays/b-1', (call) => json({ ...sampleShop.bays[0], ...(call.body as BayRequest) })))
    const wrapper = await mountAs(BaysPage, '/setup/bays')
    await wrapper.find('[data-testid="bay-item"]').trigger('click')
    await pickAction(wrapper, '停用工位')
    await answerDialog('cancel')
    expect(sent(calls, 'PUT')).toHaveLength(0)

    await wrapper.find('[data-testid="bay-item"]').trigger('click')
    await pickAction(wrapper, '停用工位')
    await answerDialog('confirm')
    expect(sent(calls, 'PUT', '/api/v1/shop/bays/b-1')[0]?.body).toEqual({ code: 'B1', name: '快修工位', skills: ['GENERAL_SERVICE'], active: false })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="bay-item"]').attributes('data-active')).toBe('false'))
    expect(wrapper.find('[data-testid="bay-inactive"]').exists()).toBe(true)
  })
})

describe('closed days', () => {
  const shop = shopWith({
    closedDays: [
      { date: '2030-12-25', reason: '盘点' },
      { date: '2030-10-01', reason: '国庆节' },
      { date: '2030-10-08', reason: '国庆节' },
    ],
  })

  it('lists the closed days from today on, soonest first, with how far off they are', async () => {
    stubServer(shop)
    const wrapper = await mountAs(ClosedDaysPage, '/setup/closed-days')
    const items = wrapper.findAll('[data-testid="closed-day-item"]')
    expect(items.map((i) => i.attributes('data-date'))).toEqual(['2030-10-08', '2030-12-25'])
    expect(items[0]?.text()).toContain('明天')
    expect(items[1]?.text()).toContain('79 天后')
  })

  it('says so when there is none ahead', async () => {
    stubServer(shopWith({ closedDays: [{ date: '2030-10-01', reason: '国庆节' }] }))
    const wrapper = await mountAs(ClosedDaysPage, '/setup/closed-days')
    expect(wrapper.find('[data-testid="closed-day-empty"]').text()).toContain('近期没有休息日')
  })

  it('opens a day again after the manager confirms', async () => {
    const calls = stubServer(shop, on('DELETE', '/api/v1/shop/closed-days/2030-10-08', () => new Response(null, { status: 204 })))
    const wrapper = await mountAs(ClosedDaysPage, '/setup/closed-days')
    await wrapper.find('[data-testid="closed-day-item"][data-date="2030-10-08"]').trigger('click')
    await pickAction(wrapper, '恢复营业')
    await answerDialog('confirm')
    expect(sent(calls, 'DELETE')).toHaveLength(1)
    await vi.waitFor(() => expect(wrapper.find('[data-date="2030-10-08"]').exists()).toBe(false))
  })

  it('closes the days picked in the calendar, one request a date, with one reason', async () => {
    const calls = stubServer(
      shop,
      on('PUT', '/api/v1/shop/closed-days/2031-02-11', (call) => json({ date: '2031-02-11', ...(call.body as object) })),
      on('PUT', '/api/v1/shop/closed-days/2031-02-10', (call) => json({ date: '2031-02-10', ...(call.body as object) })),
    )
    const wrapper = await mountAs(ClosedDaysPage, '/setup/closed-days')
    await wrapper.find('[data-testid="closed-day-add"]').trigger('click')
    const calendar = wrapper.findComponent(Calendar)
    calendar.vm.$emit('select', [new Date(2031, 1, 11), new Date(2031, 1, 10)])
    await flushPromises()
    expect(wrapper.find('[data-testid="closed-day-submit"]').attributes('disabled')).toBeDefined() // no reason yet
    await wrapper.findAll('[data-testid="closed-day-preset"]').find((p) => p.text() === '春节')?.trigger('click')
    await wrapper.find('[data-testid="closed-day-submit"]').trigger('click')
    await flushPromises()

    expect(sent(calls, 'PUT').map((c) => [c.path, c.body])).toEqual([
      ['/api/v1/shop/closed-days/2031-02-10', { reason: '春节' }],
      ['/api/v1/shop/closed-days/2031-02-11', { reason: '春节' }],
    ])
    expect(wrapper.findAll('[data-testid="closed-day-item"]').map((i) => i.attributes('data-date'))).toEqual(['2030-10-08', '2030-12-25', '2031-02-10', '2031-02-11'])
  })
})

describe('partner applications', () => {
  const carPal: PartnerClientView = { clientId: 'pc_1', name: '车友宝', scopes: ['bookings:read'], active: true, createdAt: '2030-10-07T01:00:00Z' }

  it('shows the secret of a new app once, until the manager says it is stored, and then never again', async () => {
    let list: PartnerClientView[] = []
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/partner-clients', () => json(list)),
      on('POST', '/api/v1/partner-clients', () => {
        list = [carPal]
        return json({ clientId: 'pc_1', clientSecret: 's3cr3t-only-once', name: '车友宝', scopes: ['bookings:read'] }, 201)
      }),
    )
    const wrapper = await mountAs(PartnersPage, '/setup/partners')
    expect(wrapper.find('[data-testid="partner-empty"]').exists()).toBe(true)

    await wrapper.find('[data-testid="partner-add"]').trigger('click')
    await wrapper.find('[data-testid="partner-name"] input').setValue('车友宝')
    await submit(wrapper, 'partner-form')
    expect(sent(calls, 'POST')[0]?.body).toEqual({ name: '车友宝', scopes: ['bookings:read'] })

    const dialog = wrapper.find('[data-testid="partner-secret"]')
    expect(dialog.isVisible()).toBe(true)
    expect(dialog.find('[data-testid="partner-secret-value"]').text()).toBe('s3cr3t-only-once')
    expect(dialog.find('[data-testid="partner-secret-warning"]').text()).toContain('只显示这一次')
    const done = () => wrapper.find('[data-testid="partner-secret-done"]')
    expect(done().attributes('disabled')).toBeDefined() // not before the manager says it is stored
    await wrapper.find('[data-testid="partner-secret-stored"]').trigger('click')
    expect(done().attributes('disabled')).toBeUndefined()
    await done().trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="partner-secret-value"]').exists()).toBe(false)
    expect(document.body.innerHTML).not.toContain('s3cr3t-only-once')
    const item = wrapper.find('[data-testid="partner-item"][data-client-id="pc_1"]')
    expect(item.text()).toContain('车友宝')
    await item.trigger('click') // its actions offer no way back to the secret
    expect(wrapper.findAll('.van-action-sheet__item').map((a) => a.text())).toEqual(['复制客户端 ID', '停用应用'])
  })

  it('revokes an app only once the manager confirms', async () => {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/partner-clients', () => json([carPal])),
      on('POST', '/api/v1/partner-clients/pc_1/revoke', () => json({ ...carPal, active: false })),
    )
    const wrapper = await mountAs(PartnersPage, '/setup/partners')
    await wrapper.find('[data-testid="partner-item"]').trigger('click')
    await pickAction(wrapper, '停用应用')
    await answerDialog('confirm')
    expect(sent(calls, 'POST', '/api/v1/partner-clients/pc_1/revoke')).toHaveLength(1)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="partner-status"]').text()).toBe('已停用'))
  })
})

describe('failed external messages', () => {
  const failed = (id: string): OutboxMessageView => ({
    id,
    channel: 'SMS',
    kind: id === 'm-code' ? 'PHONE_CODE' : 'BOOKING_CONFIRMED',
    address: '13900000001',
    status: 'FAILED',
    attempts: 5,
    lastError: 'gateway timeout',
    createdAt: '2030-10-07T07:00:00Z',
    nextAttemptAt: '2030-10-07T07:30:00Z',
  })

  it('sends a failed message again and takes it off the list', async () => {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/outbox', () => json([failed('m-1')])),
      on('POST', '/api/v1/outbox/m-1/retry', () => json({ ...failed('m-1'), status: 'SENT', attempts: 1, sentAt: '2030-10-07T08:00:00Z' })),
    )
    const wrapper = await mountAs(OutboxPage, '/setup/outbox')
    expect(sent(calls, 'GET', '/api/v1/outbox')[0]?.query.get('status')).toBe('FAILED')
    expect(wrapper.find('[data-testid="outbox-item"]').text()).toContain('预约已确认')
    expect(wrapper.find('[data-testid="outbox-error"]').text()).toContain('gateway timeout')
    await wrapper.find('[data-testid="outbox-retry"]').trigger('click')
    await flushPromises()
    expect(sent(calls, 'POST', '/api/v1/outbox/m-1/retry')).toHaveLength(1)
    expect(wrapper.find('[data-testid="outbox-item"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="outbox-empty"]').exists()).toBe(true)
  })

  it('explains why a message that held a one-time code cannot be sent again, with the server\'s detail', async () => {
    const detail = 'This message held a one-time code, erased when it failed; the person asks for a new code'
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/outbox', () => json([failed('m-code')])),
      on('POST', '/api/v1/outbox/m-code/retry', () =>
        problem(409, { type: 'https://pitstop.dev/problems/outbox-secret-erased', title: 'Conflict', detail }),
      ),
    )
    const wrapper = await mountAs(OutboxPage, '/setup/outbox')
    await wrapper.find('[data-testid="outbox-retry"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('.van-dialog')?.textContent).toContain(detail))
    expect(document.querySelector('.van-dialog')?.textContent).toContain('无法重发')
    await answerDialog('confirm')

    const item = wrapper.find('[data-testid="outbox-item"]')
    expect(item.find('[data-testid="outbox-retry"]').exists()).toBe(false)
    expect(item.find('[data-testid="outbox-refused"]').text()).toContain('请让对方重新获取验证码')
    expect(sent(calls, 'GET', '/api/v1/outbox')).toHaveLength(1) // nothing changed on the server: no reload
  })

  it('lists the other statuses on their tabs', async () => {
    const calls = stubServer(sampleShop, on('GET', '/api/v1/outbox', (call) => json(call.query.get('status') === 'SENT' ? [{ ...failed('m-2'), status: 'SENT' }] : [])))
    const wrapper = await mountAs(OutboxPage, '/setup/outbox')
    expect(wrapper.find('[data-testid="outbox-empty"]').text()).toContain('没有发送失败的消息')
    await wrapper.findAll('.van-tab').find((tab) => tab.text() === '已发送')?.trigger('click')
    await flushPromises()
    expect(sent(calls, 'GET', '/api/v1/outbox').map((c) => c.query.get('status'))).toEqual(['FAILED', 'SENT'])
    expect(wrapper.find('[data-testid="outbox-item"][data-status="SENT"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="outbox-retry"]').exists()).toBe(false)
  })
})

describe('staff accounts', () => {
  const staff = (id: string, name: string, role: StaffView['role'], active = true): StaffView => ({ id, name, role, phone: `1380000000${id.slice(-1)}`, active, createdAt: '2030-01-01T00:00:00Z' })
  const list = [staff('u-1', manager.name, 'MANAGER'), staff('u-2', '王芳', 'ADVISOR'), staff('u-5', '孙磊', 'TECHNICIAN', false)]

  it('groups the active staff by role; a manager cannot deactivate or re-role their own account', async () => {
    stubServer(sampleShop, on('GET', '/api/v1/staff', () => json(list)))
    const wrapper = await mountAs(StaffPage, '/setup/staff')
    expect(wrapper.findAll('[data-testid="staff-group"]').map((g) => g.attributes('data-role'))).toEqual(['ADVISOR', 'MANAGER'])
    await wrapper.find('[data-testid="staff-item"][data-name="赵敏"]').trigger('click')
    const disabled = wrapper.findAll('.van-action-sheet__item--disabled').map((a) => a.text())
    expect(disabled).toEqual([expect.stringContaining('更改岗位'), expect.stringContaining('停用账号')])
  })

  it('deactivates someone after the manager confirms, and shows them among the deactivated', async () => {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/staff', () => json(list)),
      on('POST', '/api/v1/staff/u-2/deactivate', () => json({ ...list[1], active: false })),
    )
    const wrapper = await mountAs(StaffPage, '/setup/staff')
    await wrapper.find('[data-testid="staff-item"][data-name="王芳"]').trigger('click')
    await pickAction(wrapper, '停用账号')
    await vi.waitFor(() => expect(document.querySelector('.van-dialog')?.textContent).toContain('对方将立即退出登录'))
    await answerDialog('confirm')
    expect(sent(calls, 'POST', '/api/v1/staff/u-2/deactivate')).toHaveLength(1)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="staff-item"][data-name="王芳"]').exists()).toBe(false))
    await wrapper.findAll('.van-tab').find((tab) => tab.text().startsWith('已停用'))?.trigger('click')
    expect(wrapper.findAll('[data-testid="staff-item"]').map((s) => s.attributes('data-name'))).toEqual(['王芳', '孙磊'])
  })

  it('gives someone another role once the manager confirms, the current role not on offer', async () => {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/staff', () => json(list)),
      on('PUT', '/api/v1/staff/u-2/role', (call) => json({ ...list[1], ...(call.body as object) })),
    )
    const wrapper = await mountAs(StaffPage, '/setup/staff')
    await wrapper.find('[data-testid="staff-item"][data-name="王芳"]').trigger('click')
    await pickAction(wrapper, '更改岗位')
    expect(wrapper.find('[data-testid="staff-roles"] .van-action-sheet__item--disabled').text()).toContain('服务顾问')
    await pickAction(wrapper, '班组长')
    await vi.waitFor(() => expect(document.querySelector('.van-dialog')?.textContent).toContain('将王芳的岗位改为班组长？'))
    await answerDialog('confirm')
    expect(sent(calls, 'PUT', '/api/v1/staff/u-2/role')[0]?.body).toEqual({ role: 'TEAM_LEAD' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="staff-group"][data-role="TEAM_LEAD"]').text()).toContain('王芳'))
  })

  it('creates an account and says so under the phone when the number has one (409)', async () => {
    const calls = stubServer(
      sampleShop,
      on('GET', '/api/v1/staff', () => json(list)),
      on('POST', '/api/v1/staff', () => problem(409, { type: 'https://pitstop.dev/problems/phone-taken', title: 'Conflict', detail: 'An account with this phone number already exists' })),
    )
    const wrapper = await mountAs(StaffPage, '/setup/staff')
    await wrapper.find('[data-testid="staff-add"]').trigger('click')
    await wrapper.find('[data-testid="staff-name"] input').setValue('周杰')
    await wrapper.find('[data-testid="staff-phone"] input').setValue('138 0000 0006')
    await wrapper.find('[data-testid="staff-role-TECHNICIAN"]').trigger('click')
    const password = (wrapper.find('[data-testid="staff-password"] input').element as HTMLInputElement).value
    expect(password).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{10}$/)
    await submit(wrapper, 'staff-form')
    expect(sent(calls, 'POST', '/api/v1/staff')[0]?.body).toEqual({ name: '周杰', phone: '13800000006', role: 'TECHNICIAN', password })
    expect(fieldError(wrapper, 'staff-phone').text()).toBe('该手机号已有账号')
  })
})
