import type { FieldRule } from 'vant'
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { isValidCode, isValidPhone, nameIssue, PASSWORD_MAX, passwordIssue } from '@/utils/validators'

/** Vant form rules that mirror the server's validation of phone, password and name. */
export function useAuthRules() {
  const { t } = useI18n()

  const phone = computed<FieldRule[]>(() => [
    { required: true, message: t('validation.phoneRequired') },
    { validator: (value: string) => isValidPhone(value), message: t('validation.phoneInvalid') },
  ])

  /** Logging in only needs a password; its rules are checked when it is chosen. */
  const loginPassword = computed<FieldRule[]>(() => [
    { required: true, message: t('validation.passwordRequired') },
    { validator: (value: string) => value.length <= PASSWORD_MAX, message: t('validation.passwordLength') },
  ])

  const newPassword = computed<FieldRule[]>(() => [
    {
      validator: (value: string) => {
        const issue = passwordIssue(value)
        if (issue === 'required') return t('validation.passwordRequired')
        if (issue === 'length') return t('validation.passwordLength')
        if (issue === 'letterDigit') return t('validation.passwordLetterDigit')
        return true
      },
    },
  ])

  const name = computed<FieldRule[]>(() => [
    {
      validator: (value: string) => {
        const issue = nameIssue(value)
        if (issue === 'required') return t('validation.nameRequired')
        if (issue === 'tooLong') return t('validation.nameTooLong')
        return true
      },
    },
  ])

  /** The one-time code from the SMS: six digits. */
  const code = computed<FieldRule[]>(() => [
    { required: true, message: t('validation.codeRequired') },
    { validator: (value: string) => isValidCode(value), message: t('validation.codeInvalid') },
  ])

  const confirmOf = (password: Ref<string>) =>
    computed<FieldRule[]>(() => [
      { required: true, message: t('validation.confirmRequired') },
      { validator: (value: string) => value === password.value, message: t('validation.confirmMismatch') },
    ])

  return { phone, loginPassword, newPassword, name, code, confirmOf }
}
