// Dates as whole day numbers (days since 1970-01-01, UTC) so the rules are plain integer arithmetic.
import { addMonths, isIsoDate } from '../shared/dates/dates'
import { fail } from './errors'

export type Day = number

const MS_PER_DAY = 86_400_000

/** Day number of a date already known to be a valid ISO date. */
export function dayOf(iso: string): Day {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY
}

export function isoOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** The same calendar day `months` later (or earlier), clamped to the month's end (29.2. + 12 months → 28.2.). */
export function addCalendarMonths(day: Day, months: number): Day {
  return dayOf(addMonths(isoOf(day), months))
}

export function oneYearAfter(day: Day): Day {
  return addCalendarMonths(day, 12)
}

/**
 * Parses dates for one engine call. Dates repeat a lot (30 000 contacts fall on a few hundred days), so each
 * distinct string is checked once.
 */
export class DateParser {
  private readonly cache = new Map<string, Day>()

  required(value: unknown, field: string): Day {
    if (typeof value === 'string') {
      const known = this.cache.get(value)
      if (known !== undefined) return known
      if (isIsoDate(value)) {
        const day = dayOf(value)
        this.cache.set(value, day)
        return day
      }
    }
    return fail(field, `expected a date YYYY-MM-DD that exists in the calendar, got ${JSON.stringify(value)}`)
  }

  /** undefined or null = absent (a database loader gives null for an empty column). */
  optional(value: unknown, field: string): Day | null {
    return value === undefined || value === null ? null : this.required(value, field)
  }
}
