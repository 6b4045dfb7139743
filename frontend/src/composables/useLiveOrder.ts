import { computed, onMounted, onUnmounted, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { ApiError } from '@/api/problem'
import { getRepairOrder, orderEventsUrl, repairTimeline } from '@/api/repair'
import { openEventStream, type EventStream, type EventStreamOptions, type SseState } from '@/api/sse'
import type { RepairEventView, RepairOrderView } from '@/api/types'
import { applyEventToOrder, lastSeq, mergeTimeline, needsRefetch, parseRepairEvent } from '@/utils/liveOrder'

export interface LiveOrderOptions {
  /** The stream opener (tests pass a stub). */
  open?: (options: EventStreamOptions) => EventStream
  /** Extra stream options (backoff, idle timeout). */
  stream?: Partial<EventStreamOptions>
}

/**
 * One repair order, live: the order view and its timeline, loaded once, then kept current by the order's
 * event stream. A progress update appears in the timeline the moment it arrives; any event that changes more
 * (status, estimate, delay, settlement) also fetches the order view again — one fetch for a burst of events.
 * The stream resumes after the last event the timeline holds, reconnects by itself, and closes with the page.
 */
export function useLiveOrder(id: MaybeRefOrGetter<string>, options: LiveOrderOptions = {}) {
  const open = options.open ?? openEventStream
  const order = shallowRef<RepairOrderView | null>(null)
  const timeline = shallowRef<RepairEventView[]>([])
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  /** idle until the first load; then the stream's state. */
  const connection = ref<SseState | 'idle'>('idle')
  /** The stream ended for good (e.g. the order is no longer visible): the page still shows what it had. */
  const streamError = shallowRef<ApiError | null>(null)
  const notFound = computed(() => error.value instanceof ApiError && error.value.status === 404)

  let stream: EventStream | null = null
  let stopped = false
  let generation = 0

  // Fetching the view again: one request at a time; events arriving meanwhile ask for one more afterwards.
  let refetching: Promise<void> | null = null
  let again = false
  function refetch(): Promise<void> {
    if (refetching) {
      again = true
      return refetching
    }
    const mine = generation
    refetching = (async () => {
      do {
        again = false
        try {
          const view = await getRepairOrder(toValue(id))
          if (mine !== generation || stopped) return
          // An event that arrived during the request may be newer than the view: keep what it patched.
          const current = order.value
          order.value = current && current.lastSeq > view.lastSeq ? { ...view, ...pick(current) } : view
        } catch {
          // The stream goes on; the next event or a pull-to-refresh tries again.
        }
      } while (again && !stopped)
    })().finally(() => {
      refetching = null
    })
    return refetching
  }

  /** Applies one event of the stream (exposed for tests and for a page's own answers). */
  function apply(event: RepairEventView) {
    if (event.orderId !== toValue(id)) return
    const known = order.value
    timeline.value = mergeTimeline(timeline.value, [event])
    if (!known) return
    const newer = event.seq > known.lastSeq
    order.value = applyEventToOrder(known, event)
    if (newer && needsRefetch(event)) void refetch()
  }

  /** An answer of the server to the page's own action (the stream will confirm it). */
  function setOrder(view: RepairOrderView) {
    if (view.id !== toValue(id)) return
    if (!order.value || view.lastSeq >= order.value.lastSeq) order.value = view
  }

  function connect() {
    stream?.close()
    streamError.value = null
    stream = open({
      url: orderEventsUrl(toValue(id)),
      lastEventId: timeline.value.length ? String(lastSeq(timeline.value)) : null,
      ...options.stream,
      onEvent: (message) => {
        const event = parseRepairEvent(message.data)
        if (event) apply(event)
      },
      onStateChange: (state) => {
        connection.value = state
      },
      onFatal: (thrown) => {
        streamError.value = thrown
      },
    })
    connection.value = stream.state
  }

  /** Loads order and timeline (again), then (re)opens the stream after the last event. */
  async function load(): Promise<void> {
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const [view, events] = await Promise.all([getRepairOrder(toValue(id)), repairTimeline(toValue(id))])
      if (mine !== generation || stopped) return
      order.value = view
      timeline.value = mergeTimeline(timeline.value, events)
      if (!stream || stream.state === 'closed') connect()
    } catch (thrown) {
      if (mine === generation) error.value = thrown
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /** Pull-to-refresh: the view and the timeline again; the stream stays as it is unless it had ended. */
  const refreshing = ref(false)
  async function refresh(): Promise<void> {
    await load()
    refreshing.value = false
  }

  // Back in front or back online: a stream waiting to reconnect does it now.
  const wake = () => {
    if (document.visibilityState === 'visible') stream?.reconnectNow()
  }

  function stop() {
    stopped = true
    stream?.close()
    stream = null
    document.removeEventListener('visibilitychange', wake)
    window.removeEventListener('online', wake)
  }

  onMounted(() => {
    document.addEventListener('visibilitychange', wake)
    window.addEventListener('online', wake)
    void load()
  })
  onUnmounted(stop)

  // Another order on the same page component (a notification opened from here): start over.
  watch(
    () => toValue(id),
    (next, previous) => {
      if (next === previous) return
      stream?.close()
      stream = null
      order.value = null
      timeline.value = []
      void load()
    },
  )

  /** Newest first, as the pages show it. */
  const events = computed(() => [...timeline.value].reverse())

  return { order, timeline, events, loading, error, notFound, connection, streamError, refreshing, load, refresh, refetch, apply, setOrder, stop }
}

/** What events patch on the view (see applyEventToOrder): kept when a view older than them arrives. */
function pick(order: RepairOrderView): Partial<RepairOrderView> {
  const { status, lastSeq, promisedAt, currentStep, remainingMinutes, lastUpdateAt, delayed } = order
  return { status, lastSeq, promisedAt, currentStep, remainingMinutes, lastUpdateAt, delayed }
}

export type LiveOrder = ReturnType<typeof useLiveOrder>
