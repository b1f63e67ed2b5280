import { reportsApi } from '../../shared/api/reports-api'
import { implement } from '../api/implement'
import { getAppLanguage } from '../settings/app-language'
import type { Vault } from '../vault/vault'
import { anonymisedExport, outcomeReportView, reportCsv } from './report-service'

export function reportsHandlers(vault: Vault) {
  return implement(reportsApi, {
    'reports-outcome': (period) => outcomeReportView(vault.db, period),
    'reports-export-csv': (period) => reportCsv(vault.db, period, getAppLanguage(vault.db)),
    'reports-export-anonymised': (period) => anonymisedExport(vault.db, period, getAppLanguage(vault.db)),
  })
}
