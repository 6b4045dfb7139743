import type {
  ComplaintAction,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintStatus,
  ComplaintSummary,
  ComplaintView,
  Deadline,
  FollowUpCallView,
  RatingRequest,
  RatingView,
} from '@/api/types'
import { addDays, epoch, shopNow, zonedInstant } from './time'

// Ratings ---------------------------------------------------------------------------------------------------

/** The four dimensions rated besides the overall stars, in the order the page asks them. */
export const RATING_DIMENSIONS = ['attitude', 'professionalism', 'speed', 'priceFairness'] as const
export type RatingDimension = (typeof RATING_DIMENSIONS)[number]

/**
 * Tags an owner taps: stored as the Chinese words (the shop's reports count them across everyone), shown in
 * the reader's language by their key under `rating.tag.*`. Other tags (typed by staff, or older) show as they are.
 */
export const RATING_TAGS = {
  friendly: '服务热情',
  professional: '专业',
  onTime: '准时',
  fairPrice: '价格透明',
  clean: '环境整洁',
  longWait: '等待太久',
  poorCommunication: '沟通不足',
  expensive: '价格偏高',
  notFixed: '问题未解决',
} as const
export type RatingTagKey = keyof typeof RATING_TAGS

export const POSITIVE_TAGS: readonly RatingTagKey[] = ['friendly', 'professional', 'onTime', 'fairPrice', 'clean']
export const NEGATIVE_TAGS: readonly RatingTagKey[] = ['longWait', 'poorCommunication', 'expensive', 'notFixed']

/** The key of a stored tag, when it is one of ours. */
export function tagKey(tag: string): RatingTagKey | null {
  const found = (Object.keys(RATING_TAGS) as RatingTagKey[]).find((key) => RATING_TAGS[key] === tag)
  return found ?? null
}

/** The tags that fit the stars: praise for a good visit, the usual complaints for a poor one, both in between. */
export function suggestedTags(overall: number): RatingTagKey[] {
  if (overall >= 4) return [...POSITIVE_TAGS]
  if (overall >= 1 && overall <= 2) return [...NEGATIVE_TAGS]
  return [...POSITIVE_TAGS, ...NEGATIVE_TAGS]
}

export interface RatingDraft {
  overall: number
  attitude: number
  professionalism: number
  speed: number
  priceFairness: number
  tags: string[]
  comment: string
}

export function emptyRatingDraft(): RatingDraft {
  return { overall: 0, attitude: 0, professionalism: 0, speed: 0, priceFairness: 0, tags: [], comment: '' }
}

export function draftFromRating(rating: RatingView): RatingDraft {
  return {
    overall: rating.overall,
    attitude: rating.attitude,
    professionalism: rating.professionalism,
    speed: rating.speed,
    priceFairness: rating.priceFairness,
    tags: [...rating.tags],
    comment: rating.comment ?? '',
  }
}

/** Every star given (1-5); tags at most 10. */
export function ratingComplete(draft: RatingDraft): boolean {
  const stars = [draft.overall, ...RATING_DIMENSIONS.map((d) => draft[d])]
  return stars.every((n) => Number.isInteger(n) && n >= 1 && n <= 5) && draft.tags.length <= 10
}

export function toRatingRequest(draft: RatingDraft): RatingRequest {
  const comment = draft.comment.trim()
  return {
    overall: draft.overall,
    attitude: draft.attitude,
    professionalism: draft.professionalism,
    speed: draft.speed,
    priceFairness: draft.priceFairness,
    tags: [...new Set(draft.tags.map((t) => t.trim()).filter(Boolean))].slice(0, 10),
    ...(comment ? { comment } : {}),
  }
}

/** As the server decides it: overall at most 2, or any dimension at 1. */
export function isLowRating(draft: Pick<RatingDraft, 'overall' | RatingDimension>): boolean {
  return (draft.overall >= 1 && draft.overall <= 2) || RATING_DIMENSIONS.some((d) => draft[d] === 1)
}

