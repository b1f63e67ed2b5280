import type { Db, Sqlite } from '../db/open-database'

/** What the form service needs of the vault: the drizzle db and the raw handle for transactions. */
export type FormStore = { db: Db; sqlite: Sqlite }

// What the forms API returns is part of the API contract; the service returns exactly these.
export type {
  ClientConsents,
  FinaliseResult,
  FormDocumentView,
  FormListItem,
  FormStatus,
  FormVersionView,
  SignatureInput,
  SignatureRecord,
  VersionSummary,
} from '../../shared/api/forms-api'
