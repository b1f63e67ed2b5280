import { eq } from 'drizzle-orm'
import type { Api, ApiContract, MethodName, ParsedInputOf } from '../../shared/api'
import type { Db } from '../db/open-database'
import {
  contacts,
  education,
  formDocuments,
  formSignatures,
  formVersions,
  jobs,
  phaseHistory,
  savedCalculations,
} from '../db/schema'

type Input<Name extends MethodName> = ParsedInputOf<ApiContract[Name]>
type Output<Name extends MethodName> = Api[Name]['output']

/**
 * Which client records a method reaches, and what the access log records of it. One rule per method of the API
 * (the compiler refuses a method without one), read by the access guard:
 * - `reaches: 'no-client'`: no client's data (the vault, settings read by forms, the parameter table, employers);
 *   allowed at any time, not logged.
 * - `reaches: 'all-clients'`: lists or changes more than one client's data, or the settings: refused while the
 *   client-present mode is on.
 * - `reaches: (input, db) => ids`: the clients whose records the call reads or writes (null: a record that does not
 *   exist, or none); while a client is present, any other id is refused.
 * `log` names the access-log entry written after the call succeeded ('view' or 'change'; `logClient` when the
 * client is known only from the output, as for a new client). Methods that log for themselves (exports, the
 * client-present mode, deletion, backups) have no `log`.
 */
export type AccessRule<Name extends MethodName> = {
  reaches: 'no-client' | 'all-clients' | ((input: Input<Name>, db: Db) => Array<string | null>)
  log?: 'view' | 'change'
  object?: (input: Input<Name>) => string | null
  logClient?: (output: Output<Name>) => string
}

export type AccessRules = { [Name in MethodName]: AccessRule<Name> }

function documentClient(db: Db, documentId: string): string | null {
  const row = db.select({ id: formDocuments.clientId }).from(formDocuments).where(eq(formDocuments.id, documentId))
  return row.get()?.id ?? null
}

function versionClient(db: Db, versionId: string): string | null {
  const row = db.select({ id: formVersions.documentId }).from(formVersions).where(eq(formVersions.id, versionId))
  const documentId = row.get()?.id
  return documentId ? documentClient(db, documentId) : null
}

function signatureClient(db: Db, signatureId: string): string | null {
  const row = db.select({ id: formSignatures.versionId }).from(formSignatures).where(eq(formSignatures.id, signatureId))
  const versionId = row.get()?.id
  return versionId ? versionClient(db, versionId) : null
}

const contactClient = (db: Db, id: string) =>
  db.select({ id: contacts.clientId }).from(contacts).where(eq(contacts.id, id)).get()?.id ?? null
const jobClient = (db: Db, id: string) =>
  db.select({ id: jobs.clientId }).from(jobs).where(eq(jobs.id, id)).get()?.id ?? null
const educationClient = (db: Db, id: string) =>
  db.select({ id: education.clientId }).from(education).where(eq(education.id, id)).get()?.id ?? null
const phaseEntryClient = (db: Db, id: string) =>
  db.select({ id: phaseHistory.clientId }).from(phaseHistory).where(eq(phaseHistory.id, id)).get()?.id ?? null
const calculationClient = (db: Db, id: string) =>
  db.select({ id: savedCalculations.clientId }).from(savedCalculations).where(eq(savedCalculations.id, id)).get()?.id ??
  null

/**
 * What a per-record print route prints: '/print/form/<id>' or, in a language, '/print/form/<id>/sv' → form, id. The
 * language suffix must not hide whose record it is (the access guard and the log both ask).
 */
export function printRouteTarget(route: string): { kind: string; id: string } | null {
  const match = /^\/print\/([a-z-]+)\/([0-9a-f-]{36})(?:\/(?:fi|sv|en))?$/.exec(route)
  return match ? { kind: match[1]!, id: match[2]! } : null
}

