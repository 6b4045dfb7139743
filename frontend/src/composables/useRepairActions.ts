import { showSuccessToast, showToast } from 'vant'
import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { moveRepairOrder } from '@/api/repair'
import type { RepairOrderView, RepairStatus } from '@/api/types'
import { useApiError } from '@/composables/useApiError'
import { useAuthStore } from '@/stores/auth'
import { confirmed } from '@/utils/confirm'
import { isOpen, PROMISED_STATUSES, SUPPLEMENT_STATUSES } from '@/utils/repairStatus'
import { ADVISOR_ROLES, hasRole } from '@/utils/roles'

/** A button of the staff's order page: what it says and looks like, and what it does. */
export interface RepairAction {
  key: string
  label: string
  type: 'primary' | 'success' | 'warning' | 'danger' | 'default'
  icon?: string
  plain?: boolean
  disabled?: boolean
  /** A move that runs at once is under way. */
  loading?: boolean
  run: () => void
}

/** A move that needs a reason first (waiting for parts, QC failed, cancelling), as its sheet asks for it. */
export interface ReasonAsk {
  to: RepairStatus
  title: string
  presets: string[]
  confirmText: string
  danger?: boolean
}

/** The order the actions act on, as useLiveOrder keeps it. */
export interface ActedOrder {
  order: Readonly<Ref<RepairOrderView | null>>
  /** Takes the server's answer as the current view. */
  setOrder: (view: RepairOrderView) => void
  /** Reads the order again (after a move failed, or photos were added). */
  refetch: () => Promise<unknown>
}

/**
 * What the person looking at one repair order may do next, and the doing of it: the moves the server lists in
 * nextSteps (dispatch, start, parts, QC pass or fail, cancel), and for the advisor the estimate, supplements,
 * delays, settlement and hand-over. Moves that need no more than a yes run here (a failure is said in a toast
 * and the order read again); the others open their sheet (dispatching, reasonOpen, delaying, delivering),
 * whose popup runs dispatch or runReason and says its own errors.
 */
