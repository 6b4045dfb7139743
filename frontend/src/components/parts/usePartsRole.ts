import { computed } from 'vue'
import { useAuthStore } from '@/stores/auth'
import { hasRole } from '@/utils/roles'
import { PARTS_ACTORS, PART_EDITORS } from '@/utils/roles'

/**
 * What the signed-in person may do on the parts desk: the parts specialist does everything; a manager reads
 * everything and may create and change catalogue parts (the server has the last word: 403).
 */
export function usePartsRole() {
  const auth = useAuthStore()
  return {
    /** Issue, purchase, receive, count. */
    canAct: computed(() => hasRole(auth.role, PARTS_ACTORS)),
    /** Create and change catalogue parts. */
    canEditParts: computed(() => hasRole(auth.role, PART_EDITORS)),
  }
}
