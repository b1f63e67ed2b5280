import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LANGUAGES, type Language } from '@shared/i18n/languages'
import { rememberedLanguage, rememberLanguage } from './remembered-language'
import { resources } from './resources'

/**
 * Starts i18next in the language the coach chose last (remembered on this computer so that the lock screen speaks
 * it too; the vault's setting wins once it is open). A key no language has is logged as an error, which fails the
 * renderer tests and every end-to-end test, so a raw key never reaches a screen unnoticed.
 */
export function setupI18n(language: Language = rememberedLanguage()) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fi',
    supportedLngs: [...LANGUAGES],
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`[i18n] missing key: ${key}`),
  })
  setDocumentLanguage(i18next.language)
  i18next.on('languageChanged', (next) => {
    setDocumentLanguage(next)
    rememberLanguage(next)
  })
  return i18next
}

/** Screen readers and hyphenation follow <html lang>. */
function setDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language
}
