import { describe, expect, it } from 'vitest'
import { complaintClock, complaintViewClock } from '@/utils/complaintClock'
import { inboxItems, isEscalated } from '@/utils/complaints'
import { offeredActions } from '@/utils/complaintSteps'
import { monthSeries, monthToDate, percent, periodOf, rankedCounts } from '@/utils/feedbackStats'
import { followUpItems } from '@/utils/followUps'
import {
  complaintTagsOf,
  draftFromRating,
  emptyRatingDraft,
  isLowRating,
  ratingComplete,
  suggestedCategory,
  suggestedTags,
  tagKey,
  toRatingRequest,
} from '@/utils/rating'
import { satisfactionKey, scoreLevel, scoreText } from '@/utils/satisfaction'
import { complaint, complaintSummary, followUp, rating } from './feedbackFixtures'

const NOW = new Date('2030-10-07T08:00:00Z') // six hours after the fixtures' complaints were filed

describe('ratings', () => {
  it('is complete only with every star given', () => {
    const draft = { ...emptyRatingDraft(), overall: 4, attitude: 4, professionalism: 5, speed: 3 }
    expect(ratingComplete(draft)).toBe(false)
    expect(ratingComplete({ ...draft, priceFairness: 2 })).toBe(true)
    expect(ratingComplete({ ...draft, priceFairness: 6 })).toBe(false)
  })

  it('sends trimmed, distinct tags and leaves out an empty comment', () => {
    const draft = { ...draftFromRating(rating()), tags: ['专业', ' 专业 ', '准时'], comment: '  ' }
    expect(toRatingRequest(draft)).toEqual({ overall: 5, attitude: 5, professionalism: 5, speed: 4, priceFairness: 4, tags: ['专业', '准时'] })
    expect(toRatingRequest({ ...draft, comment: ' 很好 ' }).comment).toBe('很好')
  })

  it('is low with an overall of 2 or less, or any dimension at 1', () => {
    const good = draftFromRating(rating())
    expect(isLowRating(good)).toBe(false)
    expect(isLowRating({ ...good, overall: 2 })).toBe(true)
    expect(isLowRating({ ...good, overall: 3, speed: 1 })).toBe(true)
  })

  it('suggests praise for good stars and complaints for poor ones', () => {
    expect(suggestedTags(5)).toContain('friendly')
    expect(suggestedTags(5)).not.toContain('notFixed')
    expect(suggestedTags(1)).toEqual(['longWait', 'poorCommunication', 'expensive', 'notFixed'])
    expect(suggestedTags(0)).toHaveLength(9)
  })

  it('knows its tags by their stored words', () => {
    expect(tagKey('问题未解决')).toBe('notFixed')
    expect(tagKey('洗车很干净')).toBeNull()
  })

  it('suggests the complaint category from the tags first, then from the weakest dimension', () => {
    expect(suggestedCategory(rating({ tags: ['价格偏高'], overall: 1 }))).toBe('PRICE')
    expect(suggestedCategory(rating({ tags: [], attitude: 1, speed: 2 }))).toBe('ATTITUDE')
    expect(suggestedCategory(rating({ tags: [], speed: 1 }))).toBe('DELIVERY_TIME')
    expect(suggestedCategory(rating({ tags: ['专业'], overall: 2 }))).toBe('PROCESS')
  })

  it('hands the negative tags on to the complaint', () => {
    expect(complaintTagsOf(rating({ tags: ['专业', '等待太久', '自定义'] }))).toEqual(['等待太久'])
  })
})

describe('the satisfaction score', () => {
  it('is good from the target of 85, poor below 60', () => {
    expect(scoreLevel(85)).toBe('good')
    expect(scoreLevel(84.9)).toBe('fair')
    expect(scoreLevel(59)).toBe('poor')
  })

  it('reads whole numbers without decimals, others with one', () => {
    expect(scoreText(85)).toBe('85')
    expect(scoreText(72.46)).toBe('72.5')
    expect(scoreText(null)).toBe('–')
  })

  it('names satisfaction 1 to 5 only', () => {
    expect(satisfactionKey(4)).toBe('4')
    expect(satisfactionKey(0)).toBeNull()
    expect(satisfactionKey(undefined)).toBeNull()
  })
})

