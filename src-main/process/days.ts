// Queries on ascending arrays of day numbers (binary search: a client may have hundreds of contacts).
import type { Day } from './dates'

/** Index of the first element > day. */
function upperBound(days: readonly Day[], day: Day): number {
  let low = 0
  let high = days.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (days[mid]! <= day) low = mid + 1
    else high = mid
  }
  return low
}

/** The latest day <= `day`, or null. */
export function lastOnOrBefore(days: readonly Day[], day: Day): Day | null {
  const i = upperBound(days, day)
  return i === 0 ? null : days[i - 1]!
}

/** The earliest day >= `day`, or null. */
export function firstOnOrAfter(days: readonly Day[], day: Day): Day | null {
  const i = upperBound(days, day - 1)
  return i === days.length ? null : days[i]!
}

/** How many days fall in [from, to] (both ends included). */
export function countBetween(days: readonly Day[], from: Day, to: Day): number {
  return to < from ? 0 : upperBound(days, to) - upperBound(days, from - 1)
}
