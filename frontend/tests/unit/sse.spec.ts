import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backoffDelay, openEventStream, SseParser, type SseFetch, type SseMessage, type SseState } from '@/api/sse'
import { problem } from './support'

function parse(chunks: string[], lastEventId = '') {
  const events: SseMessage[] = []
  const comments: string[] = []
  const retries: number[] = []
  const parser = new SseParser(
    { onEvent: (e) => events.push(e), onComment: (c) => comments.push(c), onRetry: (ms) => retries.push(ms) },
    lastEventId,
  )
  for (const chunk of chunks) parser.feed(chunk)
  return { events, comments, retries, parser }
}

describe('SSE parser', () => {
  it('reads id, event and data, and dispatches on a blank line', () => {
    const { events, parser } = parse(['id: 7\nevent: UPDATE\ndata: {"seq":7}\n\n'])
    expect(events).toEqual([{ event: 'UPDATE', data: '{"seq":7}', lastEventId: '7' }])
    expect(parser.lastEventId).toBe('7')
  })

  it('joins data lines with newlines and defaults the type to "message"', () => {
    const { events } = parse(['data: first\ndata:second\ndata\n\n'])
    expect(events).toEqual([{ event: 'message', data: 'first\nsecond\n', lastEventId: '' }])
  })

  it('handles LF, CRLF and CR line ends, also when a CRLF is split between chunks', () => {
    const { events } = parse(['id: 1\r', '\nevent: A\r\ndata: x\r\r', 'id: 2\revent: B\rdata: y\r\r'])
    expect(events.map((e) => [e.lastEventId, e.event, e.data])).toEqual([
      ['1', 'A', 'x'],
      ['2', 'B', 'y'],
    ])
  })

  it('puts events split anywhere across chunks back together, multi-byte characters included', () => {
    const wire = 'id: 3\nevent: UPDATE\ndata: {"message":"正在路试"}\n\n'
    const events: SseMessage[] = []
    const parser = new SseParser({ onEvent: (e) => events.push(e) })
    const bytes = new TextEncoder().encode(wire)
    const decoder = new TextDecoder()
    for (let i = 0; i < bytes.length; i += 5) parser.feed(decoder.decode(bytes.slice(i, i + 5), { stream: true }))
    expect(events).toEqual([{ event: 'UPDATE', data: '{"message":"正在路试"}', lastEventId: '3' }])
  })

  it('reports comments (the heartbeat) and never dispatches them', () => {
    const { events, comments } = parse([':keep-alive\n\n: ping\n\n'])
    expect(events).toEqual([])
    expect(comments).toEqual(['keep-alive', 'ping'])
  })

  it('ignores unknown fields such as the content-type line Quarkus writes', () => {
    const { events } = parse(['content-type:text/plain\nid:4\nevent:APPROVED\ndata:{}\n\n'])
    expect(events).toEqual([{ event: 'APPROVED', data: '{}', lastEventId: '4' }])
  })

  it('keeps the last event ID across events without one, and starts from the one it is given', () => {
    const { events } = parse(['data: a\n\nid: 9\ndata: b\n\ndata: c\n\n'], '5')
    expect(events.map((e) => e.lastEventId)).toEqual(['5', '9', '9'])
  })

  it('does not dispatch an event without data, but takes its id', () => {
    const { events, parser } = parse(['id: 12\nevent: NOTHING\n\ndata: z\n\n'])
    expect(events).toEqual([{ event: 'message', data: 'z', lastEventId: '12' }])
    expect(parser.lastEventId).toBe('12')
  })

  it('ignores an id containing NUL, takes a numeric retry, skips a byte order mark', () => {
    const { events, retries } = parse(['\uFEFFid: 1\0\nretry: 2500\nretry: soon\ndata: x\n\n'])
    expect(events).toEqual([{ event: 'message', data: 'x', lastEventId: '' }])
    expect(retries).toEqual([2500])
  })

  it('drops an event left unfinished when the connection starts over', () => {
    const events: SseMessage[] = []
    const parser = new SseParser({ onEvent: (e) => events.push(e) })
    parser.feed('id: 1\ndata: done\n\nid: 2\ndata: half')
    parser.reset()
    parser.feed('id: 2\ndata: whole\n\n')
    expect(events.map((e) => e.data)).toEqual(['done', 'whole'])
  })
})

