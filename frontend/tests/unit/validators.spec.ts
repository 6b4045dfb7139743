import { describe, expect, it } from 'vitest'
import {
  isValidMileage,
  isValidPassword,
  isValidPhone,
  isValidPlate,
  isValidVehicleYear,
  isValidVin,
  nameIssue,
  normalizePhone,
  normalizePlate,
  normalizeVin,
  passwordIssue,
} from '@/utils/validators'

describe('phone validator (mirrors the server: CN mobile with optional +86/86, or E.164)', () => {
  it.each(['13900000001', '19912345678', '+8613900000001', '8613900000001', '+14155550123', '+4930123456', '139 0000 0001', '139-0000-0001'])(
    'accepts %s',
    (phone) => expect(isValidPhone(phone)).toBe(true),
  )

  it.each([
    '',
    '12900000001', // second digit 2 is no mobile prefix
    '1390000000', // 10 digits
    '139000000012', // 12 digits
    '+862155550000', // +86, but a landline
    '+0123456789', // E.164 never starts with 0
    '+123456', // too short for E.164
    '+1234567890123456', // too long for E.164
    'abc13900000001',
  ])('rejects %s', (phone) => expect(isValidPhone(phone)).toBe(false))

  it('drops spaces and dashes before sending', () => {
    expect(normalizePhone(' 139 0000-0001 ')).toBe('13900000001')
  })
})

describe('password validator (8-72 characters, at least one letter and one digit)', () => {
  it.each(['demo1234', 'abcdefg1', 'A1234567', `a${'1'.repeat(71)}`, '密码password1'])('accepts %s', (password) =>
    expect(isValidPassword(password)).toBe(true),
  )

  it('names what is wrong', () => {
    expect(passwordIssue('')).toBe('required')
    expect(passwordIssue('abc123')).toBe('length')
    expect(passwordIssue(`a${'1'.repeat(72)}`)).toBe('length')
    expect(passwordIssue('abcdefgh')).toBe('letterDigit')
    expect(passwordIssue('12345678')).toBe('letterDigit')
    expect(passwordIssue('abcdefg1')).toBeNull()
  })
})

describe('name validator (1-50 characters)', () => {
  it('requires something besides blanks and at most 50 characters', () => {
    expect(nameIssue('   ')).toBe('required')
    expect(nameIssue('李明')).toBeNull()
    expect(nameIssue('x'.repeat(50))).toBeNull()
    expect(nameIssue('x'.repeat(51))).toBe('tooLong')
  })
})

describe('plate validator (mirrors the server: Chinese plates, new-energy ones too)', () => {
  it.each([
    '沪A12345',
    '京BA1234',
    '粤Z1234X', // letters anywhere in the five
    '沪AD12345', // new energy, small car: D/F first
    '沪AF1A2B3',
    '沪A12345D', // new energy, large vehicle: D/F last
    '沪a 123·45', // what people type
    '苏E.88K21',
  ])('accepts %s', (plate) => expect(isValidPlate(plate)).toBe(true))

  it.each([
    '',
    'A12345', // no province
    '沪I12345', // I is never used
    '沪A1234O', // nor O
    '沪A1234', // too short
    '沪AX12345', // six after the letter must start with D/F
    '沪A1234XD', // or be five digits then D/F
    '港A12345', // not a mainland province
  ])('rejects %s', (plate) => expect(isValidPlate(plate)).toBe(false))

  it('upper-cases and drops spaces and dots before sending', () => {
    expect(normalizePlate(' 沪a·123 45 ')).toBe('沪A12345')
  })
})

describe('VIN validator (17 characters, no I, O or Q)', () => {
  it('accepts VINs in any case, with spaces', () => {
    expect(isValidVin('LSVAU2180N2123456')).toBe(true)
    expect(isValidVin('lsvau2180n2123456')).toBe(true)
    expect(isValidVin('LSVAU 2180N 2123456')).toBe(true)
    expect(normalizeVin(' lsvau-2180n2123456')).toBe('LSVAU2180N2123456')
  })

  it.each(['', 'LSVAU2180N212345', 'LSVAU2180N21234567', 'LSVAU2180N212345I', 'LSVAU2180N212345O', 'LSVAU2180N212345Q'])(
    'rejects %s',
    (vin) => expect(isValidVin(vin)).toBe(false),
  )
})

describe('year and mileage', () => {
  it('takes model years up to next year and whole kilometres', () => {
    const now = new Date('2030-06-01T00:00:00Z')
    expect(isValidVehicleYear(2031, now)).toBe(true)
    expect(isValidVehicleYear(2032, now)).toBe(false)
    expect(isValidVehicleYear(1950, now)).toBe(true)
    expect(isValidVehicleYear(1949, now)).toBe(false)
    expect(isValidVehicleYear(2020.5, now)).toBe(false)
    expect(isValidMileage(0)).toBe(true)
    expect(isValidMileage(5_000_000)).toBe(true)
    expect(isValidMileage(5_000_001)).toBe(false)
    expect(isValidMileage(-1)).toBe(false)
    expect(isValidMileage(12.5)).toBe(false)
  })
})