/** Which complaint a poor rating most likely is: a complaint tag first, else the weakest dimension. */
export function suggestedCategory(rating: Pick<RatingView, 'tags' | RatingDimension>): ComplaintCategory {
  const tags = new Set(rating.tags.map(tagKey))
  if (tags.has('notFixed')) return 'TECHNICAL'
  if (tags.has('expensive')) return 'PRICE'
  if (tags.has('longWait')) return 'DELIVERY_TIME'
  if (tags.has('poorCommunication')) return 'ATTITUDE'
  const byDimension: Record<RatingDimension, ComplaintCategory> = {
    professionalism: 'TECHNICAL',
    attitude: 'ATTITUDE',
    speed: 'DELIVERY_TIME',
    priceFairness: 'PRICE',
  }
  const weakest = (['professionalism', 'attitude', 'speed', 'priceFairness'] as const).reduce((low, d) =>
    rating[d] < rating[low] ? d : low,
  )
  return rating[weakest] <= 3 ? byDimension[weakest] : 'PROCESS'
}

/** The complaint tags a rating hands on: its negative ones. */
export function complaintTagsOf(rating: Pick<RatingView, 'tags'>): string[] {
  return rating.tags.filter((tag) => {
    const key = tagKey(tag)
    return key !== null && NEGATIVE_TAGS.includes(key)
  })
}

// The satisfaction score ------------------------------------------------------------------------------------

/** The domain's target: a satisfaction score of at least 85 out of 100. */
export const SCORE_TARGET = 85

export type ScoreLevel = 'good' | 'fair' | 'poor'

/** good: at or above the target; fair: 60 up to the target; poor: below 60 (the appraisal's "fail"). */
export function scoreLevel(score: number): ScoreLevel {
  if (score >= SCORE_TARGET) return 'good'
  return score >= 60 ? 'fair' : 'poor'
}

/** A score as shown: whole numbers without decimals, others with one ("85", "72.5"). */
export function scoreText(score: number | null | undefined): string {
  if (score == null || !Number.isFinite(score)) return '–'
  const rounded = Math.round(score * 10) / 10
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
}

/** Vant tag type of a score. */
export function scoreTagType(score: number): 'success' | 'warning' | 'danger' {
  const level = scoreLevel(score)
  return level === 'good' ? 'success' : level === 'fair' ? 'warning' : 'danger'
}

/** 1-5 satisfaction of a call or a closed complaint: its key under `satisfaction.*` ("1" very unhappy ... "5"). */
export function satisfactionKey(value: number | null | undefined): '1' | '2' | '3' | '4' | '5' | null {
  if (value == null || !Number.isInteger(value) || value < 1 || value > 5) return null
  return String(value) as '1' | '2' | '3' | '4' | '5'
}

// The complaint clock ---------------------------------------------------------------------------------------

export type ClockPhase = 'answer' | 'resolve' | 'done'
export type ClockState = 'running' | 'warning' | 'overdue' | 'paused' | 'met' | 'missed'

export interface ClockReading {
  /** Which promise is running: the 24-hour answer, the 48-hour resolution, or none (both kept or broken). */
  phase: ClockPhase
  state: ClockState
  /** Minutes left (running, warning, paused) or past the deadline (overdue); 0 when done. */
  minutes: number
  dueAt: string | null
}

/** Past this share of its time a deadline is "warned", as the escalation job does (at 75 %). */
export const WARNING_SHARE = 0.75

/** One deadline as the clock reads it: when, whether it was kept (null while it runs), and whether it stands still. */
interface DeadlineInput {
  dueAt: string
  met: boolean | null
  paused: boolean
  /** The server's minutes left (negative when missed); the reading while paused. */
  remainingMinutes?: number
}

interface ClockInput {
  status: ComplaintStatus
  createdAt: string
  answer: DeadlineInput
  resolve: DeadlineInput
}

