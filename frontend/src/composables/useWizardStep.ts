import { computed, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * The step of a multi-step form, kept in the URL (?step=2) so that the phone's back button goes one step
 * back. A step the form cannot reach yet (a reload mid-way lost the choices) falls back to the furthest one.
 */
export function useWizardStep(reachable: Ref<number>) {
  const route = useRoute()
  const router = useRouter()

  const step = computed(() => Math.min(Math.max(0, Math.trunc(Number(route.query.step)) || 0), reachable.value))

  function goTo(next: number) {
    void router.push({ query: { ...route.query, step: next === 0 ? undefined : String(next) } })
  }

  /** One step back; false at the first step. */
  function back(): boolean {
    if (step.value === 0) return false
    if (window.history.state?.back) router.back()
    else goTo(step.value - 1)
    return true
  }

  return { step, goTo, back }
}
