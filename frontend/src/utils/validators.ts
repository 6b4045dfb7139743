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

/** The one-time code sent by SMS (POST /api/v1/auth/phone-codes). */
export const CODE_LENGTH = 6

const CODE = /^\d{6}$/

export function isValidCode(value: string): boolean {
  return CODE.test(value.trim())
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

/**
 * A Chinese licence plate: province, issuing-authority letter, then 5 characters (petrol) or 6 (new energy:
 * D/F first, or five digits and D/F last). Letters I and O are never used.
 */
const PLATE =
  /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]{5}|\d{5}[DF])$/

/** 17 characters, no I, O or Q (ISO 3779). */
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/

/** What people type, "沪a·123 45": upper case, without spaces and dots. */
export function normalizePlate(value: string): string {
  return value.replace(/[\s.·•・]/g, '').toUpperCase()
}

export function isValidPlate(value: string): boolean {
  return PLATE.test(normalizePlate(value))
}

export function normalizeVin(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase()
}

export function isValidVin(value: string): boolean {
  return VIN.test(normalizeVin(value))
}

export const VEHICLE_YEAR_MIN = 1950
export const MILEAGE_MAX = 5_000_000

/** Model years from 1950 (as the server) up to next year (next year's models are sold from autumn on). */
export function isValidVehicleYear(value: number, now: Date = new Date()): boolean {
  return Number.isInteger(value) && value >= VEHICLE_YEAR_MIN && value <= now.getFullYear() + 1
}

export function isValidMileage(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MILEAGE_MAX
}