describe('backoff', () => {
  it('doubles from the base up to the cap, with 50-100 % jitter', () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, 1000, 30_000, () => 0.999999))).toEqual([1000, 2000, 4000, 8000, 30_000])
    expect(backoffDelay(2, 1000, 30_000, () => 0)).toBe(2000)
  })
})

/** A server that answers each connection in turn; the test writes to the open one. */
function streamingServer() {
  const requests: { url: string; headers: Record<string, string> }[] = []
  const answers: (() => Response | Promise<Response>)[] = []
  let writer: ReadableStreamDefaultController<Uint8Array> | null = null
  const encoder = new TextEncoder()

  const fetch: SseFetch = vi.fn(async (url: string, init: RequestInit) => {
    const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k, String(v)]))
    requests.push({ url, headers })
    const answer = answers.shift()
    if (answer) return answer()
    return new Response(
      new ReadableStream<Uint8Array>({
        start: (controller) => {
          writer = controller
          init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')))
        },
      }),
      { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
    )
  })

  return {
    fetch,
    requests,
    /** The next connection gets this answer instead of a stream. */
    answerNext: (answer: () => Response | Promise<Response>) => answers.push(answer),
    write: (text: string) => writer?.enqueue(encoder.encode(text)),
    /** The server ends the response (e.g. a restart). */
    end: () => {
      writer?.close()
      writer = null
    },
  }
}

/**
 * Lets promises and streams run, without moving fake timers (vi.waitFor would advance them), until the
 * condition holds.
 */
async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await vi.advanceTimersByTimeAsync(0)
  expect(condition()).toBe(true)
}