/** The client a print route shows: a form version, a draft, a saved calculation, or a client's own page. */
export function printRouteClient(db: Db, route: string): string | null {
  const target = printRouteTarget(route)
  if (!target) return null
  const { kind, id } = target
  if (kind === 'form') return versionClient(db, id)
  if (kind === 'draft') return documentClient(db, id)
  if (kind === 'calculation') return calculationClient(db, id)
  return id // the client-data and client-audit pages and any later per-client page: the id is the client's
}

const byClientId = ({ clientId }: { clientId: string }) => [clientId]

export const ACCESS_RULES: AccessRules = {
  'vault-status': { reaches: 'no-client' },
  'vault-create': { reaches: 'no-client' },
  'vault-unlock': { reaches: 'no-client' },
  'vault-unlock-with-recovery-key': { reaches: 'no-client' },
  'vault-change-passphrase': { reaches: 'all-clients' },
  'vault-recovery-key-pending': { reaches: 'no-client' },
  'vault-recovery-key-confirm': { reaches: 'no-client' },
  'vault-recovery-key-renew': { reaches: 'all-clients' },
  'vault-lock': { reaches: 'no-client' },

  'backup-status': { reaches: 'no-client' },
  'backup-settings-set': { reaches: 'all-clients' },
  'backup-create': { reaches: 'all-clients' },
  'backup-restore-begin': { reaches: 'all-clients' },
  'backup-restore-chunk': { reaches: 'all-clients' },
  'backup-restore-check': { reaches: 'all-clients' },
  'backup-restore-apply': { reaches: 'all-clients' },
  'backup-restore-cancel': { reaches: 'no-client' },

  'clients-list': { reaches: 'all-clients' },
  'clients-caseload': { reaches: 'all-clients' },
  'clients-recent': { reaches: 'all-clients' },

  // The caseload review, reports and IPS-25 reviews read every client's records (aggregates, but names in the review).
  'caseload-review': { reaches: 'all-clients' },
  'reports-outcome': { reaches: 'all-clients' },
  'reports-export-csv': { reaches: 'all-clients' },
  'reports-export-anonymised': { reaches: 'all-clients' },
  'fidelity-list': { reaches: 'all-clients' },
  'fidelity-get': { reaches: 'all-clients' },
  'fidelity-previous': { reaches: 'all-clients' },
  'fidelity-prefill': { reaches: 'all-clients' },
  'fidelity-save': { reaches: 'all-clients' },
  'fidelity-delete': { reaches: 'all-clients' },
  'clients-get': { reaches: ({ id }) => [id], log: 'view' },
  'clients-create': { reaches: 'all-clients', log: 'change', logClient: (client) => client.id },
  'clients-update': { reaches: ({ id }) => [id], log: 'change' },
  'clients-archive': { reaches: ({ id }) => [id], log: 'change' },

  'forms-list': { reaches: byClientId, log: 'view' },
  'forms-create': { reaches: byClientId, log: 'change' },
  'forms-get': { reaches: ({ documentId }, db) => [documentClient(db, documentId)], log: 'view' },
  'forms-save-draft': {
    reaches: ({ documentId }, db) => [documentClient(db, documentId)],
    log: 'change',
    object: ({ documentId }) => documentId,
  },
  'forms-discard-draft': {
    reaches: ({ documentId }, db) => [documentClient(db, documentId)],
    log: 'change',
    object: ({ documentId }) => documentId,
  },
  'forms-finalise': {
    reaches: ({ documentId }, db) => [documentClient(db, documentId)],
    log: 'change',
    object: ({ documentId }) => documentId,
  },
  'forms-get-version': { reaches: ({ versionId }, db) => [versionClient(db, versionId)], log: 'view' },
  'forms-edit-version': {
    reaches: ({ versionId }, db) => [versionClient(db, versionId)],
    log: 'change',
    object: ({ versionId }) => versionId,
  },
  'forms-sign': {
    reaches: ({ versionId }, db) => [versionClient(db, versionId)],
    log: 'change',
    object: ({ versionId }) => versionId,
  },
  'forms-remove-signature': {
    reaches: ({ signatureId }, db) => [signatureClient(db, signatureId)],
    log: 'change',
    object: ({ signatureId }) => signatureId,
  },
  'forms-consents': { reaches: byClientId, log: 'view' },
  // Only which language the client's documents print in, read beside a logged read of the document itself.
  'forms-client-language': { reaches: byClientId },

  'calculator-parameters': { reaches: 'no-client' },
  'calculator-parameter-add': { reaches: 'no-client' },
  'calculator-client-benefits-get': { reaches: byClientId, log: 'view' },
  'calculator-client-benefits-set': { reaches: byClientId, log: 'change' },
  'calculator-save': { reaches: byClientId, log: 'change' },
  'calculator-list': { reaches: byClientId, log: 'view' },
  'calculator-get': { reaches: ({ id }, db) => [calculationClient(db, id)], log: 'view' },

  'settings-coach-get': { reaches: 'no-client' },
  'settings-coach-set': { reaches: 'all-clients' },
  // The app's own language: the coach may switch it with the client present (to show a screen in their language).
  'settings-language-get': { reaches: 'no-client' },
  'settings-language-set': { reaches: 'no-client' },

  'phases-list': { reaches: byClientId, log: 'view' },
  'phases-change': { reaches: byClientId, log: 'change' },
  'phases-remove': { reaches: ({ entryId }, db) => [phaseEntryClient(db, entryId)], log: 'change' },

  'contacts-list': { reaches: byClientId, log: 'view' },
  'contacts-list-employer': { reaches: 'all-clients' },
  'contacts-create': { reaches: ({ clientId }) => [clientId], log: 'change' },
  'contacts-update': {
    reaches: ({ id, fields }, db) => [contactClient(db, id), fields.clientId],
    log: 'change',
    object: ({ id }) => id,
  },
  'contacts-delete': { reaches: ({ id }, db) => [contactClient(db, id)], log: 'change', object: ({ id }) => id },

  'procedure-codes-list': { reaches: 'no-client' },
  'procedure-codes-add': { reaches: 'all-clients' },
  'procedure-codes-end': { reaches: 'all-clients' },

  'employers-list': { reaches: 'no-client' },
  'employers-get': { reaches: 'no-client' },
  'employers-create': { reaches: 'no-client' },
  'employers-update': { reaches: 'no-client' },
  'employers-person-add': { reaches: 'no-client' },

  'jobs-list': { reaches: byClientId, log: 'view' },
  'jobs-start': { reaches: byClientId, log: 'change' },
  'jobs-update': {
    reaches: ({ jobId, fields }, db) => [jobClient(db, jobId), fields.clientId],
    log: 'change',
    object: ({ jobId }) => jobId,
  },
  'jobs-end': { reaches: ({ jobId }, db) => [jobClient(db, jobId)], log: 'change', object: ({ jobId }) => jobId },
  'education-list': { reaches: byClientId, log: 'view' },
  'education-start': { reaches: byClientId, log: 'change' },
  'education-end': {
    reaches: ({ educationId }, db) => [educationClient(db, educationId)],
    log: 'change',
    object: ({ educationId }) => educationId,
  },

  'timeline-client': { reaches: byClientId, log: 'view' },

  'privacy-status': { reaches: 'no-client' },
  'privacy-settings-set': { reaches: 'all-clients' },
  'privacy-pin-set': { reaches: 'all-clients' },
  'privacy-pin-clear': { reaches: 'all-clients' },
  'privacy-present-start': { reaches: byClientId },
  'privacy-present-end': { reaches: 'no-client' },

  'audit-client': { reaches: byClientId },
  'audit-recent': { reaches: 'all-clients' },
  'audit-print': { reaches: ({ route }, db) => [printRouteClient(db, route)] },

  'data-export-client': { reaches: byClientId },
  'data-delete-client': { reaches: 'all-clients' },
  'data-retention-review': { reaches: 'all-clients' },
}
