import en from '@/locales/en.json'
import { provideLocaleMessages } from '@/i18n'

provideLocaleMessages('en', en)