function read(deadline: DeadlineInput, phase: 'answer' | 'resolve', startedAt: string, now: number): ClockReading {
  const due = epoch(deadline.dueAt)
  const { dueAt } = deadline
  if (deadline.paused) {
    // While waiting for the customer the deadline moves with the clock: the time left holds still.
    const minutes = deadline.remainingMinutes ?? Math.floor((due - now) / 60_000)
    return minutes < 0 ? { phase, state: 'overdue', minutes: -minutes, dueAt } : { phase, state: 'paused', minutes, dueAt }
  }
  const left = due - now
  if (Number.isNaN(left)) return { phase, state: 'running', minutes: 0, dueAt }
  if (left <= 0) return { phase, state: 'overdue', minutes: Math.floor(-left / 60_000), dueAt }
  const total = due - epoch(startedAt)
  const warned = total > 0 && left <= total * (1 - WARNING_SHARE)
  return { phase, state: warned ? 'warning' : 'running', minutes: Math.ceil(left / 60_000), dueAt }
}

function readClock(input: ClockInput, now: Date | number): ClockReading {
  const at = typeof now === 'number' ? now : now.getTime()
  if (input.resolve.met !== null || input.status === 'CLOSED') {
    return { phase: 'done', state: input.resolve.met === false ? 'missed' : 'met', minutes: 0, dueAt: input.resolve.dueAt }
  }
  if (input.answer.met === null) return read(input.answer, 'answer', input.createdAt, at)
  return read(input.resolve, 'resolve', input.createdAt, at)
}

const keptBy = (doneAt: string | null | undefined, dueAt: string) => (doneAt ? epoch(doneAt) <= epoch(dueAt) : null)

/**
 * Where a complaint of a list stands against its promises at `now`: the answer clock until it is answered,
 * then the resolution clock until it is resolved; a resolved one tells whether that was in time.
 */
export function complaintClock(
  complaint: Pick<ComplaintSummary, 'status' | 'createdAt' | 'answerDueAt' | 'resolveDueAt' | 'answeredAt' | 'resolvedAt' | 'paused'>,
  now: Date | number,
): ClockReading {
  return readClock(
    {
      status: complaint.status,
      createdAt: complaint.createdAt,
      answer: { dueAt: complaint.answerDueAt, met: keptBy(complaint.answeredAt, complaint.answerDueAt), paused: complaint.paused },
      resolve: { dueAt: complaint.resolveDueAt, met: keptBy(complaint.resolvedAt, complaint.resolveDueAt), paused: complaint.paused },
    },
    now,
  )
}

/** The same for a complaint's page, from the clock the server sends with it. */
export function complaintViewClock(complaint: Pick<ComplaintView, 'status' | 'createdAt' | 'clock'>, now: Date | number): ClockReading {
  const deadline = (d: Deadline): DeadlineInput => ({ dueAt: d.dueAt, met: d.met ?? null, paused: d.paused, remainingMinutes: d.remainingMinutes })
  return readClock(
    { status: complaint.status, createdAt: complaint.createdAt, answer: deadline(complaint.clock.answer), resolve: deadline(complaint.clock.resolve) },
    now,
  )
}

/** Vant tag type of a clock reading. */
export function clockTagType(state: ClockState): 'primary' | 'success' | 'warning' | 'danger' | 'default' {
  switch (state) {
    case 'overdue':
    case 'missed':
      return 'danger'
    case 'warning':
      return 'warning'
    case 'met':
      return 'success'
    case 'paused':
      return 'default'
    default:
      return 'primary'
  }
}

// Filing ----------------------------------------------------------------------------------------------------

export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = ['TECHNICAL', 'ATTITUDE', 'DELIVERY_TIME', 'PRICE', 'PROCESS']
/** How a complaint reaches staff (the app's own are filed by the owner). */
export const STAFF_CHANNELS: readonly ComplaintChannel[] = ['PHONE', 'WECHAT', 'WEB', 'ON_SITE']

// Complaint lists -------------------------------------------------------------------------------------------

