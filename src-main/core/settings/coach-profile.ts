import { eq, inArray } from 'drizzle-orm'
import type { CoachProfile } from '../../shared/settings/coach-profile-schema'
import type { Db } from '../db/open-database'
import { settings } from '../db/schema'

/** Settings keys of the profile's fields (one row each; an empty field has no row). */
const KEYS = {
  name: 'coach.name',
  unit: 'coach.unit',
  organisation: 'coach.organisation',
  phone: 'coach.phone',
  email: 'coach.email',
} as const satisfies Record<keyof CoachProfile, string>

export function getCoachProfile(db: Db): CoachProfile | null {
  const rows = db
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.values(KEYS)))
    .all()
  const value = (key: string) => rows.find((row) => row.key === key)?.value ?? null
  const name = value(KEYS.name)
  if (!name) return null
  return {
    name,
    unit: value(KEYS.unit),
    organisation: value(KEYS.organisation),
    phone: value(KEYS.phone),
    email: value(KEYS.email),
  }
}

export function setCoachProfile(db: Db, profile: CoachProfile, now = new Date()): CoachProfile {
  const updatedAt = now.toISOString()
  db.transaction((tx) => {
    for (const field of Object.keys(KEYS) as Array<keyof CoachProfile>) {
      const key = KEYS[field]
      const value = profile[field]
      if (value === null) {
        tx.delete(settings).where(eq(settings.key, key)).run()
      } else {
        tx.insert(settings)
          .values({ key, value, updatedAt })
          .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } })
          .run()
      }
    }
  })
  return profile
}
