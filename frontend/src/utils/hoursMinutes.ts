// A duration typed as hours and minutes (never a raw count of minutes): the API still receives minutes.

export interface HoursMinutes {
  hours: number
  minutes: number
}

/** 135 -> { hours: 2, minutes: 15 }; negative or unreadable input reads as 0. */
export function splitMinutes(total: number): HoursMinutes {
  const whole = Number.isFinite(total) ? Math.max(0, Math.round(total)) : 0
  return { hours: Math.floor(whole / 60), minutes: whole % 60 }
}

/** Hours and minutes back to the minutes the API takes, kept within [min, max]. */
export function joinMinutes(hours: number, minutes: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const h = Number.isFinite(hours) ? Math.max(0, Math.floor(hours)) : 0
  const m = Number.isFinite(minutes) ? Math.max(0, Math.floor(minutes)) : 0
  return Math.min(max, Math.max(min, h * 60 + m))
}
