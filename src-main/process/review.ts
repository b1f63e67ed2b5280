import { DateParser, isoOf, type Day } from './dates'
import { DUE_RULES } from './due-rules'
import { isOpenOn, phaseOn, prepareRecords, type PreparedRecords } from './records'
import { resolveRules } from './rules'
import type { CaseloadRecords, CaseloadReview, CaseloadRules, DueItem, PhaseCounts } from './types'

/** An item is listed when it falls due within this many days ("what is due this week"); unreachable aside. */
export const LISTING_DAYS = 7

export const RECOMMENDED_MAX = { phases1to3: 20, mixed: 30, travelling: 25 } as const

export function emptyPhaseCounts(): PhaseCounts {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 }
}

/** Plain code-unit order, the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareDueItems(a: DueItem, b: DueItem): number {
  return compareStrings(a.dueOn, b.dueOn) || compareStrings(a.clientId, b.clientId) || compareStrings(a.kind, b.kind)
}

/** The review on prepared (validated) records; `today` is a day number. */
export function reviewPrepared(records: PreparedRecords, today: Day, rules: CaseloadRules): CaseloadReview {
  const byPhase = emptyPhaseCounts()
  const due: DueItem[] = []
  let active = 0
  let onlyPhases1to3 = true
  for (const client of records.clients) {
    if (!isOpenOn(client, today)) continue // closed and not-yet-entered clients: not counted, no items
    active++
    const phase = phaseOn(client, today)
    byPhase[phase ?? 'none']++
    if (phase === null || phase > 3) onlyPhases1to3 = false

    const enteredOn = client.enteredOn!
    const inMaintenance = client.maintenanceFrom !== null && client.maintenanceFrom <= today
    const context = { client, today, rules, enteredOn, inMaintenance }
    const items: DueItem[] = []
    let unreachableListed = false
    for (const [kind, rule] of DUE_RULES) {
      const dueOn = rule(context)
      if (dueOn === null) continue
      // unreachable is listed whenever its conditions hold (its dueOn is then never after today)
      if (kind !== 'unreachable' && dueOn > today + LISTING_DAYS) continue
      if (kind === 'unreachable') unreachableListed = true
      items.push({ clientId: client.id, kind, dueOn: isoOf(dueOn), overdue: today > dueOn })
    }
    for (const item of items) {
      if (unreachableListed && item.kind === 'no-recent-contact') continue
      due.push(item)
    }
  }
  const recommendedMax =
    rules.model === 'travelling'
      ? RECOMMENDED_MAX.travelling
      : onlyPhases1to3 // vacuously true with no active client
        ? RECOMMENDED_MAX.phases1to3
        : RECOMMENDED_MAX.mixed
  return { active, byPhase, recommendedMax, due: due.sort(compareDueItems) }
}

export function reviewCaseloadRecords(
  records: CaseloadRecords,
  today: string,
  rules?: Partial<CaseloadRules>,
): CaseloadReview {
  const dates = new DateParser()
  const day = dates.required(today, 'today')
  const resolved = resolveRules(rules)
  return reviewPrepared(prepareRecords(records, dates), day, resolved)
}
