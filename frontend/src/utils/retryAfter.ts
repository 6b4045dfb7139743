/** How long the server asks us to wait (its Retry-After), in the unit a person would say it in. */
export interface Wait {
  unit: 'seconds' | 'minutes' | 'hours'
  /** Rounded up: better to wait a little longer than to be refused again. */
  n: number
}

/** Up to a minute in seconds, up to an hour and a half in minutes, beyond that in hours. */
export function waitOf(seconds: number): Wait {
  const s = Math.max(1, Math.ceil(Number.isFinite(seconds) ? seconds : 1))
  if (s < 60) return { unit: 'seconds', n: s }
  if (s <= 90 * 60) return { unit: 'minutes', n: Math.ceil(s / 60) }
  return { unit: 'hours', n: Math.ceil(s / 3600) }
}
