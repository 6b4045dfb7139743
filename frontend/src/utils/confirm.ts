import { showConfirmDialog, type DialogOptions } from 'vant'

/** Vant's confirm dialog as a yes or no: its promise rejects when the user cancels, which is an answer, not an error. */
export function confirmed(options: DialogOptions): Promise<boolean> {
  return showConfirmDialog(options).then(
    () => true,
    () => false,
  )
}
