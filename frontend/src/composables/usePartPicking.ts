import { computed, ref, shallowRef } from 'vue'
import type { CataloguePart } from '@/api/partsOnOrder'
import { parseDecimal } from '@/utils/money'

/**
 * The line whose part is being picked from the catalogue (the estimate editor's, the settlement's new ones): the
 * picker opens for a line, shows availability for the quantity typed on it, and `apply` gives the line the part picked.
 */
export function usePartPicking<L extends { key: string; quantity: string }>(apply: (key: string, part: CataloguePart) => void) {
  const picking = shallowRef<L | null>(null)
  const pickerOpen = ref(false)
  const quantity = computed(() => (picking.value ? parseDecimal(picking.value.quantity) : null))
  function openPicker(line: L) {
    picking.value = line
    pickerOpen.value = true
  }
  function onPick(part: CataloguePart) {
    const key = picking.value?.key
    if (key) apply(key, part)
  }
  return { pickerOpen, quantity, openPicker, onPick }
}
