import { defineStore } from 'pinia'
import { ref } from 'vue'
import { applyLocale, detectLocale, isAppLocale, LOCALE_STORAGE_KEY, type AppLocale } from '@/i18n'

/** The user's language: vue-i18n, Vant's own texts and <html lang> follow it; the choice is persisted. */
export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<AppLocale>(detectLocale())

  function setLocale(next: AppLocale) {
    locale.value = next
    localStorage.setItem(LOCALE_STORAGE_KEY, next)
    applyLocale(next)
  }

  function syncFromStorage() {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY)
    if (isAppLocale(stored) && stored !== locale.value) {
      locale.value = stored
      applyLocale(stored)
    }
  }

  applyLocale(locale.value)

  return { locale, setLocale, syncFromStorage }
})
