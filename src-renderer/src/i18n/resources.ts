import type { Language } from '@shared/i18n/languages'
import { en } from './en'
import { fi } from './fi'
import { sv } from './sv'

/**
 * The words of the app, one object per language. Finnish (`fi.ts` with its feature files) is the source: its type is
 * the type of every key (i18next.d.ts). Swedish (`sv*.ts`) and English (`en*.ts`) are typed `Translation`, so the
 * compiler lists every missing or extra key; resources.test.ts checks the same at run time, with the {{placeholders}}.
 */
export type Translation = Widen<typeof fi>

/** The same keys with any string as words (and nested objects widened alike). */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} satisfies Record<Language, { translation: Translation }>

export type { Language }
