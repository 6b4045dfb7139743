import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { EventStream, EventStreamOptions, SseState } from '@/api/sse'
import type { RepairOrderView } from '@/api/types'
import { useLiveBoard } from '@/composables/useLiveBoard'
import { useLiveOrder } from '@/composables/useLiveOrder'
import { useAuthStore } from '@/stores/auth'
import { applyEventToOrder, lastSeq, mergeTimeline, needsRefetch, parseRepairEvent } from '@/utils/liveOrder'
import { event, order, summary } from './repairFixtures'
import { asRequest, authResponse, customer, json, problem } from './support'

describe('live order reducers', () => {
  it('reads an event from SSE data, and ignores what is not one', () => {
    const e = event(7)
    expect(parseRepairEvent(JSON.stringify(e))).toEqual(e)
    expect(parseRepairEvent('not json')).toBeNull()
    expect(parseRepairEvent('{"seq":"7"}')).toBeNull()
    expect(parseRepairEvent('null')).toBeNull()
  })

  it('keeps one entry per sequence number, oldest first, whatever order and repeats arrive in', () => {
    const merged = mergeTimeline([event(1), event(3)], [event(2), event(3, { message: 'again' }), event(5)])
    expect(merged.map((e) => e.seq)).toEqual([1, 2, 3, 5])
    expect(merged[2]?.message).toBe('again')
    expect(lastSeq(merged)).toBe(5)
    expect(lastSeq([])).toBe(0)
  })

  it('applies an update at once: step, time left, when, and no longer overdue', () => {
    const before = order({ lastSeq: 6, currentStep: '诊断', remainingMinutes: 90, updateOverdue: true })
    const after = applyEventToOrder(before, event(7, { type: 'UPDATE', step: '路试', remainingMinutes: 30, at: '2030-10-07T10:00:00+08:00' }))
    expect(after).toMatchObject({ lastSeq: 7, currentStep: '路试', remainingMinutes: 30, lastUpdateAt: '2030-10-07T10:00:00+08:00', updateOverdue: false })
    expect(before.currentStep).toBe('诊断') // a new object, the old one untouched
  })

  it('applies a status change and a new promise at once, and forgets the moves it no longer knows', () => {
    const before = order({ status: 'IN_REPAIR', lastSeq: 6, nextSteps: ['WAITING_PARTS', 'QUALITY_CHECK'] })
    const delayed = applyEventToOrder(before, event(7, { type: 'DELAY', promisedAt: '2030-10-07T14:00:00+08:00' }))
    expect(delayed).toMatchObject({ delayed: true, promisedAt: '2030-10-07T14:00:00+08:00', nextSteps: ['WAITING_PARTS', 'QUALITY_CHECK'] })
    const moved = applyEventToOrder(before, event(7, { type: 'QUALITY_CHECK', status: 'QUALITY_CHECK' }))
    expect(moved).toMatchObject({ status: 'QUALITY_CHECK', nextSteps: [] })
  })

  it('ignores events the view already reflects, and events of other orders', () => {
    const view = order({ lastSeq: 6 })
    expect(applyEventToOrder(view, event(6, { type: 'UPDATE', step: 'x' }))).toBe(view)
    expect(applyEventToOrder(view, event(9, { orderId: 'o-2' }))).toBe(view)
  })

  it('fetches the view again for everything but a plain progress update', () => {
    expect(needsRefetch(event(1, { type: 'UPDATE' }))).toBe(false)
    expect(needsRefetch(event(1, { type: 'UPDATE', photoId: 'p-1' }))).toBe(true)
    for (const type of ['DELAY', 'ESTIMATE_SENT', 'SUPPLEMENT_SENT', 'SETTLEMENT_ISSUED', 'READY', 'ITEMS_DECIDED'] as const)
      expect(needsRefetch(event(1, { type })), type).toBe(true)
  })
})

