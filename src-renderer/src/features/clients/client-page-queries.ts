import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useApi } from '../../api/api-context'
import { calculationListQuery } from '../calculator/calculator-queries'
import { clientConsentsQuery, clientFormsQuery } from '../forms/form-queries'
import { clientEducationQuery, clientJobsQuery } from '../jobs/job-queries'
import { phaseHistoryQuery } from '../phases/phase-queries'
import { clientTimelineQuery } from '../timeline/timeline-queries'

/**
 * Asks for every section's data together with the client: the sections render only once the client is known, and
 * waiting for it before asking cost the page a whole round trip.
 */
export function usePrefetchClientSections(clientId: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!clientId) return
    void queryClient.prefetchQuery(phaseHistoryQuery(api, clientId))
    void queryClient.prefetchQuery(clientJobsQuery(api, clientId))
    void queryClient.prefetchQuery(clientEducationQuery(api, clientId))
    void queryClient.prefetchQuery(clientTimelineQuery(api, clientId))
    void queryClient.prefetchQuery(clientConsentsQuery(api, clientId))
    void queryClient.prefetchQuery(clientFormsQuery(api, clientId))
    void queryClient.prefetchQuery(calculationListQuery(api, clientId))
  }, [api, queryClient, clientId])
}
