import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { ReportPeriod } from '@shared/reports/period-schema'
import { useApi } from '../../api/api-context'
import { downloadFile } from '../../files/download-file'
import { isElectron } from '../print/print-actions'

/** Every query key of the reports feature. */
export const reportKeys = {
  all: ['reports'] as const,
  outcome: (period: ReportPeriod) => [...reportKeys.all, 'outcome', period.from, period.to] as const,
}

export function useOutcomeReport(period: ReportPeriod | null) {
  const api = useApi()
  return useQuery({
    queryKey: reportKeys.outcome(period ?? { from: '', to: '' }),
    queryFn: () => api.call('reports-outcome', period!),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  })
}

export type ExportMethod = 'reports-export-csv' | 'reports-export-anonymised'

/**
 * An export the core makes: saved through the save dialog in the desktop app, downloaded in browser mode.
 * Resolves to the file name, or null when the coach cancelled the dialog.
 */
export function useSaveExport() {
  const api = useApi()
  return useMutation({
    mutationFn: async ({
      method,
      period,
    }: {
      method: ExportMethod
      period: ReportPeriod
    }): Promise<{ fileName: string; downloaded: boolean } | null> => {
      const file = await api.call(method, period)
      if (isElectron()) {
        const saved = await api.shell('shell-save-export', file)
        return saved.saved ? { fileName: saved.fileName, downloaded: false } : null
      }
      downloadFile(file.fileName, new Blob([file.text], { type: 'text/csv;charset=utf-8' }))
      return { fileName: file.fileName, downloaded: true }
    },
  })
}
