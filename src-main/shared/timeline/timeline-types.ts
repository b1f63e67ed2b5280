import type { Contact } from '../contacts/contact-schema'
import type { Phase } from '../phases/phase-schema'

/** The groups the client's timeline can be filtered by. */
export const TIMELINE_GROUPS = ['contacts', 'forms', 'phases', 'work', 'calculations'] as const
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number]

type Base = { id: string; on: string; group: TimelineGroup; recordedAt: string }

/** One event of a client's timeline: what happened on `on` (a local date), newest first in the list. */
export type TimelineItem =
  | (Base & { kind: 'contact'; contact: Contact })
  | (Base & { kind: 'form'; documentId: string; versionNumber: number; title: string })
  | (Base & { kind: 'phase'; phase: Phase; maintenance: boolean; note: string | null })
  | (Base & {
      kind: 'job-start' | 'job-end'
      jobId: string
      title: string
      employerName: string
      endType: string | null
    })
  | (Base & {
      kind: 'education-start' | 'education-end'
      educationId: string
      institution: string
      programme: string | null
      endType: string | null
    })
  | (Base & { kind: 'calculation'; month: string })
