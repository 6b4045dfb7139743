// Client-side mirrors of the server's Bean Validation rules; the server stays the judge.

/**
 * A mainland China mobile (11 digits, with or without +86 / 86 in front) or an E.164 number of another
 * country: a +86 number that is no mobile is refused, as the server does.
 */
const PHONE = /^(?:(?:\+?86)?1[3-9]\d{9}|\+(?!86)[1-9]\d{6,14})$/

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 72
export const NAME_MAX = 50

/** What people type: spaces and dashes between digit groups are dropped before checking and sending. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s-]/g, '')
}

export function isValidPhone(value: string): boolean {
  return PHONE.test(normalizePhone(value))
}

export type PasswordIssue = 'required' | 'length' | 'letterDigit'

/** The first thing wrong with a new password, or null when it is acceptable. */
export function passwordIssue(value: string): PasswordIssue | null {
  if (value.length === 0) return 'required'
  if (value.length < PASSWORD_MIN || value.length > PASSWORD_MAX) return 'length'
  if (!/\p{L}/u.test(value) || !/\d/.test(value)) return 'letterDigit'
  return null
}

export function isValidPassword(value: string): boolean {
  return passwordIssue(value) === null
}

export type NameIssue = 'required' | 'tooLong'

export function nameIssue(value: string): NameIssue | null {
  const name = value.trim()
  if (name.length === 0) return 'required'
  if (name.length > NAME_MAX) return 'tooLong'
  return null
}
