import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/problem'
import { waitOf } from '@/utils/retryAfter'

/** One sentence for the user about a failed call, in their language where the server's words won't do. */
export function useApiError() {
  const { t } = useI18n()

  /** "10 分钟" / "10 minutes": how long the server's Retry-After asks us to wait. */
  function waitText(seconds: number): string {
    const { unit, n } = waitOf(seconds)
    return t(`errors.wait.${unit}`, { n }, n)
  }

  function describe(error: unknown): string {
    if (!(error instanceof ApiError)) return t('errors.unknown')
    if (error.isNetwork) return t('errors.network')
    if (error.status === 429) {
      return error.retryAfter === null
        ? t('errors.tooManyLater')
        : t('errors.tooManyAttempts', { wait: waitText(error.retryAfter) })
    }
    if (error.status === 503) {
      return error.retryAfter === null
        ? t('errors.unavailable')
        : t('errors.unavailableFor', { wait: waitText(error.retryAfter) })
    }
    if (error.isServer) return t('errors.server')
    if (error.status === 403) return error.problem?.detail ?? t('errors.forbidden')
    return error.problem?.detail ?? error.problem?.title ?? t('errors.unknown')
  }

  return { describe, waitText }
}
