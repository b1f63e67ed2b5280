import { eq } from 'drizzle-orm'
import { isLanguage, type Language } from '../../shared/i18n/languages'
import type { Db } from '../db/open-database'
import { settings } from '../db/schema'

const KEY = 'app.language'

/** The language of the app's screens (the coach's choice); Finnish until one is chosen. */
export function getAppLanguage(db: Db): Language {
  const value = db.select().from(settings).where(eq(settings.key, KEY)).get()?.value
  return isLanguage(value) ? value : 'fi'
}

export function setAppLanguage(db: Db, language: Language, now = new Date()): Language {
  const updatedAt = now.toISOString()
  db.insert(settings)
    .values({ key: KEY, value: language, updatedAt })
    .onConflictDoUpdate({ target: settings.key, set: { value: language, updatedAt } })
    .run()
  return language
}
