import { beforeEach, describe, expect, it } from 'vitest'
import type { NotificationKind, NotificationView } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { notificationText, requiredParams, WORDED_KINDS } from '@/utils/notifications'
import { inZone } from '@/utils/time'

function note(kind: NotificationKind, params: Record<string, string>, text = '服务器的中文原文'): NotificationView {
  return { id: 'n-1', kind, params, text, createdAt: '2030-10-07T01:00:00Z' }
}

/** As the pages word them: i18n's t, instants at the shop (Shanghai). */
const wording = {
  t: (key: string, named: Record<string, string>) => i18n.global.t(key, named),
  instant: (iso: string) => {
    const at = inZone(iso, 'Asia/Shanghai')
    return `${at.date} ${at.time}`
  },
}

describe('notification wording', () => {
  beforeEach(() => applyLocale('zh-CN'))

  it('words a confirmation with its parameters, the time at the shop', () => {
    const text = notificationText(
      note('BOOKING_CONFIRMED', {
        reference: 'BK-7Q2M9X',
        start: '2030-10-08T01:00:00Z',
        advisorName: '王芳',
        advisorPhone: '13800000002',
        bring: '行驶证',
      }),
      wording,
    )
    expect(text.title).toBe('预约已确认')
    expect(text.body).toBe('预约 BK-7Q2M9X 已确认：2030-10-08 09:00。服务顾问 王芳，电话 13800000002。请携带：行驶证。')
  })

  it('speaks English to English readers', () => {
    applyLocale('en')
    const text = notificationText(note('BOOKING_CANCELLED', { reference: 'BK-7Q2M9X', reason: '行程有变' }), wording)
    expect(text).toEqual({ title: 'Booking cancelled', body: 'Booking BK-7Q2M9X was cancelled: 行程有变.' })
  })

  it('leaves out "please bring" when there is nothing to bring', () => {
    const params = { reference: 'BK-1', start: '2030-10-08T01:00:00Z', advisorName: '王芳', advisorPhone: '138' }
    expect(notificationText(note('BOOKING_CONFIRMED', params), wording).body).not.toContain('携带')
    expect(notificationText(note('BOOKING_CONFIRMED', { ...params, bring: ' ' }), wording).body).not.toContain('携带')
  })

  it('tells staff that a vehicle is already on file for another customer', () => {
    const params = {
      plate: '沪A12345',
      vin: 'LSVAU2180N2183294',
      customerName: '张伟',
      customerPhone: '13712345678',
      otherCustomerName: '李明',
      otherCustomerPhone: '13900000001',
    }
    const claimed = note('VEHICLE_CLAIMED_ELSEWHERE', params)
    expect(notificationText(claimed, { ...wording, audience: 'staff' })).toEqual({
      title: '车辆归属待核实',
      body: '车辆 沪A12345（VIN LSVAU2180N2183294）已登记在客户 李明（13900000001）名下，现由 张伟（13712345678）再次登记，请核实车辆归属。',
    })
    applyLocale('en')
    expect(notificationText(claimed, { ...wording, audience: 'staff' }).body).toBe(
      'Vehicle 沪A12345 (VIN LSVAU2180N2183294) is already on file for 李明 (13900000001) and has now been added by 张伟 (13712345678). Please check who holds the car.',
    )
  })

  it("falls back to the server's text for a kind it does not know", () => {
    // A kind from a server newer than this build: not in the contract the build was made from.
    const newer = 'PROMOTION' as unknown as NotificationKind
    expect(notificationText(note(newer, { code: 'X' }, '春节营业时间调整'), wording)).toEqual({
      title: '通知',
      body: '春节营业时间调整',
    })
  })

  it("falls back to the server's text when a parameter the wording needs is missing", () => {
    const text = notificationText(note('EMERGENCY_BOOKING', { reference: 'BK-1', customerName: '李明' }, '紧急预约 BK-1'), wording)
    expect(text).toEqual({ title: '紧急预约', body: '紧急预约 BK-1' })
  })

  it('has a title and a body in both languages for every kind it knows, using only its parameters', () => {
    /** Parameters the wording formats (instants, amounts, dates, codes): given real values, not checked verbatim. */
    const formatted: Record<string, string> = {
      start: '2030-10-08T01:00:00Z',
      promisedAt: '2030-10-08T09:00:00+08:00',
      newPromisedAt: '2030-10-08T11:00:00+08:00',
      amount: '480.00',
      nextServiceDueDate: '2031-04-08',
      reason: 'PART_OUT_OF_STOCK',
      compensation: 'FREE_WASH',
      status: 'APPROVED',
      dueAt: '2030-10-10T15:59:59Z',
      answerDueAt: '2030-10-08T02:00:00Z',
      // The configured limits, as the server sends them
      confirmWithin: 'PT15M',
      noShowAfter: 'PT30M',
      dispatchWithin: 'PT5M',
      updateEvery: 'PT1H',
      safetyStartWithin: 'PT30M',
      delay: 'PT72H',
      answerWithin: 'PT24H',
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      applyLocale(locale)
      for (const kind of WORDED_KINDS) {
        const names = requiredParams(kind)
        const codes = kind === 'REPAIR_DELAYED' ? ['reason', 'compensation'] : kind === 'REPAIR_DECIDED' ? ['status'] : []
        // Who owns a complaint is "you" in the owner's own copy; the step's action chooses the wording.
        const unsaid = kind === 'COMPLAINT_ASSIGNED' ? ['ownerName'] : kind === 'COMPLAINT_STEP' ? ['action'] : []
        const verbatim = (name: string) => !(name in formatted) || (name === 'reason' && !codes.includes(name))
        const params = Object.fromEntries(names.map((name) => [name, verbatim(name) ? `<${name}>` : (formatted[name] ?? '')]))
        const text = notificationText(note(kind, { ...params, start: formatted.start ?? '' }), wording)
        expect(text.title, `${locale} ${kind}`).not.toMatch(/notifications\./)
        expect(text.body, `${locale} ${kind}`).not.toMatch(/[{}]|notifications\.|repair\.[A-Za-z]/)
        for (const name of names)
          if (verbatim(name) && !unsaid.includes(name)) expect(text.body, `${locale} ${kind}`).toContain(`<${name}>`)
      }
    }
  })

  it('says the limits as the shop configured them, in the reader\'s language', () => {
    const received = note('BOOKING_RECEIVED', { reference: 'BK-1', start: '2030-10-08T01:00:00Z', confirmWithin: 'PT20M' })
    expect(notificationText(received, wording).body).toContain('20 分钟内确认')
    const overdue = note('REPAIR_UPDATE_OVERDUE', { reference: 'RO-1', plate: '沪A1', updateEvery: 'PT90M' })
    expect(notificationText(overdue, { ...wording, audience: 'staff' }).body).toContain('超过 90 分钟未更新进度')
    applyLocale('en')
    expect(notificationText(received, { ...wording, locale: 'en' }).body).toContain('within 20 minutes')
  })

  it("shows the server's text for a notification stored before its kind carried a limit", () => {
    const old = note('BOOKING_RECEIVED', { reference: 'BK-1', start: '2030-10-08T01:00:00Z' }, '预约 BK-1 已提交，服务顾问将在 15 分钟内确认。')
    expect(notificationText(old, wording).body).toBe('预约 BK-1 已提交，服务顾问将在 15 分钟内确认。')
  })

  it('words a delay with its reason, new time and offer by name, in the reader\'s language', () => {
    const params = {
      reference: 'RO-4K7P2Q',
      plate: '沪A12345',
      reason: 'PART_OUT_OF_STOCK',
      detail: '刹车盘需从中心库调货',
      newPromisedAt: '2030-10-08T10:00:00Z',
      compensation: 'FREE_WASH',
    }
    expect(notificationText(note('REPAIR_DELAYED', params), wording).body).toBe(
      '抱歉，沪A12345 需延期至 2030-10-08 18:00 完工。原因：配件缺货（刹车盘需从中心库调货）。补偿：免费洗车一次。（工单 RO-4K7P2Q）',
    )
    applyLocale('en')
    const withDetail = { ...params, compensation: 'DISCOUNT', compensationDetail: '工时费 9 折' }
    expect(notificationText(note('REPAIR_DELAYED', withDetail), wording).body).toBe(
      'Sorry: 沪A12345 will now be ready by 2030-10-08 18:00. Why: Part out of stock (刹车盘需从中心库调货). We offer: A discount: 工时费 9 折. (RO-4K7P2Q)',
    )
  })

  it('words an estimate with its amount as money, and a delay risk for the owner or for staff', () => {
    const estimate = notificationText(note('REPAIR_ESTIMATE', { reference: 'RO-1', plate: '沪A1', amount: '501.00' }), wording)
    expect(estimate.body).toContain('¥501.00')
    const risk = note('REPAIR_DELAY_RISK', {
      reference: 'RO-1',
      plate: '沪A1',
      advisorName: '王芳',
      advisorPhone: '13800000002',
      promisedAt: '2030-10-08T09:00:00+08:00',
      noticeBefore: 'PT45M',
    })
    // Owners kept older copies in their inbox; new alarms go to staff only.
    expect(notificationText(risk, wording).body).toContain('服务顾问 王芳（13800000002）将尽快与您联系')
    expect(notificationText(risk, { ...wording, audience: 'staff' }).body).toContain('距承诺完工不足 45 分钟')
    const watched = note('REPAIR_DELAY_RISK', { ...risk.params, watchBefore: 'PT1H', noticeBefore: 'PT30M' })
    const staff = notificationText(watched, { ...wording, audience: 'staff' }).body
    expect(staff).toContain('已不足 1 小时')
    expect(staff).toContain('请至少提前 30 分钟 申报延误')
  })

  it('words an unanswered supplement for the advisor with the configured time', () => {
    const text = notificationText(
      note('REPAIR_SUPPLEMENT_UNANSWERED', { reference: 'RO-1', plate: '沪A1', answerWithin: 'PT2H' }),
      { ...wording, audience: 'staff' },
    )
    expect(text.body).toContain('超过 2 小时（营业时间）未获车主答复')
  })

  it('words complaints with their category and priority by name, and tells the owner what was done', () => {
    const assigned = note('COMPLAINT_ASSIGNED', {
      number: 'TS-20301007-0001',
      category: 'DELIVERY_TIME',
      priority: 'HIGH',
      customerName: '李明',
      answerDueAt: '2030-10-08T02:00:00Z',
      ownerName: '王芳',
      answerWithin: 'PT24H',
    })
    expect(notificationText(assigned, wording).body).toBe('新投诉 TS-20301007-0001（李明，交车时间，高优先）由您负责，请在 2030-10-08 10:00 前答复客户。')
    const { answerWithin: _ownersOnly, ...forManagers } = assigned.params
    expect(notificationText(note('COMPLAINT_ASSIGNED', forManagers), wording).body).toBe(
      '高优先级投诉 TS-20301007-0001（李明，交车时间）已分派给 王芳。',
    )
    expect(notificationText(note('COMPLAINT_ASSIGNED', { number: 'TS-1', ownerName: '王芳' }), wording).body).toBe('投诉 TS-1 已分派给您，请跟进处理。')
    const informed = note('COMPLAINT_STEP', { number: 'TS-1', action: 'INFORM_CUSTOMER', status: 'CUSTOMER_INFORMED' })
    expect(notificationText(informed, wording).body).toBe('投诉 TS-1 已处理完毕，请在 App 中确认是否满意。')
    applyLocale('en')
    const step = note('COMPLAINT_STEP', { number: 'TS-1', action: 'INVESTIGATE', status: 'INVESTIGATING' })
    expect(notificationText(step, wording).body).toBe('Complaint TS-1 is now: Investigating.')
  })
})
