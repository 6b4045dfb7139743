import type { ComplaintSummary, ComplaintView, FollowUpCallView, RatingView } from '@/api/types'

// Ratings, follow-up calls and complaints as the server sends them, for the feedback tests.

export function rating(overrides: Partial<RatingView> = {}): RatingView {
  return {
    orderId: 'o-1',
    reference: 'RO-TEST01',
    overall: 5,
    attitude: 5,
    professionalism: 5,
    speed: 4,
    priceFairness: 4,
    tags: ['专业'],
    score: 90,
    low: false,
    complaintSuggested: false,
    editable: true,
    editableUntil: '2030-10-08T02:00:00Z',
    createdAt: '2030-10-07T02:00:00Z',
    updatedAt: '2030-10-07T02:00:00Z',
    advisor: { id: 'u-2', name: '王芳' },
    technician: { id: 'u-5', name: '孙磊' },
    customerName: '李明',
    ...overrides,
  }
}

let complaintSeq = 0

export function complaintSummary(overrides: Partial<ComplaintSummary> = {}): ComplaintSummary {
  complaintSeq += 1
  return {
    id: `c-${complaintSeq}`,
    number: `TS-20301007-${String(complaintSeq).padStart(4, '0')}`,
    status: 'NEW',
    category: 'TECHNICAL',
    priority: 'MEDIUM',
    channel: 'APP',
    team: 'TECHNICAL_SUPPORT',
    ownerName: '赵敏',
    customerName: '李明',
    reference: 'RO-TEST01',
    createdAt: '2030-10-07T02:00:00Z',
    answerDueAt: '2030-10-08T02:00:00Z',
    resolveDueAt: '2030-10-09T02:00:00Z',
    paused: false,
    overdue: false,
    ...overrides,
  }
}

export function complaint(overrides: Partial<ComplaintView> = {}): ComplaintView {
  const summary = complaintSummary()
  return {
    id: summary.id,
    number: summary.number,
    status: 'NEW',
    category: 'TECHNICAL',
    priority: 'MEDIUM',
    channel: 'APP',
    team: 'TECHNICAL_SUPPORT',
    createdAt: summary.createdAt,
    owner: { id: 'u-8', name: summary.ownerName },
    customer: { id: 'u-1', name: summary.customerName, phone: '13900000001' },
    order: { id: 'o-1', reference: 'RO-TEST01', plate: '沪A12345' },
    content: '刹车还是有异响',
    tags: ['问题未解决'],
    suggestedPriority: 'MEDIUM',
    clock: {
      answer: { dueAt: summary.answerDueAt, remainingMinutes: 1440, paused: false },
      resolve: { dueAt: summary.resolveDueAt, remainingMinutes: 2880, paused: false },
    },
    steps: [
      {
        at: summary.createdAt,
        actorName: '李明',
        actorRole: 'CUSTOMER',
        action: 'FILED',
        toStatus: 'NEW',
        evidence: [],
      },
    ],
    nextActions: [],
    ...overrides,
  }
}

let callSeq = 0

export function followUp(overrides: Partial<FollowUpCallView> = {}): FollowUpCallView {
  callSeq += 1
  return {
    id: `f-${callSeq}`,
    orderId: `o-${callSeq}`,
    reference: `RO-CALL${String(callSeq).padStart(2, '0')}`,
    plate: '沪A12345',
    vehicle: '大众 朗逸',
    customer: { id: 'u-1', name: '李明', phone: '13900000001' },
    advisorName: '王芳',
    deliveredAt: '2030-10-04T02:00:00Z',
    availableFrom: '2030-10-07T02:00:00Z',
    dueAt: '2030-10-11T02:00:00Z',
    status: 'OPEN',
    attempts: 0,
    nextAttemptOn: '2030-10-07',
    due: true,
    overdue: false,
    assignee: { id: 'u-8', name: '赵敏' },
    log: [],
    ...overrides,
  }
}
