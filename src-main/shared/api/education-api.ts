import { z } from 'zod'
import { educationEndSchema, educationStartSchema, type Education } from '../jobs/job-schema'
import { endpoint } from './endpoint'

export const educationApi = {
  /** The client's studies, newest start first. */
  'education-list': endpoint<Education[]>()(z.object({ clientId: z.uuid() })),
  'education-start': endpoint<Education>()(educationStartSchema),
  'education-end': endpoint<Education>()(educationEndSchema),
}
