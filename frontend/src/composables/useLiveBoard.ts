import { onMounted, onUnmounted, ref, shallowRef } from 'vue'
import type { ApiError } from '@/api/problem'
import { BOARD_EVENTS_URL, listRepairOrders } from '@/api/repair'
import { openEventStream, type EventStream, type EventStreamOptions, type SseState } from '@/api/sse'
import type { RepairEventView, RepairOrderSummary } from '@/api/types'
import { parseRepairEvent } from '@/utils/liveOrder'

/** How long the board waits for more events before it reloads (a dispatch brings several at once). */
export const BOARD_DEBOUNCE_MS = 400

export interface LiveBoardOptions {
  open?: (options: EventStreamOptions) => EventStream
  stream?: Partial<EventStreamOptions>
  debounceMs?: number
  /** Called with every event (e.g. to flash the row it concerns). */
  onEvent?: (event: RepairEventView) => void
}

/**
 * Today's repair orders, live: the list from GET /repair-orders, reloaded (debounced) whenever the shop-wide
 * board stream reports an event. That stream starts with the next event, so the list is also reloaded each
 * time the stream (re)connects without a position to resume from: nothing that happened meanwhile is lost.
 */
export function useLiveBoard(options: LiveBoardOptions = {}) {
  const open = options.open ?? openEventStream
  const debounceMs = options.debounceMs ?? BOARD_DEBOUNCE_MS
  const orders = shallowRef<RepairOrderSummary[] | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  const connection = ref<SseState | 'idle'>('idle')
  const streamError = shallowRef<ApiError | null>(null)
  /** Orders that changed since the page opened, with the time they did (for a highlight). */
  const changed = ref(new Map<string, number>())

  let stream: EventStream | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0
  let stopped = false

  async function load(): Promise<void> {
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const list = await listRepairOrders()
      if (mine === generation && !stopped) orders.value = list
    } catch (thrown) {
      if (mine === generation) error.value = thrown
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function scheduleLoad() {
    clearTimeout(timer)
    timer = setTimeout(() => void load(), debounceMs)
  }

  function connect() {
    stream = open({
      url: BOARD_EVENTS_URL,
      ...options.stream,
      onOpen: () => {
        // The first connection: the list is loading already. A reconnection without a position: look again.
        if (orders.value !== null && !stream?.lastEventId) scheduleLoad()
      },
      onEvent: (message) => {
        const event = parseRepairEvent(message.data)
        if (!event) return
        changed.value = new Map(changed.value).set(event.orderId, Date.now())
        options.onEvent?.(event)
        scheduleLoad()
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

  const refreshing = ref(false)
  async function refresh(): Promise<void> {
    await load()
    refreshing.value = false
    if (stream?.state === 'closed' && !stopped) connect()
  }

  const wake = () => {
    if (document.visibilityState === 'visible') stream?.reconnectNow()
  }

  function stop() {
    stopped = true
    clearTimeout(timer)
    stream?.close()
    stream = null
    document.removeEventListener('visibilitychange', wake)
    window.removeEventListener('online', wake)
  }

  onMounted(() => {
    document.addEventListener('visibilitychange', wake)
    window.addEventListener('online', wake)
    connect()
    void load()
  })
  onUnmounted(stop)

  return { orders, loading, error, connection, streamError, changed, refreshing, load, refresh, stop }
}
