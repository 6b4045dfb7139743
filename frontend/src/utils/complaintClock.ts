import type { ComplaintStatus, ComplaintSummary, ComplaintView, Deadline } from '@/api/types'
import { epoch } from './time'

// A complaint's two promises, answered within 24 hours and resolved within 48, as a clock that runs or stands still.

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
