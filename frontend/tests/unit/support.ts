import type { AuthResponse, MeView, Problem, ShopView } from '@/api/types'

export const customer: MeView = {
  id: 'u-1',
  name: '李明',
  phone: '13900000001',
  role: 'CUSTOMER',
  scopes: [],
}

export function authResponse(accessToken: string, refreshToken: string, user: MeView = customer): AuthResponse {
  return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: 900, user }
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

export function problem(status: number, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): Response {
  const body: Problem = { type: 'about:blank', title: `HTTP ${status}`, status, ...extra }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

/** The Request a stubbed fetch receives (openapi-fetch always passes a Request). */
export function asRequest(input: unknown): Request {
  if (!(input instanceof Request)) throw new Error(`expected a Request, got ${String(input)}`)
  return input
}

export const sampleShop: ShopView = {
  name: 'Pitstop 4S 店',
  timeZone: 'Asia/Shanghai',
  phone: '021-12345678',
  address: '上海市浦东新区示例路 1 号',
  openingHours: [
    { dayOfWeek: 'MONDAY', opens: '08:30', closes: '18:00' },
    { dayOfWeek: 'SATURDAY', opens: '09:00', closes: '17:00' },
  ],
  closedDays: [{ date: '2030-10-01', reason: '国庆节' }],
  bays: [{ id: 'b-1', code: 'B1', name: '快修工位', skills: ['GENERAL_SERVICE'], active: true }],
  serviceTypes: [
    { code: 'OIL', nameZh: '机油保养', nameEn: 'Oil service', durationMinutes: 60, skill: 'GENERAL_SERVICE', active: true },
  ],
}