/** A stand-in for openEventStream: records how it was opened, lets the test push events and states. */
function fakeStreams() {
  const opened: EventStreamOptions[] = []
  const closed: number[] = []
  const open = (options: EventStreamOptions): EventStream => {
    const index = opened.push(options) - 1
    let state: SseState = 'connecting'
    return {
      close: () => {
        closed.push(index)
        state = 'closed'
      },
      reconnectNow: () => undefined,
      get state() {
        return state
      },
      get lastEventId() {
        return String(options.lastEventId ?? '')
      },
    }
  }
  const last = () => {
    const options = opened.at(-1)
    if (!options) throw new Error('no stream opened')
    return options
  }
  return {
    open,
    opened,
    closed,
    push: (e: ReturnType<typeof event>) => last().onEvent({ event: e.type, data: JSON.stringify(e), lastEventId: String(e.seq) }),
    state: (s: SseState) => last().onStateChange?.(s),
  }
}

/** GET /repair-orders/o-1 answers `views` in turn (the last one repeats); the timeline is given. */
function stubOrderServer(views: RepairOrderView[], timeline = [event(5, { type: 'REPAIR_STARTED' }), event(6)]) {
  const calls: string[] = []
  let next = 0
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: unknown) => {
      const request = asRequest(input)
      const path = new URL(request.url).pathname
      calls.push(path)
      if (path === '/api/v1/repair-orders/o-1') return json(views[Math.min(next++, views.length - 1)])
      if (path === '/api/v1/repair-orders/o-1/timeline') return json(timeline)
      if (path === '/api/v1/repair-orders') return json([summary()])
      return problem(404)
    }),
  )
  return calls
}

enableAutoUnmount(afterEach)

describe('useLiveOrder', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setSession(authResponse('a1', 'r1', customer))
  })

  function mountLive(streams: ReturnType<typeof fakeStreams>) {
    let live: ReturnType<typeof useLiveOrder> | undefined
    const wrapper = mount(
      defineComponent({
        setup() {
          live = useLiveOrder('o-1', { open: streams.open })
          return () => h('div')
        },
      }),
    )
    if (!live) throw new Error('not mounted')
    return { wrapper, live }
  }

  it('loads the order and its timeline, then follows the stream from the last event it has', async () => {
    stubOrderServer([order({ lastSeq: 6 })])
    const streams = fakeStreams()
    const { live } = mountLive(streams)
    await flushPromises()
    expect(live.order.value?.id).toBe('o-1')
    expect(live.timeline.value.map((e) => e.seq)).toEqual([5, 6])
    expect(streams.opened).toHaveLength(1)
    expect(streams.opened[0]?.url).toBe('/api/v1/repair-orders/o-1/events')
    expect(streams.opened[0]?.lastEventId).toBe('6')
    streams.state('open')
    expect(live.connection.value).toBe('open')
  })

  it('shows an update at once, newest first, without asking the server again', async () => {
    const calls = stubOrderServer([order({ lastSeq: 6 })])
    const streams = fakeStreams()
    const { live } = mountLive(streams)
    await flushPromises()
    const before = calls.length
    streams.push(event(7, { type: 'UPDATE', message: '正在路试', step: '路试', remainingMinutes: 20 }))
    expect(live.events.value[0]).toMatchObject({ seq: 7, message: '正在路试' })
    expect(live.order.value).toMatchObject({ currentStep: '路试', remainingMinutes: 20, lastSeq: 7 })
    await flushPromises()
    expect(calls.length).toBe(before)
  })

  it('fetches the view again after a delay, once for a burst of events', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const delayed = order({
      lastSeq: 9,
      delayed: true,
      delays: [
        {
          reason: 'PART_OUT_OF_STOCK',
          detail: '缺货',
          previousPromisedAt: '2030-10-07T12:00:00+08:00',
          newPromisedAt: '2030-10-07T14:00:00+08:00',
          compensation: 'FREE_WASH',
          declaredAt: '2030-10-07T10:00:00+08:00',
          noticeMinutes: 120,
        },
      ],
    })
    const calls: string[] = []
    let views = 0
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: unknown) => {
        const path = new URL(asRequest(input).url).pathname
        calls.push(path)
        if (path.endsWith('/timeline')) return json([event(6)])
        views += 1
        if (views === 1) return json(order({ lastSeq: 6 }))
        await gate // the first refetch is slow: events arrive meanwhile
        return json(delayed)
      }),
    )
    const streams = fakeStreams()
    const { live } = mountLive(streams)
    await flushPromises()
    streams.push(event(7, { type: 'DELAY', promisedAt: '2030-10-07T14:00:00+08:00' }))
    expect(live.order.value).toMatchObject({ delayed: true, promisedAt: '2030-10-07T14:00:00+08:00' }) // at once
    streams.push(event(8, { type: 'UPDATE', photoId: 'p-1' }))
    streams.push(event(9, { type: 'ESTIMATE_SENT' }))
    release()
    await flushPromises()
    await flushPromises()
    expect(calls.filter((p) => p === '/api/v1/repair-orders/o-1')).toHaveLength(3) // the load, one refetch, one more after it
    expect(live.order.value?.delays).toHaveLength(1)
    expect(live.timeline.value.map((e) => e.seq)).toEqual([6, 7, 8, 9])
  })

  it('takes the answer to its own action, and does not go back to an older view', async () => {
    stubOrderServer([order({ lastSeq: 6 })])
    const streams = fakeStreams()
    const { live } = mountLive(streams)
    await flushPromises()
    live.setOrder(order({ lastSeq: 8, status: 'QUALITY_CHECK' }))
    expect(live.order.value?.status).toBe('QUALITY_CHECK')
    live.setOrder(order({ lastSeq: 7, status: 'IN_REPAIR' }))
    expect(live.order.value?.status).toBe('QUALITY_CHECK')
  })

  it('says when the order is not there (another customer\'s), and opens no stream', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problem(404)))
    const streams = fakeStreams()
    const { live } = mountLive(streams)
    await flushPromises()
    expect(live.notFound.value).toBe(true)
    expect(streams.opened).toHaveLength(0)
  })

  it('closes the stream when the page goes away', async () => {
    stubOrderServer([order()])
    const streams = fakeStreams()
    const { wrapper } = mountLive(streams)
    await flushPromises()
    wrapper.unmount()
    expect(streams.closed).toEqual([0])
  })
})