export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'NEW',
  'ACKNOWLEDGED',
  'INVESTIGATING',
  'REMEDY_PROPOSED',
  'CUSTOMER_INFORMED',
  'REOPENED',
]
export const isOpenComplaint = (status: ComplaintStatus) => status !== 'CLOSED'

export const INBOX_FILTERS = ['open', 'mine', 'escalated', 'closed'] as const
export type InboxFilter = (typeof INBOX_FILTERS)[number]

/** Needs the manager: a deadline missed, or past 75 % of its time (as the escalation job warns). */
export function isEscalated(complaint: ComplaintSummary, now: Date | number): boolean {
  if (!isOpenComplaint(complaint.status)) return false
  const { state } = complaintClock(complaint, now)
  return complaint.overdue || state === 'overdue' || state === 'warning'
}

export function inInboxFilter(complaint: ComplaintSummary, filter: InboxFilter, viewerName: string | null, now: Date | number): boolean {
  switch (filter) {
    case 'open':
      return isOpenComplaint(complaint.status)
    case 'mine':
      return isOpenComplaint(complaint.status) && viewerName !== null && complaint.ownerName === viewerName
    case 'escalated':
      return isEscalated(complaint, now)
    case 'closed':
      return !isOpenComplaint(complaint.status)
  }
}

/** The deadline a complaint is working against now (open ones), for sorting. */
function currentDeadline(complaint: ComplaintSummary): number {
  return epoch(complaint.answeredAt ? complaint.resolveDueAt : complaint.answerDueAt)
}

/**
 * The inbox's order: open complaints by their nearest deadline (paused ones after the running ones, since
 * their time stands still), then the closed ones, newest first.
 */
export function inboxOrder(a: ComplaintSummary, b: ComplaintSummary): number {
  const openA = isOpenComplaint(a.status)
  const openB = isOpenComplaint(b.status)
  if (openA !== openB) return openA ? -1 : 1
  if (!openA) return epoch(b.createdAt) - epoch(a.createdAt)
  if (a.paused !== b.paused) return a.paused ? 1 : -1
  return currentDeadline(a) - currentDeadline(b)
}

export function inboxItems(
  list: readonly ComplaintSummary[],
  filter: InboxFilter,
  viewerName: string | null,
  now: Date | number,
): ComplaintSummary[] {
  return list.filter((c) => inInboxFilter(c, filter, viewerName, now)).sort(inboxOrder)
}

/** The owner's list: open ones first (newest first), then the closed ones. */
export function myComplaintsOrder(a: ComplaintSummary, b: ComplaintSummary): number {
  const openA = isOpenComplaint(a.status)
  const openB = isOpenComplaint(b.status)
  if (openA !== openB) return openA ? -1 : 1
  return epoch(b.createdAt) - epoch(a.createdAt)
}

/** The staff actions this build knows how to offer, in the order their buttons show. */
export const STEP_ACTIONS: readonly ComplaintAction[] = [
  'ACKNOWLEDGE',
  'INVESTIGATE',
  'PROPOSE_REMEDY',
  'INFORM_CUSTOMER',
  'WAIT_FOR_CUSTOMER',
  'RESUME',
  'NOTE',
  'REASSIGN',
  'REPRIORITIZE',
]

/** The server's nextActions that this build can offer, in a steady order. */
export function offeredActions(nextActions: readonly string[]): ComplaintAction[] {
  return STEP_ACTIONS.filter((action) => nextActions.includes(action))
}

/** Actions that only need a note (the rest open their own form). */
export const NOTE_ACTIONS: readonly ComplaintAction[] = ['ACKNOWLEDGE', 'INVESTIGATE', 'NOTE', 'INFORM_CUSTOMER', 'WAIT_FOR_CUSTOMER', 'RESUME']

export type DeadlinePreset = 'today' | 'tomorrow' | 'twoDays' | 'threeDays'