export function useRepairActions(live: ActedOrder) {
  const { t } = useI18n()
  const router = useRouter()
  const { describe } = useApiError()
  const auth = useAuthStore()
  const { order } = live

  const isAdvisor = computed(() => hasRole(auth.role, ADVISOR_ROLES))
  const canPostUpdate = computed(() => auth.role !== 'CUSTOMER_SERVICE' && !!order.value && isOpen(order.value.status))
  const estimateUntouched = computed(
    () => !!order.value && order.value.estimate.items.every((item) => item.round > 0 || item.decision === 'PENDING'),
  )

  const accept = (view: RepairOrderView) => live.setOrder(view)

  // The workshop flow: the moves the server offers this person, each with its own way of asking.
  const moving = ref<RepairStatus | null>(null)
  async function move(to: RepairStatus, extra: { technicianId?: string; reason?: string } = {}) {
    if (!order.value) return
    moving.value = to
    try {
      accept(await moveRepairOrder(order.value.id, { to, ...extra }))
      showSuccessToast(t('move.done'))
    } finally {
      moving.value = null
    }
  }
  async function simpleMove(to: RepairStatus, confirm?: string) {
    if (confirm) {
      const sure = await confirmed({ message: confirm })
      if (!sure) return
    }
    try {
      await move(to)
    } catch (thrown) {
      showToast({ message: describe(thrown), wordBreak: 'break-word' })
      void live.refetch()
    }
  }

  const reasonAsk = ref<ReasonAsk | null>(null)
  const reasonOpen = ref(false)
  function askReason(ask: ReasonAsk) {
    reasonAsk.value = ask
    reasonOpen.value = true
  }
  const runReason = (reason: string) => move(reasonAsk.value?.to ?? 'CANCELLED', { reason })

  const dispatching = ref(false)
  const dispatch = (technicianId: string) => move('DISPATCHED', { technicianId })

  const delaying = ref(false)
  const delivering = ref(false)
  /** The advisor records the owner's decisions (given at the counter or on the phone). */
  const recording = ref(false)

  function presets(key: 'parts' | 'qc' | 'cancel'): string[] {
    return [1, 2, 3].map((n) => t(`reasonPopup.presets.${key}.${n}`))
  }

  const actions = computed<RepairAction[]>(() => {
    const o = order.value
    if (!o) return []
    const busy = moving.value !== null
    const list: RepairAction[] = []
    for (const to of o.nextSteps) {
      if (to === 'DISPATCHED') list.push({ key: 'dispatch', label: t('move.dispatch'), type: 'primary', icon: 'manager-o', run: () => (dispatching.value = true) })
      else if (to === 'IN_REPAIR' && o.status === 'DISPATCHED')
        list.push({ key: 'start', label: t('move.start'), type: 'primary', icon: 'play-circle-o', loading: busy, run: () => void simpleMove('IN_REPAIR') })
      else if (to === 'IN_REPAIR' && o.status === 'WAITING_PARTS')
        list.push({ key: 'resume', label: t('move.resume'), type: 'primary', icon: 'replay', loading: busy, run: () => void simpleMove('IN_REPAIR') })
      else if (to === 'IN_REPAIR' && o.status === 'QUALITY_CHECK')
        list.push({
          key: 'fail',
          label: t('move.fail'),
          type: 'danger',
          icon: 'close',
          run: () => askReason({ to, title: t('move.failTitle'), presets: presets('qc'), confirmText: t('move.fail'), danger: true }),
        })
      else if (to === 'WAITING_PARTS')
        list.push({
          key: 'parts',
          label: t('move.waitParts'),
          type: 'warning',
          icon: 'clock-o',
          run: () => askReason({ to, title: t('move.waitPartsTitle'), presets: presets('parts'), confirmText: t('move.waitParts') }),
        })
      else if (to === 'QUALITY_CHECK')
        list.push({ key: 'qc', label: t('move.toQc'), type: 'primary', icon: 'passed', loading: busy, run: () => void simpleMove(to, t('move.toQcAsk')) })
      else if (to === 'READY')
        list.push({ key: 'pass', label: t('move.pass'), type: 'success', icon: 'passed', loading: busy, run: () => void simpleMove(to, t('move.passAsk')) })
      else if (to === 'CANCELLED')
        list.push({
          key: 'cancel',
          label: t('move.cancel'),
          type: 'default',
          icon: 'delete-o',
          run: () => askReason({ to, title: t('move.cancelTitle'), presets: presets('cancel'), confirmText: t('move.cancel'), danger: true }),
        })
    }
    if (isAdvisor.value) {
      const open = (name: string) => () => void router.push({ name, params: { id: o.id } })
      if (o.status === 'CHECKED_IN')
        list.unshift({ key: 'estimate', label: t('deskOrder.writeEstimate'), type: 'primary', icon: 'balance-list-o', run: open('desk-estimate') })
      if (o.status === 'AWAITING_APPROVAL' && estimateUntouched.value)
        list.push({ key: 'estimate', label: t('deskOrder.editEstimate'), type: 'default', icon: 'edit', run: open('desk-estimate') })
      if (SUPPLEMENT_STATUSES.includes(o.status))
        list.push({ key: 'supplement', label: t('deskOrder.supplement'), type: 'warning', plain: true, icon: 'add-o', run: open('desk-supplement') })
      if (PROMISED_STATUSES.includes(o.status))
        list.push({ key: 'delay', label: t('deskOrder.delay'), type: 'warning', plain: true, icon: 'underway-o', run: () => (delaying.value = true) })
      if (o.status === 'READY')
        list.unshift({
          key: 'settle',
          label: o.settlement?.acknowledgedAt ? t('settlement.reopen') : o.settlement ? t('deskOrder.reissueSettlement') : t('deskOrder.settle'),
          type: o.settlement ? 'default' : 'primary',
          icon: 'bill-o',
          run: open('desk-settlement'),
        })
      if (o.status === 'READY' && o.settlement)
        list.unshift({
          key: 'deliver',
          label: o.settlement.acknowledgedAt ? t('deskOrder.deliver') : t('deskOrder.awaitingSignature'),
          type: 'success',
          icon: 'logistics',
          disabled: !o.settlement.acknowledgedAt,
          run: () => (delivering.value = true),
        })
    }
    return list
  })

  return {
    actions,
    isAdvisor,
    canPostUpdate,
    accept,
    moving,
    reasonAsk,
    reasonOpen,
    runReason,
    dispatching,
    dispatch,
    delaying,
    delivering,
    recording,
  }
}
