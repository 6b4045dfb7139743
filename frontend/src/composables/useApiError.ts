import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/problem'

/** One sentence for the user about a failed call, in their language where the server's words won't do. */
export function useApiError() {
  const { t } = useI18n()

  function describe(error: unknown): string {
    if (!(error instanceof ApiError)) return t('errors.unknown')
    if (error.isNetwork) return t('errors.network')
    if (error.status === 429) {
      const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60))
      return t('errors.tooManyAttempts', { minutes }, minutes)
    }
    if (error.isServer) return t('errors.server')
    if (error.status === 403) return error.problem?.detail ?? t('errors.forbidden')
    return error.problem?.detail ?? error.problem?.title ?? t('errors.unknown')
  }

  return { describe }
}
