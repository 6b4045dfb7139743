import type { DelayView, RepairOrderView } from '@/api/types'
import { countdown, type Countdown } from './countdown'
import { epoch } from './time'

// The completion time promised to the owner: how long is left, and the delays declared against it.

/** The latest delay declared (the one the banner shows), or null. */
export function latestDelay(order: Pick<RepairOrderView, 'delays'>): DelayView | null {
  return [...order.delays].sort((a, b) => epoch(a.declaredAt) - epoch(b.declaredAt)).pop() ?? null
}

/** How long until the promise (or past it): the SPA's one countdown. */
export function timeLeft(promisedAt: string, now: Date | number): Countdown | null {
  return countdown(promisedAt, now)
}

/**
 * What the shop offers for a delay, said once: the kind alone without the advisor's words; the words alone when they
 * name the offer themselves (a wash, a warranty month, "other": "免费精洗一次"), never the kind and then words that
 * repeat it ("免费洗车一次：免费洗车"); a discount with its amount ("本次维修折扣：工时费 9 折"). Null for no offer.
 */
export function offerText(
  kind: string,
  kindName: string,
  detail: string | null | undefined,
  join: (offer: string, detail: string) => string,
): string | null {
  if (kind === 'NONE') return null
  const words = detail?.trim()
  if (!words) return kindName
  const plain = (s: string) => s.toLowerCase().replace(/[\s\p{P}]/gu, '')
  if (kind === 'DISCOUNT' && !plain(words).includes(plain(kindName))) return join(kindName, words)
  return words
}
