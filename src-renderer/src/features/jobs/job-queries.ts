import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ApiClient } from '../../api/api-client'
import { useApi } from '../../api/api-context'
import { JUST_FETCHED_MS } from '../../queries/just-fetched'
import { useApiMutation } from '../../queries/use-api-mutation'
import { employerKeys } from '../employers/employer-queries'
import { timelineKeys } from '../timeline/timeline-queries'

/** Every query key of jobs and studies. */
export const jobKeys = {
  all: ['jobs'] as const,
  jobs: (clientId: string) => [...jobKeys.all, 'jobs', clientId] as const,
  education: (clientId: string) => [...jobKeys.all, 'education', clientId] as const,
}

export const clientJobsQuery = (api: ApiClient, clientId: string) =>
  queryOptions({
    queryKey: jobKeys.jobs(clientId),
    queryFn: () => api.call('jobs-list', { clientId }),
    staleTime: JUST_FETCHED_MS,
  })

export const clientEducationQuery = (api: ApiClient, clientId: string) =>
  queryOptions({
    queryKey: jobKeys.education(clientId),
    queryFn: () => api.call('education-list', { clientId }),
    staleTime: JUST_FETCHED_MS,
  })

export function useClientJobs(clientId: string) {
  return useQuery(clientJobsQuery(useApi(), clientId))
}

export function useClientEducation(clientId: string) {
  return useQuery(clientEducationQuery(useApi(), clientId))
}

/** A job may add an employer to the register, and shows in the timeline. */
const refreshed = [jobKeys.all, timelineKeys.all, employerKeys.all]
export const useStartJob = () => useApiMutation('jobs-start', refreshed)
export const useEndJob = () => useApiMutation('jobs-end', refreshed)
export const useStartEducation = () => useApiMutation('education-start', refreshed)
export const useEndEducation = () => useApiMutation('education-end', refreshed)
