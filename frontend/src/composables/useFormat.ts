import { useI18n } from 'vue-i18n'
import type {
  AppointmentStatus,
  CallOutcome,
  CallStatus,
  Channel,
  Compensation,
  ComplaintAction,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintPriority,
  ComplaintStatus,
  DelayReason,
  FaultReproduced,
  EnergyType,
  FuelLevel,
  ItemKind,
  Necessity,
  OpeningHours,
  RemedyKind,
  RepairStatus,
  Role,
  ServiceTypeView,
  Skill,
  Weekday,
} from '@/api/types'
import { useShopStore } from '@/stores/shop'
import { countdownUnits } from '@/utils/countdown'
import { BATTERY_PERCENT, readsBattery } from '@/utils/energy'
import { FALLBACK_TIME_ZONE, inZone } from '@/utils/time'

/**
 * Localized names of the contract's codes, durations, dates and times. Instants are shown in the shop's
 * time zone (ShopView.timeZone), never the phone's: a booking at 09:00 is at 09:00 at the shop.
 */
export function useFormat() {
  const { t, te, locale } = useI18n()
  const shopStore = useShopStore()

  /** Falls back to the raw code for values added to the contract after this build. */
  const named = (key: string, code: string) => (te(key) ? t(key) : code)
  const zone = () => shopStore.shop?.timeZone ?? FALLBACK_TIME_ZONE

  /** A calendar date (YYYY-MM-DD) such as "10月1日周三" / "Wed, Oct 1"; no time zone shift. */
  function date(isoDate: string) {
    const [y, mo, d] = isoDate.split('-').map(Number)
    if (!y || !mo || !d) return isoDate
    return new Intl.DateTimeFormat(locale.value, {
      month: 'short',
      day: 'numeric',
      weekday: 'short',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, mo - 1, d)))
  }

  /** HH:mm of an instant at the shop. */
  function time(instant: string) {
    return inZone(instant, zone()).time || instant
  }

  /** Date and time of an instant at the shop: "11月25日周三 09:00". */
  function dateTime(instant: string) {
    const at = inZone(instant, zone())
    return at.date ? `${date(at.date)} ${at.time}` : instant
  }

  /** A booking's day and times at the shop: "11月25日周三 09:00–10:00". */
  function slot(start: string, end: string) {
    const from = inZone(start, zone())
    const to = inZone(end, zone())
    if (!from.date) return start
    const until = to.date === from.date || !to.date ? to.time : `${date(to.date)} ${to.time}`
    return `${date(from.date)} ${t('common.timeRange', { from: from.time, to: until })}`
  }

  /** Yuan with two decimals: "¥1,234.50". */
  function money(yuan: number) {
    const number = new Intl.NumberFormat(locale.value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(yuan))
    return `${yuan < 0 ? '-' : ''}¥${number}`
  }
  /** Fen (the cents the SPA computes with) as money; `signed` puts a + in front of a positive difference. */
  function cents(value: number, signed = false) {
    const text = money(value / 100)
    return signed && value > 0 ? `+${text}` : text
  }

  return {
    roleName: (role: Role) => named(`role.${role}`, role),
    repairStatusName: (status: RepairStatus) => named(`repair.status.${status}`, status),
    fuelName: (level: FuelLevel) => named(`repair.fuel.${level}`, level),
    /** The reception gauge as the car has it: "50%" of an EV's battery, "1/2" of a tank. */
    gaugeName: (level: FuelLevel, energyType?: EnergyType | null) =>
      readsBattery(energyType) ? t('reception.batteryPercent', { n: BATTERY_PERCENT[level] }) : named(`repair.fuel.${level}`, level),
    /** "电量" for an EV, "油量" for anything with a tank. */
    gaugeTitle: (energyType?: EnergyType | null) => (readsBattery(energyType) ? t('reception.battery') : t('reception.fuel')),
    energyName: (energyType: EnergyType) => named(`vehicle.energy.${energyType}`, energyType),
    /** An entity's name in the reader's language: its English name in the English UI when it has one. */
    localName: (entity: { name: string; nameEn?: string | null }) => (locale.value === 'en' && entity.nameEn ? entity.nameEn : entity.name),
    faultName: (value: FaultReproduced) => named(`repair.fault.${value}`, value),
    kindName: (kind: ItemKind) => named(`repair.kind.${kind}`, kind),
    necessityName: (necessity: Necessity) => named(`repair.necessity.${necessity}`, necessity),
    delayReasonName: (reason: DelayReason) => named(`repair.delayReason.${reason}`, reason),
    compensationName: (compensation: Compensation) => named(`repair.compensation.${compensation}`, compensation),
    /** A warning light: the known codes by name, anything else as typed. */
    lightName: (code: string) => named(`repair.light.${code}`, code),
    money,
    cents,
    skillName: (skill: Skill) => named(`skill.${skill}`, skill),
    weekdayName: (day: Weekday) => named(`weekday.${day}`, day),
    statusName: (status: AppointmentStatus) => named(`status.${status}`, status),
    channelName: (channel: Channel) => named(`channel.${channel}`, channel),
    // After delivery: complaints and follow-up calls
    complaintStatusName: (status: ComplaintStatus) => named(`complaint.status.${status}`, status),
    categoryName: (category: ComplaintCategory) => named(`complaint.category.${category}`, category),
    priorityName: (priority: ComplaintPriority) => named(`complaint.priority.${priority}`, priority),
    complaintChannelName: (channel: ComplaintChannel) => named(`complaint.channel.${channel}`, channel),
    teamName: (team: string) => named(`complaint.team.${team}`, team),
    remedyName: (kind: RemedyKind) => named(`complaint.remedy.${kind}`, kind),
    /** A step of the audit trail or a button: ACKNOWLEDGE, PROPOSE_REMEDY, CONFIRM, ... */
    complaintActionName: (action: ComplaintAction | string) => named(`complaint.action.${action}`, action),
    followUpStatusName: (status: CallStatus) => named(`followUp.status.${status}`, status),
    outcomeName: (outcome: CallOutcome) => named(`followUp.outcome.${outcome}`, outcome),
    /** A service type, or the one an appointment carries. */
    serviceName: (service: Pick<ServiceTypeView, 'nameZh' | 'nameEn'>) =>
      locale.value === 'en' ? service.nameEn : service.nameZh,
    /** A code under a key prefix ("complaint.category"), by name when this build knows it. */
    named: (prefix: string, code: string) => named(`${prefix}.${code}`, code),
    duration(minutes: number) {
      const h = Math.floor(minutes / 60)
      const m = minutes % 60
      if (h === 0) return t('duration.minutes', { n: m })
      return m === 0 ? t('duration.hours', { h }) : t('duration.hoursMinutes', { h, m })
    },
    /** A countdown (time left, or past a deadline), the same words everywhere: "14 分钟", "2 小时 5 分钟", "3 天 2 小时". */
    countdown(minutes: number) {
      const u = countdownUnits(minutes)
      if (u.days > 0) return u.hours ? t('duration.daysHours', { d: u.days, h: u.hours }) : t('duration.days', { d: u.days })
      if (u.hours === 0) return t('duration.minutes', { n: u.minutes })
      return u.minutes === 0 ? t('duration.hours', { h: u.hours }) : t('duration.hoursMinutes', { h: u.hours, m: u.minutes })
    },
    hours: (periods: readonly OpeningHours[]) =>
      periods.map((p) => t('common.hoursRange', { opens: p.opens, closes: p.closes })).join(', '),
    date,
    time,
    dateTime,
    slot,
    /** The shop's time zone (IANA), for pages that compute days. */
    zone,
  }
}
