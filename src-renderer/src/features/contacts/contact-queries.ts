import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'
import { employerKeys } from '../employers/employer-queries'
import { timelineKeys } from '../timeline/timeline-queries'

/** Every query key of the contact log. */
export const contactKeys = {
  all: ['contacts'] as const,
  client: (clientId: string) => [...contactKeys.all, 'client', clientId] as const,
  employer: (employerId: string) => [...contactKeys.all, 'employer', employerId] as const,
}

export function useEmployerContacts(employerId: string) {
  const api = useApi()
  return useQuery({
    queryKey: contactKeys.employer(employerId),
    queryFn: () => api.call('contacts-list-employer', { employerId }),
  })
}

/** A contact shows in the client's timeline and the employer's log and counts. */
const refreshed = [contactKeys.all, timelineKeys.all, employerKeys.all]
export const useCreateContact = () => useApiMutation('contacts-create', refreshed)
export const useUpdateContact = () => useApiMutation('contacts-update', refreshed)
export const useDeleteContact = () => useApiMutation('contacts-delete', refreshed)
