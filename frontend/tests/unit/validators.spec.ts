import { describe, expect, it } from 'vitest'
import { isValidPassword, isValidPhone, nameIssue, normalizePhone, passwordIssue } from '@/utils/validators'

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
