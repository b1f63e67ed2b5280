import { eq, inArray } from 'drizzle-orm'
import type { CoachProfile } from '../../shared/settings/coach-profile-schema'
import type { Db } from '../db/open-database'
import { settings } from '../db/schema'

const NAME = 'coach.name'
const UNIT = 'coach.unit'

export function getCoachProfile(db: Db): CoachProfile | null {
  const rows = db
    .select()
    .from(settings)
    .where(inArray(settings.key, [NAME, UNIT]))
    .all()
  const name = rows.find((row) => row.key === NAME)?.value
  if (!name) return null
  return { name, unit: rows.find((row) => row.key === UNIT)?.value ?? null }
}

export function setCoachProfile(db: Db, profile: CoachProfile, now = new Date()): CoachProfile {
  const updatedAt = now.toISOString()
  db.transaction((tx) => {
    for (const [key, value] of [
      [NAME, profile.name],
      [UNIT, profile.unit],
    ] as const) {
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
