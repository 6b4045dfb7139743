import { Locale as VantLocale } from 'vant'
import vantEnUS from 'vant/es/locale/lang/en-US'
import vantZhCN from 'vant/es/locale/lang/zh-CN'
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN.json'

export const APP_LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof APP_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'pitstop.locale'

/** zh-CN is the reference: en must have exactly its keys (the type checker and a unit test both check). */
export type MessageSchema = typeof zhCN

declare module 'vue-i18n' {
  // Typed keys for t() everywhere.
  export interface DefineLocaleMessage extends MessageSchema {}
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value)
}

export function detectLocale(): AppLocale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY)
    if (isAppLocale(stored)) return stored
  } catch {
    // storage blocked (private mode): fall through to the default
  }
  return DEFAULT_LOCALE
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  // Only the default language travels with the entry; another is fetched when someone picks it (loadLocale), so the
  // login page of most users does not carry a language they do not read.
  messages: { 'zh-CN': zhCN } as Record<AppLocale, MessageSchema>,
  missingWarn: false,
  fallbackWarn: false,
})

const loading = new Map<AppLocale, Promise<void>>([['zh-CN', Promise.resolve()]])

/** Makes a language's messages available (fetched once, from a chunk of its own). */
export function loadLocale(locale: AppLocale): Promise<void> {
  let done = loading.get(locale)
  if (!done) {
    done = import('@/locales/en.json').then((m) => i18n.global.setLocaleMessage(locale, m.default as MessageSchema))
    done.catch(() => loading.delete(locale))
    loading.set(locale, done)
  }
  return done
}

/** Messages at hand already (tests give both languages up front). */
export function provideLocaleMessages(locale: AppLocale, messages: MessageSchema) {
  i18n.global.setLocaleMessage(locale, messages)
  loading.set(locale, Promise.resolve())
}

function isLoaded(locale: AppLocale) {
  return Object.keys(i18n.global.getLocaleMessage(locale)).length > 0
}

/** Switches vue-i18n, Vant's built-in texts and <html lang> together, once the language's messages are there. */
export function applyLocale(locale: AppLocale) {
  if (!isLoaded(locale)) {
    void loadLocale(locale).then(() => applyLocale(locale))
    return
  }
  i18n.global.locale.value = locale
  if (locale === 'en') VantLocale.use('en-US', vantEnUS)
  else VantLocale.use('zh-CN', vantZhCN)
  document.documentElement.lang = locale
}
