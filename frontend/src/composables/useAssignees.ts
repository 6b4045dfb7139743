import { computed, onMounted, shallowRef } from 'vue'
import { listStaff } from '@/api/feedback'
import type { Role, StaffView } from '@/api/types'
import { useAuthStore } from '@/stores/auth'

export interface Assignee {
  id: string
  name: string
  role?: Role
}

/**
 * Whom a complaint, a remedy or a follow-up problem can be handed to. Managers pick from all active staff;
 * others (who may not list staff) pick from the people the case names — its owner, the order's advisor — and
 * themselves.
 */
export function useAssignees(known: () => readonly (Assignee | null | undefined)[]) {
  const auth = useAuthStore()
  const staff = shallowRef<StaffView[] | null>(null)

  onMounted(async () => {
    if (auth.role !== 'MANAGER') return
    staff.value = await listStaff().catch(() => null)
  })

  const people = computed<Assignee[]>(() => {
    const list: Assignee[] = []
    const add = (person: Assignee | null | undefined) => {
      if (person && !list.some((p) => p.id === person.id)) list.push(person)
    }
    if (auth.user) add({ id: auth.user.id, name: auth.user.name, role: auth.user.role })
    known().forEach(add)
    for (const s of staff.value ?? []) if (s.active && s.role !== 'CUSTOMER') add({ id: s.id, name: s.name, role: s.role })
    return list
  })

  return { people }
}
