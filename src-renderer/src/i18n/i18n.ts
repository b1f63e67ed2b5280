import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { resources, type Language } from './resources'

export function setupI18n(language: Language = 'fi') {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fi',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return i18next
}
