import { z } from 'zod'
import type { TimelineItem } from '../timeline/timeline-types'
import { endpoint } from './endpoint'

export const timelineApi = {
  /** Contacts, finalised forms, phase changes, jobs, studies and saved calculations of a client, newest first. */
  'timeline-client': endpoint<TimelineItem[]>()(z.object({ clientId: z.uuid() })),
}
