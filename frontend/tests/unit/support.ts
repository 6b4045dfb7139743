import { vi } from 'vitest'
import type { AppointmentView, AuthResponse, MeView, Problem, ShopView, SlotView } from '@/api/types'

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

export const advisor: MeView = { id: 'u-2', name: '王芳', phone: '13800000002', role: 'ADVISOR', scopes: [] }

let appointmentSeq = 0

/** A booking of 李明's at bay B1, awaiting confirmation; override what a test is about. */
export function appointment(overrides: Partial<AppointmentView> = {}): AppointmentView {
  appointmentSeq += 1
  return {
    id: `a-${appointmentSeq}`,
    reference: `BK-TEST${String(appointmentSeq).padStart(2, '0')}`,
    status: 'REQUESTED',
    emergency: false,
    channel: 'APP',
    start: '2030-10-08T09:00:00+08:00',
    end: '2030-10-08T10:00:00+08:00',
    serviceType: { code: 'MINOR_SERVICE', nameZh: '小保养', nameEn: 'Minor service', durationMinutes: 60 },
    customer: { id: 'u-1', name: '李明', phone: '13900000001' },
    vehicle: { id: 'v-1', plate: '沪A12345', make: '大众', model: '帕萨特' },
    bay: { id: 'b-1', code: 'B1', name: '快修工位' },
    faultDescription: '',
    confirmBy: '2030-10-07T01:15:00Z',
    escalated: false,
    createdAt: '2030-10-07T01:00:00Z',
    changeableUntil: '2030-10-08T07:00:00+08:00',
    warnings: [],
    ...overrides,
  }
}

export function slot(start: string, remaining = 1, minutes = 60): SlotView {
  return { start, end: new Date(new Date(start).getTime() + minutes * 60_000).toISOString(), remaining }
}

/** One call the fake API received. */
export interface Call {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
}

/** Answers a call, or passes (undefined) to the next route. */
export type Route = (call: Call) => Response | undefined

/**
 * A fake API: the first route that answers a call wins; the shop (GET /api/v1/shop) is `shop` and the unread count
 * is 0 unless a route answers them; anything else is 404. Every call is recorded.
 */
export function stubApi(shop: ShopView, ...routes: Route[]): Call[] {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url)
      const text = input.method === 'GET' ? '' : await input.text()
      const call = { method: input.method, path: url.pathname, query: url.searchParams, body: text ? (JSON.parse(text) as unknown) : undefined }
      calls.push(call)
      for (const route of routes) {
        const answer = route(call)
        if (answer) return answer
      }
      if (url.pathname === '/api/v1/shop' && input.method === 'GET') return json(shop)
      if (url.pathname === '/api/v1/notifications/unread-count') return json({ count: 0 })
      return problem(404)
    }),
  )
  return calls
}

/** A route answering one method and path. */
export const on =
  (method: string, path: string, answer: (call: Call) => Response | undefined): Route =>
  (call) =>
    call.method === method && call.path === path ? answer(call) : undefined
