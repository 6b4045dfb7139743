import type { EstimateItemView, RepairEventView, RepairOrderSummary, RepairOrderView } from '@/api/types'

// Repair orders and events as the server sends them (nulls included), for the repair tests.

let itemSeq = 0

export function item(overrides: Partial<EstimateItemView> = {}): EstimateItemView {
  itemSeq += 1
  return {
    id: `i-${itemSeq}`,
    round: 0,
    kind: 'LABOUR',
    description: `项目 ${itemSeq}`,
    quantity: 1,
    unitPrice: 100,
    amount: 100,
    necessity: 'REQUIRED',
    reason: '需要',
    decision: 'PENDING',
    ...overrides,
  }
}

export function order(overrides: Partial<RepairOrderView> = {}): RepairOrderView {
  return {
    id: 'o-1',
    reference: 'RO-TEST01',
    status: 'IN_REPAIR',
    customer: { id: 'u-1', name: '李明', phone: '13900000001' },
    vehicle: { id: 'v-1', plate: '沪A12345', vin: 'LSVAU2180N2183294', make: '大众', model: '朗逸', energyType: 'PETROL' },
    advisor: { id: 'u-2', name: '王芳', phone: '13800000002' },
    technician: { id: 'u-5', name: '孙磊' },
    reception: {
      mileageKm: 42180,
      fuelLevel: 'HALF',
      warningLights: ['ENGINE'],
      symptoms: '冷车启动异响',
      faultReproduced: 'YES',
    },
    safetyCritical: false,
    estimate: { items: [], approvedTotal: 0, pendingTotal: 0, declinedTotal: 0, pendingCount: 0 },
    expectedMinutes: 180,
    promisedAt: '2030-10-07T12:00:00+08:00',
    delayed: false,
    delays: [],
    updateOverdue: false,
    attachments: [],
    checkedInAt: '2030-10-07T08:00:00+08:00',
    lastSeq: 6,
    nextSteps: [],
    ...overrides,
  }
}

export function event(seq: number, overrides: Partial<RepairEventView> = {}): RepairEventView {
  return {
    id: 1000 + seq,
    orderId: 'o-1',
    reference: 'RO-TEST01',
    seq,
    type: 'UPDATE',
    at: '2030-10-07T09:00:00+08:00',
    actorName: '王芳',
    actorRole: 'ADVISOR',
    status: 'IN_REPAIR',
    ...overrides,
  }
}

export function summary(overrides: Partial<RepairOrderSummary> = {}): RepairOrderSummary {
  return {
    id: 'o-1',
    reference: 'RO-TEST01',
    status: 'IN_REPAIR',
    plate: '沪A12345',
    vehicle: '大众 朗逸',
    customerName: '李明',
    advisorName: '王芳',
    safetyCritical: false,
    delayed: false,
    updateOverdue: false,
    pendingItems: 0,
    checkedInAt: '2030-10-07T08:00:00+08:00',
    lastSeq: 6,
    ...overrides,
  }
}

/** What the wire carries for an event of an order stream. */
export const sse = (e: RepairEventView) => `id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`
