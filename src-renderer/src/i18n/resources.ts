import { fi } from './fi'

/**
 * The words of the app, one object per language. Finnish (`fi.ts` with its feature files) is the source: its type is
 * the type of every key (i18next.d.ts). A new language is a file `sv.ts` (or `en.ts`) typed `Translation`, plus one line
 * below; the compiler then lists every missing or extra key.
 */
export type Translation = Widen<typeof fi>

/** The same keys with any string as words (and nested objects widened alike). */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export const resources = {
  fi: { translation: fi },
} satisfies Record<string, { translation: Translation }>

export type Language = keyof typeof resources