describe('useLiveBoard', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('loads the list, and loads it again once after a burst of events', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const calls = stubOrderServer([order()])
    const streams = fakeStreams()
    let board: ReturnType<typeof useLiveBoard> | undefined
    mount(
      defineComponent({
        setup() {
          board = useLiveBoard({ open: streams.open, debounceMs: 400 })
          return () => h('div')
        },
      }),
    )
    await flushPromises()
    expect(streams.opened[0]?.url).toBe('/api/v1/board/events')
    expect(calls.filter((p) => p === '/api/v1/repair-orders')).toHaveLength(1)
    expect(board?.orders.value).toHaveLength(1)
    streams.push(event(7, { type: 'DISPATCHED' }))
    streams.push(event(8, { type: 'REPAIR_STARTED', orderId: 'o-2' }))
    await vi.advanceTimersByTimeAsync(399)
    expect(calls.filter((p) => p === '/api/v1/repair-orders')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await flushPromises()
    expect(calls.filter((p) => p === '/api/v1/repair-orders')).toHaveLength(2)
    expect([...(board?.changed.value.keys() ?? [])]).toEqual(['o-1', 'o-2'])
  })

  it('loads the list again when the stream reconnects without a position (events may have been missed)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const calls = stubOrderServer([order()])
    const streams = fakeStreams()
    mount(
      defineComponent({
        setup() {
          useLiveBoard({ open: streams.open, debounceMs: 10 })
          return () => h('div')
        },
      }),
    )
    await flushPromises()
    streams.opened[0]?.onOpen?.()
    await vi.advanceTimersByTimeAsync(10)
    await flushPromises()
    expect(calls.filter((p) => p === '/api/v1/repair-orders')).toHaveLength(2)
  })
})
