import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'
import { employerKeys } from '../employers/employer-queries'
import { timelineKeys } from '../timeline/timeline-queries'

/** Every query key of jobs and studies. */
export const jobKeys = {
  all: ['jobs'] as const,
  jobs: (clientId: string) => [...jobKeys.all, 'jobs', clientId] as const,
  education: (clientId: string) => [...jobKeys.all, 'education', clientId] as const,
}

export function useClientJobs(clientId: string) {
  const api = useApi()
  return useQuery({ queryKey: jobKeys.jobs(clientId), queryFn: () => api.call('jobs-list', { clientId }) })
}

export function useClientEducation(clientId: string) {
  const api = useApi()
  return useQuery({ queryKey: jobKeys.education(clientId), queryFn: () => api.call('education-list', { clientId }) })
}

/** A job may add an employer to the register, and shows in the timeline. */
const refreshed = [jobKeys.all, timelineKeys.all, employerKeys.all]
export const useStartJob = () => useApiMutation('jobs-start', refreshed)
export const useEndJob = () => useApiMutation('jobs-end', refreshed)
export const useStartEducation = () => useApiMutation('education-start', refreshed)
export const useEndEducation = () => useApiMutation('education-end', refreshed)
