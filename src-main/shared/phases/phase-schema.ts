import { z } from 'zod'
import type { ClosureReason, Phase } from '../../process'
import { optionalText, requiredIsoDate } from '../validation/fields'
import { withMessage } from '../validation/messages'

export type { ClosureReason, Phase }

export const PHASES: readonly Phase[] = [1, 2, 3, 4, 5]

/** A phase change the coach records: the new phase from a date, with an optional note. */
export const phaseChangeSchema = z
  .object({
    clientId: z.uuid(),
    phase: z.union(
      [z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)],
      withMessage('errors.required'),
    ),
    fromDate: requiredIsoDate,
    /** Phase 5 only: maintenance support (ylläpitävä tuki) from this date instead of active in-work support. */
    maintenance: z.boolean().default(false),
    note: optionalText(500),
  })
  .transform((change) => ({ ...change, maintenance: change.phase === 5 && change.maintenance }))

export type PhaseChangeInput = z.input<typeof phaseChangeSchema>

export type PhaseEntry = {
  id: string
  phase: Phase
  fromDate: string
  maintenance: boolean
  note: string | null
  source: 'coach' | 'agreement' | 'migrated'
  createdAt: string
}

/**
 * The phase a finalised form suggests (the coach decides): the cooperation agreement ends phase 1, the vocational
 * profile phase 2, the employer cooperation agreement phase 3 (work found, support agreed with the employer), the job
 * start phase 4; a job end sends a working client back to the job search. Null when there is nothing to suggest.
 */
export function suggestedPhaseAfterForm(formId: string, current: Phase | null): Phase | null {
  const next: Record<string, { from: readonly (Phase | null)[]; to: Phase }> = {
    'cooperation-agreement': { from: [null, 1], to: 2 },
    'vocational-profile': { from: [null, 1, 2], to: 3 },
    'employer-cooperation': { from: [null, 1, 2, 3], to: 4 },
    'job-start': { from: [null, 1, 2, 3, 4], to: 5 },
    'job-end': { from: [4, 5], to: 3 },
  }
  const rule = next[formId]
  return rule && rule.from.includes(current) ? rule.to : null
}

/** The current phase of a history: the entry with the latest date (of two on one day, the one recorded later). */
export function currentPhaseEntry<E extends Pick<PhaseEntry, 'fromDate' | 'createdAt'>>(
  entries: readonly E[],
): E | null {
  let current: E | null = null
  for (const entry of entries) {
    if (
      current === null ||
      entry.fromDate > current.fromDate ||
      (entry.fromDate === current.fromDate && entry.createdAt >= current.createdAt)
    ) {
      current = entry
    }
  }
  return current
}
