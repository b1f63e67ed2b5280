import i18next from 'i18next'
import { useMemo, type ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { isLanguage, type Language } from '@shared/i18n/languages'

/**
 * Words in `language` for everything inside, whatever the app's language: a printout in the client's language while
 * the coach works in Finnish. The copy shares the resources of the app's i18next; only its language differs.
 */
export function DocumentLanguage({ language, children }: { language: Language; children: ReactNode }) {
  const instance = useMemo(() => i18next.cloneInstance({ lng: language }), [language])
  return (
    <I18nextProvider i18n={instance} key={language}>
      {children}
    </I18nextProvider>
  )
}

/** The app's own language again inside a document (the print page's toolbar is on screen, for the coach). */
export function AppLanguage({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18next}>{children}</I18nextProvider>
}

/** The language the words around this component are in (a document's language inside DocumentLanguage). */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'fi'
}
