import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { clientDataFileName } from '@shared/data-requests/file-name'
import { localToday } from '@shared/dates/dates'
import { useApi } from '../../api/api-context'
import { downloadFile } from '../../files/download-file'
import { useLanguage } from '../../i18n/document-language'
import { isElectron } from '../print/print-actions'

/** Every query key of the data requests feature. */
export const dataRequestKeys = {
  all: ['data-requests'] as const,
  export: (clientId: string) => [...dataRequestKeys.all, 'export', clientId] as const,
  retention: () => [...dataRequestKeys.all, 'retention'] as const,
}

/** Everything about one client, for the print page (logged as an export each time it is fetched). */
export function useClientDataExport(clientId: string) {
  const api = useApi()
  return useQuery({
    queryKey: dataRequestKeys.export(clientId),
    queryFn: () => api.call('data-export-client', { clientId, purpose: 'pdf' }),
    gcTime: 0,
    staleTime: Infinity,
  })
}

/**
 * The JSON file: the desktop app's save dialog (the core writes the file where the coach chose); in browser mode a
 * download of the data the core returns. Nothing is written anywhere else first.
 */
export function useSaveClientDataJson() {
  const api = useApi()
  const language = useLanguage()
  return useMutation({
    mutationFn: async (clientId: string): Promise<{ fileName: string | null } | null> => {
      if (isElectron()) {
        const { saved } = await api.shell('shell-save-client-data', { clientId })
        return saved ? { fileName: null } : null
      }
      const data = await api.call('data-export-client', { clientId, purpose: 'json' })
      const fileName = clientDataFileName(localToday(new Date(data.exportedAt)), language)
      downloadFile(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }))
      return { fileName }
    },
  })
}

export function useDeleteClientPermanently() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { clientId: string; confirmName: string }) => api.call('data-delete-client', input),
    // The client is gone: every cached view of them (and every list) must go too.
    onSuccess: () => queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'vault-status' }),
  })
}

export function useRetentionReview() {
  const api = useApi()
  return useQuery({ queryKey: dataRequestKeys.retention(), queryFn: () => api.call('data-retention-review', {}) })
}
