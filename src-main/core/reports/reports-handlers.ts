import { reportsApi } from '../../shared/api/reports-api'
import type { ReportPeriod } from '../../shared/reports/period-schema'
import { appendAudit } from '../audit/audit-log'
import { implement } from '../api/implement'
import { getAppLanguage } from '../settings/app-language'
import type { Vault } from '../vault/vault'
import { anonymisedExport, outcomeReportView, reportCsv } from './report-service'

export function reportsHandlers(vault: Vault) {
  return implement(reportsApi, {
    'reports-outcome': (period) => outcomeReportView(vault.db, period),
    'reports-export-csv': (period) => {
      const file = reportCsv(vault.db, period, getAppLanguage(vault.db))
      logExport(vault, 'reports-export-csv', period, 'csv')
      return file
    },
    'reports-export-anonymised': (period) => {
      const file = anonymisedExport(vault.db, period, getAppLanguage(vault.db))
      logExport(vault, 'reports-export-anonymised', period, 'anonymised')
      return file
    },
  })
}

/** A file of the caseload's figures leaves the app: the access log says which file, of which period (no client). */
function logExport(vault: Vault, method: string, period: ReportPeriod, kind: 'csv' | 'anonymised') {
  appendAudit(
    vault.db,
    { action: 'export', method, objectId: `${period.from}--${period.to}`, detail: { kind } },
    vault.now(),
  )
}
