import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { LANGUAGES, isLanguage, type Language } from '@shared/i18n/languages'
import type { PrintRoute } from './print-actions'

/**
 * The language a print page prints in: the one its route names ('/print/form/<id>/sv'), else `fallback` (the
 * client's language). The route carries it so that the desktop app's print window prints the same language.
 */
export function usePrintLanguage(fallback: Language): Language {
  const { language } = useParams()
  return isLanguage(language) ? language : fallback
}

/** The route of a print page in `language`. */
export function printRouteIn(route: PrintRoute, language: Language): PrintRoute {
  return `${route}/${language}`
}

/** The coach's choice of the printout's language, on screen above the page (in the app's language). */
export function PrintLanguageChoice({ language, route }: { language: Language; route: PrintRoute }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <NativeSelect
      aria-label={t('language.printLanguage')}
      title={t('language.printLanguageHelp')}
      value={language}
      onChange={(event) => {
        const next = event.currentTarget.value
        if (isLanguage(next)) void navigate(printRouteIn(route, next), { replace: true })
      }}
      data={LANGUAGES.map((value) => ({
        value,
        label: `${t('language.printLanguage')}: ${t(`language.names.${value}`)}`,
      }))}
      data-testid="print-language"
    />
  )
}
