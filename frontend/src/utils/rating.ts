import type { ComplaintCategory, RatingRequest, RatingView } from '@/api/types'

// The owner's rating of a visit: its stars and tags, as drafted and sent, and what a poor one hands to a complaint.

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

/**
 * What the owner's list offers on a delivered visit: to rate it (no rating yet), the rating given while it can
 * still change, or the rating given and locked. Unknown (not loaded yet) offers nothing rather than a wrong "rate".
 */
export type RateState = 'unknown' | 'rate' | 'editable' | 'rated'

export function rateState(rating: Pick<RatingView, 'editable'> | null | undefined): RateState {
  if (rating === undefined) return 'unknown'
  if (rating === null) return 'rate'
  return rating.editable ? 'editable' : 'rated'
}