describe('the complaint clock', () => {
  it('runs the answer clock until the complaint is answered', () => {
    const reading = complaintClock(complaintSummary(), NOW)
    expect(reading).toEqual({ phase: 'answer', state: 'running', minutes: 18 * 60, dueAt: '2030-10-08T02:00:00Z' })
  })

  it('warns past 75 % of the time and counts the lateness once overdue', () => {
    const warned = complaintClock(complaintSummary({ answerDueAt: '2030-10-07T09:00:00Z' }), NOW) // 7 h window, 1 h left
    expect(warned.state).toBe('warning')
    expect(warned.minutes).toBe(60)
    const late = complaintClock(complaintSummary({ answerDueAt: '2030-10-07T06:30:00Z' }), NOW)
    expect(late).toMatchObject({ state: 'overdue', minutes: 90 })
  })

  it('then runs the resolution clock', () => {
    const answered = complaintSummary({ answeredAt: '2030-10-07T03:00:00Z', status: 'INVESTIGATING' })
    expect(complaintClock(answered, NOW)).toMatchObject({ phase: 'resolve', state: 'running', minutes: 42 * 60 })
  })

  it("holds the server's remaining time while paused", () => {
    const paused = complaint({ answeredAt: '2030-10-07T03:00:00Z', status: 'INVESTIGATING' })
    paused.clock = {
      answer: { ...paused.clock.answer, met: true, paused: true },
      resolve: { ...paused.clock.resolve, remainingMinutes: 1234, paused: true },
    }
    expect(complaintViewClock(paused, NOW)).toMatchObject({ phase: 'resolve', state: 'paused', minutes: 1234 })
  })

  it('tells a closed complaint by whether the resolution was in time', () => {
    const closed = complaintSummary({ status: 'CLOSED', answeredAt: '2030-10-07T03:00:00Z', resolvedAt: '2030-10-09T03:00:00Z' })
    expect(complaintClock(closed, NOW)).toMatchObject({ phase: 'done', state: 'missed' })
    const kept = complaint({ status: 'CLOSED' })
    kept.clock = { answer: { ...kept.clock.answer, met: true }, resolve: { ...kept.clock.resolve, met: true } }
    expect(complaintViewClock(kept, NOW)).toMatchObject({ phase: 'done', state: 'met' })
  })
})

describe('the complaint inbox', () => {
  const soon = complaintSummary({ number: 'soon', answerDueAt: '2030-10-07T09:00:00Z' })
  const later = complaintSummary({ number: 'later' })
  const paused = complaintSummary({ number: 'paused', answerDueAt: '2030-10-07T08:30:00Z', paused: true })
  const late = complaintSummary({ number: 'late', answerDueAt: '2030-10-07T07:00:00Z', overdue: true, ownerName: '钱进' })
  const closed = complaintSummary({ number: 'closed', status: 'CLOSED', resolvedAt: '2030-10-07T05:00:00Z' })
  const all = [later, closed, paused, soon, late]

  it('lists open complaints by nearest deadline, paused ones after the running ones', () => {
    expect(inboxItems(all, 'open', null, NOW).map((c) => c.number)).toEqual(['late', 'soon', 'later', 'paused'])
  })

  it('escalates the overdue and the warned ones only', () => {
    expect(inboxItems(all, 'escalated', null, NOW).map((c) => c.number)).toEqual(['late', 'soon'])
    expect(isEscalated(closed, NOW)).toBe(false)
  })

  it("finds one's own complaints by name, and the closed ones", () => {
    expect(inboxItems(all, 'mine', '钱进', NOW).map((c) => c.number)).toEqual(['late'])
    expect(inboxItems(all, 'closed', null, NOW).map((c) => c.number)).toEqual(['closed'])
  })

  it('offers only the actions it knows, in a steady order', () => {
    expect(offeredActions(['REASSIGN', 'NOTE', 'ACKNOWLEDGE', 'TELEPORT'])).toEqual(['ACKNOWLEDGE', 'NOTE', 'REASSIGN'])
  })
})

describe('the follow-up queue', () => {
  it('puts overdue calls first, then those due, then the rest, each by due time', () => {
    const a = followUp({ reference: 'due-late', dueAt: '2030-10-10T02:00:00Z' })
    const b = followUp({ reference: 'overdue', overdue: true, dueAt: '2030-10-06T02:00:00Z' })
    const c = followUp({ reference: 'due-soon', dueAt: '2030-10-08T02:00:00Z' })
    const d = followUp({ reference: 'done', status: 'DONE', due: false })
    const e = followUp({ reference: 'retry-tomorrow', due: false, nextAttemptOn: '2030-10-08' })
    expect(followUpItems([a, b, c, d, e], 'due').map((f) => f.reference)).toEqual(['overdue', 'due-soon', 'due-late'])
    expect(followUpItems([a, b, c, d, e], 'all').map((f) => f.reference)).toEqual(['overdue', 'due-soon', 'due-late', 'retry-tomorrow', 'done'])
  })

  it('lists the calls with an open problem', () => {
    const problem = { description: '刹车异响', owner: { id: 'u-2', name: '王芳' }, dueAt: '2030-10-10T02:00:00Z', overdue: false }
    const open = followUp({ status: 'PROBLEM', problem })
    const solved = followUp({ status: 'PROBLEM', problem: { ...problem, resolvedAt: '2030-10-08T02:00:00Z', resolution: '已返修' } })
    expect(followUpItems([open, solved], 'problems')).toEqual([open])
  })
})

describe('statistics', () => {
  it('ranks counts and orders months', () => {
    expect(rankedCounts({ PRICE: 2, TECHNICAL: 5, ATTITUDE: 2, PROCESS: 0 })).toEqual([['TECHNICAL', 5], ['ATTITUDE', 2], ['PRICE', 2]])
    expect(monthSeries({ '2030-11': 1, '2030-09': 3 })).toEqual([['2030-09', 3], ['2030-11', 1]])
  })

  it('shows shares as percentages and this month so far', () => {
    expect(percent(0.834)).toBe('83%')
    expect(percent(null)).toBe('–')
    expect(monthToDate('2030-10-07')).toEqual({ from: '2030-10-01', to: '2030-10-07' })
    expect(periodOf('lastMonth', '2030-03-07')).toEqual({ from: '2030-02-01', to: '2030-02-28' })
    expect(periodOf('quarter', '2030-03-31')).toEqual({ from: '2030-01-01', to: '2030-03-31' })
  })
})