/**
 * Deadlines a remedy is usually given, at the end of a working day (18:00 at the shop): today while there is
 * still an hour left of it, tomorrow, in two or three days.
 */
export function deadlinePresets(timeZone: string, now: Date = new Date()): { key: DeadlinePreset; at: string }[] {
  const today = shopNow(timeZone, now)
  const at = (days: number) => zonedInstant(addDays(today.date, days), '18:00', timeZone)
  const presets: { key: DeadlinePreset; at: string }[] = []
  if (today.hour < 17) presets.push({ key: 'today', at: at(0) })
  presets.push({ key: 'tomorrow', at: at(1) }, { key: 'twoDays', at: at(2) }, { key: 'threeDays', at: at(3) })
  return presets
}

// Follow-up calls -------------------------------------------------------------------------------------------

export const FOLLOW_UP_FILTERS = ['due', 'problems', 'all'] as const
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number]

/** An open problem raised on a call, waiting for its owner's resolution. */
export const hasOpenProblem = (call: FollowUpCallView) => !!call.problem && !call.problem.resolvedAt

export function inFollowUpFilter(call: FollowUpCallView, filter: FollowUpFilter): boolean {
  switch (filter) {
    case 'due':
      return call.status === 'OPEN' && (call.due || call.overdue)
    case 'problems':
      return hasOpenProblem(call)
    case 'all':
      return true
  }
}

/** Overdue calls first, then those due, then the rest; within each by due time. */
export function followUpOrder(a: FollowUpCallView, b: FollowUpCallView): number {
  const rank = (c: FollowUpCallView) => (c.status !== 'OPEN' ? 3 : c.overdue ? 0 : c.due ? 1 : 2)
  return rank(a) - rank(b) || epoch(a.dueAt) - epoch(b.dueAt)
}

export function followUpItems(list: readonly FollowUpCallView[], filter: FollowUpFilter): FollowUpCallView[] {
  return list.filter((c) => inFollowUpFilter(c, filter)).sort(followUpOrder)
}

/** Attempts before a call that nobody answers is given up (UNREACHABLE). */
export const MAX_ATTEMPTS = 3

// Statistics ------------------------------------------------------------------------------------------------

/** Counts of a breakdown, largest first (ties by name), leaving out zeros. */
export function rankedCounts(counts: Readonly<Record<string, number>> | null | undefined): [string, number][] {
  return Object.entries(counts ?? {})
    .filter(([, n]) => n > 0)
    .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
}

/** Months in calendar order ("2026-10" before "2026-11"). */
export function monthSeries(byMonth: Readonly<Record<string, number>> | null | undefined): [string, number][] {
  return Object.entries(byMonth ?? {}).sort(([a], [b]) => a.localeCompare(b))
}

/** A share 0..1 as a whole percentage ("83%"); "–" when there is none. */
export function percent(share: number | null | undefined): string {
  if (share == null || !Number.isFinite(share)) return '–'
  return `${Math.round(share * 100)}%`
}

/** The first day of the month of `today` (YYYY-MM-DD) and `today`: "this month" for the report pages. */
export function monthToDate(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 7)}-01`, to: today }
}

export const PERIODS = ['month', 'lastMonth', 'quarter'] as const
export type PeriodKey = (typeof PERIODS)[number]

/** A report's period from the shop's today: this month so far, last month, or the last 90 days. */
export function periodOf(key: PeriodKey, today: string): { from: string; to: string } {
  if (key === 'month') return monthToDate(today)
  if (key === 'quarter') return { from: addDays(today, -89), to: today }
  const firstOfMonth = `${today.slice(0, 7)}-01`
  const lastOfPrevious = addDays(firstOfMonth, -1)
  return { from: `${lastOfPrevious.slice(0, 7)}-01`, to: lastOfPrevious }
}

/** A CSV file name for the period: complaints-2026-11-01-2026-11-24.csv. */
export function exportFileName(from: string, to: string): string {
  return `complaints-${from}-${to}.csv`
}
