import { z } from 'zod'
import { jobEndSchema, jobStartSchema, jobUpdateSchema, type Job } from '../jobs/job-schema'
import { endpoint } from './endpoint'

export const jobsApi = {
  /** The client's jobs, newest start first. */
  'jobs-list': endpoint<Job[]>()(z.object({ clientId: z.uuid() })),
  'jobs-start': endpoint<Job>()(jobStartSchema),
  'jobs-update': endpoint<Job>()(jobUpdateSchema),
  'jobs-end': endpoint<Job>()(jobEndSchema),
}
