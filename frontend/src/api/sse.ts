import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import { refreshSession, type RefreshOutcome } from './client'
import { isProblem, toApiError, type ApiError } from './problem'

/**
 * Server-sent events over fetch. EventSource cannot send an Authorization header, and the token must never
 * travel in the URL (it would end up in proxy and server logs), so the SPA reads text/event-stream itself:
 * fetch + ReadableStream + TextDecoder, the WHATWG parsing rules, reconnection with Last-Event-ID.
 */

/** One dispatched event. `lastEventId` is the stream's last event ID after it (what a reconnect sends). */
export interface SseMessage {
  event: string
  data: string
  lastEventId: string
}

export interface SseParserHandlers {
  onEvent: (message: SseMessage) => void
  onComment?: (text: string) => void
  /** The server's `retry:` field: the reconnection delay it asks for, in milliseconds. */
  onRetry?: (ms: number) => void
}

const LF = 10
const CR = 13

/**
 * The event stream interpretation of the HTML standard: lines end with CRLF, LF or CR (also when a CRLF is
 * split across two chunks); `data:` lines accumulate; `id:` sets the last event ID (kept across events); a
 * blank line dispatches; lines starting with a colon are comments; unknown fields are ignored; an event
 * without data is not dispatched; an unfinished event at the end of the stream is dropped.
 */
export class SseParser {
  private line = ''
  private data = ''
  private hasData = false
  private eventType = ''
  private idBuffer: string
  private skipLineFeed = false
  private atStart = true

  constructor(
    private readonly handlers: SseParserHandlers,
    lastEventId = '',
  ) {
    this.idBuffer = lastEventId
  }

  /** The ID a reconnection should send (empty: none). */
  get lastEventId(): string {
    return this.idBuffer
  }

  /** Starts a new connection: what was half received is dropped, the last event ID is kept. */
  reset(): void {
    this.line = ''
    this.data = ''
    this.hasData = false
    this.eventType = ''
    this.skipLineFeed = false
    this.atStart = true
  }

  feed(chunk: string): void {
    let text = chunk
    if (this.atStart && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1) // a byte order mark at the very start
      this.atStart = false
    }
    let start = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (this.skipLineFeed) {
        this.skipLineFeed = false
        if (c === LF) {
          start = i + 1
          continue
        }
      }
      if (c === LF || c === CR) {
        const line = this.line + text.slice(start, i)
        this.line = ''
        start = i + 1
        this.skipLineFeed = c === CR
        this.processLine(line)
      }
    }
    this.line += text.slice(start)
  }

  private processLine(line: string): void {
    if (line === '') {
      this.dispatch()
      return
    }
    if (line.startsWith(':')) {
      this.handlers.onComment?.(line.slice(1).replace(/^ /, ''))
      return
    }
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    switch (field) {
      case 'event':
        this.eventType = value
        break
      case 'data':
        this.data += value + '\n'
        this.hasData = true
        break
      case 'id':
        if (!value.includes('\0')) this.idBuffer = value
        break
      case 'retry':
        if (/^\d+$/.test(value)) this.handlers.onRetry?.(Number(value))
        break
      default:
      // unknown fields are ignored, as the standard says
    }
  }

  private dispatch(): void {
    if (!this.hasData) {
      this.eventType = ''
      return
    }
    const message: SseMessage = {
      event: this.eventType || 'message',
      data: this.data.endsWith('\n') ? this.data.slice(0, -1) : this.data,
      lastEventId: this.idBuffer,
    }
    this.data = ''
    this.hasData = false
    this.eventType = ''
    this.handlers.onEvent(message)
  }
}

/** connecting: first attempt; open: receiving; retrying: waiting to reconnect; closed: for good. */
export type SseState = 'connecting' | 'open' | 'retrying' | 'closed'

/** What openEventStream needs from a fetch Response. */
export type SseResponse = Pick<Response, 'ok' | 'status' | 'body' | 'headers' | 'json'>
export type SseFetch = (url: string, init: RequestInit) => Promise<SseResponse>

export interface EventStreamOptions {
  url: string
  /** Resume after this ID (sent as Last-Event-ID on the first connection too). */
  lastEventId?: string | null
  onEvent: (message: SseMessage) => void
  /** Each time a connection is established (the first one and every reconnection). */
  onOpen?: () => void
  onStateChange?: (state: SseState) => void
  /**
   * The stream ended for good: 400/403/404, or the session could not be renewed. Not called for failures
   * worth retrying (network, 5xx, 429), nor after close().
   */
  onFatal?: (error: ApiError) => void
  /** First reconnection delay; doubles per failed attempt (the server's `retry:` replaces it). Default 1 s. */
  initialRetryMs?: number
  /** Longest reconnection delay. Default 30 s. */
  maxRetryMs?: number
  /**
   * Reconnect when nothing (not even the server's heartbeat comment, every 15 s) arrived for this long: a
   * connection a phone's network dropped silently. Default 45 s; 0 disables.
   */
  idleTimeoutMs?: number
  // Seams for tests; the defaults are the app's.
  fetch?: SseFetch
  token?: () => string | null
  refresh?: () => Promise<RefreshOutcome>
  /** In [0, 1): the jitter of the reconnection delays. */
  random?: () => number
}

