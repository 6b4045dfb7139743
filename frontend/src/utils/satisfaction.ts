// The satisfaction score (0-100) against the shop's target, and the 1-5 satisfaction of a call or a complaint.

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
