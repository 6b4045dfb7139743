import { createPinia } from 'pinia'
import { showToast } from 'vant'
import { createApp } from 'vue'
import App from './App.vue'
import { onSessionExpired } from './api/client'
import { refreshMe } from './api/session'
import { i18n, loadLocale, LOCALE_STORAGE_KEY } from './i18n'
import './plugins/vant'
import './styles.css'
import { redirectToLogin, router } from './router'
import { SESSION_STORAGE_KEY, useAuthStore } from './stores/auth'
import { useLocaleStore } from './stores/locale'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(router)

const auth = useAuthStore()
const localeStore = useLocaleStore()

onSessionExpired(() => {
  showToast(i18n.global.t('auth.sessionExpired'))
  void redirectToLogin()
})

// Another tab logged in, rotated the tokens, logged out or switched language: follow it.
window.addEventListener('storage', (event) => {
  if (event.key === SESSION_STORAGE_KEY) {
    auth.syncFromStorage()
    if (!auth.isLoggedIn) void redirectToLogin()
    else if (router.currentRoute.value.meta.guestOnly) void router.replace('/')
  } else if (event.key === LOCALE_STORAGE_KEY) {
    localeStore.syncFromStorage()
  }
})

// Name and role may have changed since the tokens were issued; a failure here is not worth a screen.
if (auth.isLoggedIn) refreshMe().catch(() => undefined)

// A reader of another language than the default gets its messages before the first screen (never a flash of Chinese).
loadLocale(localeStore.locale)
  .catch(() => undefined)
  .finally(() => app.mount('#app'))