export interface EventStream {
  /** Stops for good: aborts the request and any pending reconnection. */
  close(): void
  /** Skips the wait of a pending reconnection (the page came back to the front, the phone back online). */
  reconnectNow(): void
  readonly state: SseState
  readonly lastEventId: string
}

/** The reconnection delay of the attempt-th failure in a row: exponential, capped, with jitter (50-100 %). */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20))
  return Math.round(exponential * (0.5 + random() / 2))
}

const FATAL_STATUSES = new Set([400, 403, 404, 410])

function defaultToken(): string | null {
  return useAuthStore().accessToken
}

async function problemOf(response: SseResponse): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null)
  return toApiError(isProblem(body) ? body : null, response as Response)
}

/**
 * Opens a text/event-stream with the bearer token in the Authorization header and keeps it open: after a
 * network failure, a 5xx or the end of the response it reconnects with exponential backoff, sending the
 * last event ID it saw; on a 401 it renews the session once (through the same single-flight refresh as
 * every API call) and reconnects at once. Close it when the page goes away.
 */
export function openEventStream(options: EventStreamOptions): EventStream {
  const fetchImpl: SseFetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init))
  const token = options.token ?? defaultToken
  const refresh = options.refresh ?? refreshSession
  const random = options.random ?? Math.random
  const maxRetry = options.maxRetryMs ?? 30_000
  const idleTimeout = options.idleTimeoutMs ?? 45_000
  let retryBase = options.initialRetryMs ?? 1_000

  let state: SseState = 'connecting'
  let closed = false
  let controller: AbortController | null = null
  let wake: (() => void) | null = null
  const parser = new SseParser(
    {
      onEvent: (message) => {
        if (!closed) options.onEvent(message)
      },
      onRetry: (ms) => {
        retryBase = ms
      },
    },
    options.lastEventId ?? '',
  )

  function setState(next: SseState) {
    if (state === next) return
    state = next
    options.onStateChange?.(next)
  }

  /** Waits, unless reconnectNow() or close() cuts it short. */
  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        wake = null
        resolve()
      }
      wake = done
    })
  }

  function fatal(error: ApiError) {
    if (closed) return
    closed = true
    setState('closed')
    options.onFatal?.(error)
  }

  async function connect(): Promise<SseResponse | 'retry'> {
    controller = new AbortController()
    const headers: Record<string, string> = { Accept: 'text/event-stream', 'Accept-Language': i18n.global.locale.value }
    const bearer = token()
    if (bearer) headers.Authorization = `Bearer ${bearer}`
    if (parser.lastEventId) headers['Last-Event-ID'] = parser.lastEventId
    try {
      return await fetchImpl(options.url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'same-origin' })
    } catch {
      return 'retry' // offline, DNS, aborted
    }
  }

  /** Reads one response to its end (or until it breaks, goes idle or the stream is closed). */
  async function read(response: SseResponse): Promise<void> {
    const body = response.body
    if (!body) return
    const reader = body.getReader()
    const decoder = new TextDecoder()
    let idle: ReturnType<typeof setTimeout> | undefined
    const armIdle = () => {
      clearTimeout(idle)
      if (idleTimeout > 0) idle = setTimeout(() => controller?.abort(), idleTimeout)
    }
    parser.reset()
    armIdle()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done || closed) break
        armIdle()
        parser.feed(decoder.decode(value, { stream: true }))
      }
    } catch {
      // aborted (close, idle) or the connection broke: reconnect below
    } finally {
      clearTimeout(idle)
      reader.releaseLock?.()
    }
  }

  async function run() {
    let failures = 0
    let renewed = false
    while (!closed) {
      const response = await connect()
      if (closed) return
      if (response !== 'retry' && response.status === 401) {
        // The access token expired: renew it and reconnect at once. A second 401 right after a renewal is
        // waited out like a failure (no loop of refreshes), and the next one renews again.
        const outcome: RefreshOutcome = renewed ? 'unavailable' : await refresh()
        renewed = outcome === 'refreshed'
        if (closed) return
        if (outcome === 'rejected') {
          fatal(await problemOf(response))
          return
        }
        if (outcome === 'refreshed') continue
      } else if (response !== 'retry' && FATAL_STATUSES.has(response.status)) {
        fatal(await problemOf(response))
        return
      } else if (response !== 'retry' && response.ok) {
        failures = 0
        renewed = false
        setState('open')
        options.onOpen?.()
        await read(response)
        if (closed) return
      }
      setState('retrying')
      await pause(backoffDelay(failures, retryBase, maxRetry, random))
      failures += 1
    }
  }

  void run()

  return {
    close() {
      if (closed) return
      closed = true
      controller?.abort()
      wake?.()
      setState('closed')
    },
    reconnectNow() {
      wake?.()
    },
    get state() {
      return state
    },
    get lastEventId() {
      return parser.lastEventId
    },
  }
}