describe('event stream client', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('sends the token in the Authorization header (never in the URL) and the position to resume from', async () => {
    const server = streamingServer()
    const events: SseMessage[] = []
    const stream = openEventStream({ url: '/api/v1/repair-orders/o-1/events', lastEventId: '4', fetch: server.fetch, token: () => 'tok', onEvent: (e) => events.push(e) })
    await vi.waitFor(() => expect(server.requests).toHaveLength(1))
    expect(server.requests[0]?.url).toBe('/api/v1/repair-orders/o-1/events')
    expect(server.requests[0]?.headers).toMatchObject({ Authorization: 'Bearer tok', 'Last-Event-ID': '4', Accept: 'text/event-stream' })
    server.write('id: 5\nevent: UPDATE\ndata: {}\n\n')
    await vi.waitFor(() => expect(events).toHaveLength(1))
    expect(stream.lastEventId).toBe('5')
    stream.close()
  })

  it('reconnects after the server ends the response, with backoff, sending the last id it received', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const server = streamingServer()
    const states: SseState[] = []
    const stream = openEventStream({
      url: '/events',
      fetch: server.fetch,
      token: () => 't',
      onEvent: () => undefined,
      onStateChange: (s) => states.push(s),
      initialRetryMs: 1000,
      random: () => 0.999999,
    })
    await until(() => states.includes('open'))
    expect(server.requests[0]?.headers['Last-Event-ID']).toBeUndefined()
    server.write('id: 8\ndata: {}\n\n')
    server.end()
    await until(() => states.at(-1) === 'retrying')
    expect(server.requests).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(999)
    expect(server.requests).toHaveLength(1) // not before the delay
    await vi.advanceTimersByTimeAsync(1)
    await until(() => server.requests.length === 2)
    expect(server.requests[1]?.headers['Last-Event-ID']).toBe('8')
    stream.close()
  })

  it('backs off longer after each failed attempt, and starts over once connected', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const server = streamingServer()
    server.answerNext(() => problem(503))
    server.answerNext(() => Promise.reject(new TypeError('offline')))
    server.answerNext(() => problem(502))
    const stream = openEventStream({ url: '/e', fetch: server.fetch, token: () => 't', onEvent: () => undefined, random: () => 0.999999 })
    await until(() => server.requests.length === 1)
    await vi.advanceTimersByTimeAsync(1000)
    await until(() => server.requests.length === 2)
    await vi.advanceTimersByTimeAsync(1999)
    expect(server.requests).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    await until(() => server.requests.length === 3)
    await vi.advanceTimersByTimeAsync(4000)
    await until(() => server.requests.length === 4) // connected now
    server.end()
    await vi.advanceTimersByTimeAsync(1000) // back to the first delay
    await until(() => server.requests.length === 5)
    stream.close()
  })

  it('renews the session on a 401 and reconnects at once with the new token', async () => {
    const server = streamingServer()
    server.answerNext(() => problem(401))
    let token = 'old'
    const refresh = vi.fn(async () => {
      token = 'new'
      return 'refreshed' as const
    })
    const stream = openEventStream({ url: '/e', fetch: server.fetch, token: () => token, refresh, onEvent: () => undefined })
    await vi.waitFor(() => expect(server.requests).toHaveLength(2))
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(server.requests.map((r) => r.headers.Authorization)).toEqual(['Bearer old', 'Bearer new'])
    stream.close()
  })

  it('gives up when the session cannot be renewed', async () => {
    const server = streamingServer()
    server.answerNext(() => problem(401))
    const onFatal = vi.fn()
    const states: SseState[] = []
    openEventStream({ url: '/e', fetch: server.fetch, token: () => 'x', refresh: async () => 'rejected', onEvent: () => undefined, onFatal, onStateChange: (s) => states.push(s) })
    await vi.waitFor(() => expect(onFatal).toHaveBeenCalledTimes(1))
    expect(onFatal.mock.calls[0]?.[0].status).toBe(401)
    expect(states.at(-1)).toBe('closed')
    expect(server.requests).toHaveLength(1)
  })

  it('stops for good on a 404 (another customer\'s order) and says why', async () => {
    const server = streamingServer()
    server.answerNext(() => problem(404, { detail: 'Repair order o-9' }))
    const onFatal = vi.fn()
    openEventStream({ url: '/e', fetch: server.fetch, token: () => 'x', onEvent: () => undefined, onFatal })
    await vi.waitFor(() => expect(onFatal).toHaveBeenCalledTimes(1))
    expect(onFatal.mock.calls[0]?.[0].status).toBe(404)
    expect(onFatal.mock.calls[0]?.[0].problem?.detail).toBe('Repair order o-9')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(server.requests).toHaveLength(1)
  })

  it('reconnects a connection that went silent (no heartbeat) for the idle timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const server = streamingServer()
    const states: SseState[] = []
    const stream = openEventStream({
      url: '/e',
      fetch: server.fetch,
      token: () => 'x',
      onEvent: () => undefined,
      onStateChange: (s) => states.push(s),
      idleTimeoutMs: 45_000,
      random: () => 0,
    })
    await until(() => states.includes('open'))
    await vi.advanceTimersByTimeAsync(30_000)
    server.write(':keep-alive\n\n') // a heartbeat resets the clock
    await vi.advanceTimersByTimeAsync(30_000)
    expect(states.at(-1)).toBe('open')
    await vi.advanceTimersByTimeAsync(15_000)
    await until(() => states.at(-1) === 'retrying')
    await vi.advanceTimersByTimeAsync(500)
    await until(() => server.requests.length === 2)
    stream.close()
  })

  it('closes: aborts the request, cancels a pending reconnection and delivers nothing more', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const server = streamingServer()
    const events: SseMessage[] = []
    const states: SseState[] = []
    const stream = openEventStream({ url: '/e', fetch: server.fetch, token: () => 'x', onEvent: (e) => events.push(e), onStateChange: (s) => states.push(s) })
    await until(() => states.includes('open'))
    server.end()
    await until(() => states.at(-1) === 'retrying')
    stream.close()
    expect(stream.state).toBe('closed')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(server.requests).toHaveLength(1)
    expect(events).toEqual([])
  })

  it('reconnects at once when asked to (the page came back to the front)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const server = streamingServer()
    server.answerNext(() => problem(503))
    const stream = openEventStream({ url: '/e', fetch: server.fetch, token: () => 'x', onEvent: () => undefined, initialRetryMs: 10_000 })
    await until(() => stream.state === 'retrying')
    stream.reconnectNow()
    await until(() => server.requests.length === 2)
    stream.close()
  })
})
