import { educationApi } from '../../shared/api/education-api'
import { jobsApi } from '../../shared/api/jobs-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { endEducation, endJob, listEducation, listJobs, startEducation, startJob, updateJob } from './job-service'

export function jobHandlers(vault: Vault) {
  return implement(jobsApi, {
    'jobs-list': ({ clientId }) => listJobs(vault.db, clientId),
    'jobs-start': (input) => startJob(vault, input),
    'jobs-update': ({ jobId, fields }) => updateJob(vault, jobId, fields),
    'jobs-end': (input) => endJob(vault.db, input),
  })
}

export function educationHandlers(vault: Vault) {
  return implement(educationApi, {
    'education-list': ({ clientId }) => listEducation(vault.db, clientId),
    'education-start': (input) => startEducation(vault.db, input),
    'education-end': (input) => endEducation(vault.db, input),
  })
}
