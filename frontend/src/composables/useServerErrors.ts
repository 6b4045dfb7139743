import { showToast } from 'vant'
import { reactive } from 'vue'
import { ApiError } from '@/api/problem'
import { useApiError } from './useApiError'

/** Rate limited or briefly unavailable: the same request may succeed after the server's Retry-After. */
export function isWaitAndRetry(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 429 || error.status === 503)
}

/**
 * Puts the per-field errors of a problem under the form's fields (bind `errors[field]` to van-field's
 * error-message); anything that no field can show becomes a toast.
 */
export function useServerErrors<F extends string>(fields: readonly F[]) {
  const errors = reactive({}) as Partial<Record<F, string>>
  const { describe } = useApiError()

  function clear(field?: F) {
    for (const f of field ? [field] : fields) delete errors[f]
  }

  /** The form field a server error names: "phone", or a path such as "register.request.phone". */
  function fieldOf(name: string): F | undefined {
    const last = name.split('.').pop() ?? name
    return fields.find((f) => f === last)
  }

  /** Shows the error; `message` overrides the toast text (e.g. a friendlier "wrong phone or password"). */
  function show(error: unknown, message?: string) {
    clear()
    let placed = false
    // "Wait and try again" (429, 503) is about the whole form, never about one field.
    if (error instanceof ApiError && !isWaitAndRetry(error)) {
      for (const fieldError of error.fieldErrors) {
        const field = fieldOf(fieldError.field)
        if (field && !errors[field]) {
          errors[field] = fieldError.message
          placed = true
        }
      }
    }
    if (!placed) showToast({ message: (!isWaitAndRetry(error) && message) || describe(error), wordBreak: 'break-word' })
  }

  return { errors, clear, show }
}
