import { sql } from 'drizzle-orm'
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const clients = sqliteTable(
  'clients',
  {
    id: text('id').primaryKey(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: text('date_of_birth'),
    henkilotunnus: text('henkilotunnus'),
    phone: text('phone'),
    email: text('email'),
    municipality: text('municipality'),
    treatingUnit: text('treating_unit'),
    nurseName: text('nurse_name'),
    referralDate: text('referral_date'),
    phase: integer('phase'),
    status: text('status', { enum: ['active', 'waiting', 'closed'] }).notNull(),
    /** Lower-cased, accent-folded name, municipality and nurse: what the list search matches. */
    searchText: text('search_text').notNull(),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    // The list's order (docs/api.md "clients-list"): a page is read in index order and the scan stops at the page.
    // The filter columns and the search text ride along, so filters, a broad search and the list's total are answered
    // from this index without reading the rows (client-list.ts).
    index('clients_list_order').on(
      sql`${table.lastName} COLLATE NOCASE`,
      sql`${table.firstName} COLLATE NOCASE`,
      table.id,
      table.archivedAt,
      table.status,
      table.phase,
      table.searchText,
    ),
    // The home page's caseload counts read this small index alone (the columns of its condition make it covering).
    // Partial, so that it never competes with the list order for a list query that is not about open clients.
    index('clients_caseload')
      .on(table.phase, table.archivedAt, table.status)
      .where(sql`${table.archivedAt} IS NULL AND ${table.status} <> 'closed'`),
    // "Recently worked on" reads each source newest first (client details here, forms and calculations below).
    index('clients_updated').on(table.updatedAt),
  ],
)

/**
 * A stable integer key per client for the full-text search index `clients_fts` (an FTS5 trigram table, created with
 * its triggers in drizzle/0002_client_search.sql; drizzle-kit does not model virtual tables). An INTEGER PRIMARY KEY
 * survives VACUUM and backups, which a text-keyed table's implicit rowid does not. Kept in step by the triggers.
 */
export const clientSearchKeys = sqliteTable('client_search_keys', {
  key: integer('key').primaryKey(),
  clientId: text('client_id').notNull().unique(),
})

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})

/** One form instance for a client (e.g. the second job-search plan); its text lives in drafts and versions. */
export const formDocuments = sqliteTable(
  'form_documents',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    formId: text('form_id').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('form_documents_client').on(table.clientId),
    index('form_documents_updated').on(table.updatedAt, table.clientId),
  ],
)

/** The editable draft of a document (at most one); autosaved, never validated. */
export const formDrafts = sqliteTable(
  'form_drafts',
  {
    documentId: text('document_id')
      .primaryKey()
      .references(() => formDocuments.id),
    schemaVersion: integer('schema_version').notNull(),
    valuesJson: text('values_json').notNull(),
    basedOnVersionId: text('based_on_version_id'),
    updatedAt: text('updated_at').notNull(),
  },
  // The newest draft names the coach when Settings has no profile (form-documents.ts latestCoach).
  (table) => [index('form_drafts_updated').on(table.updatedAt)],
)

/** A finalised, immutable version with the hash of its canonical content. */
export const formVersions = sqliteTable(
  'form_versions',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => formDocuments.id),
    versionNumber: integer('version_number').notNull(),
    formId: text('form_id').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    valuesJson: text('values_json').notNull(),
    contentHash: text('content_hash').notNull(),
    finalisedAt: text('finalised_at').notNull(),
  },
  (table) => [
    uniqueIndex('form_versions_document_number').on(table.documentId, table.versionNumber),
    index('form_versions_finalised').on(table.finalisedAt),
  ],
)

/** A signature belongs to the content hash it signed: on paper (recorded) or drawn on screen. */
export const formSignatures = sqliteTable(
  'form_signatures',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => formVersions.id),
    contentHash: text('content_hash').notNull(),
    method: text('method', { enum: ['paper', 'screen'] }).notNull(),
    signerRole: text('signer_role').notNull(),
    signerName: text('signer_name').notNull(),
    signedOn: text('signed_on').notNull(),
    place: text('place'),
    imageDataUrl: text('image_data_url'),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [index('form_signatures_version').on(table.versionId)],
)

/** The benefits recorded for a client, used to prefill the calculator. */
export const clientBenefits = sqliteTable(
  'client_benefits',
  {
    clientId: text('client_id')
      .primaryKey()
      .references(() => clients.id),
    benefitsJson: text('benefits_json').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('client_benefits_updated').on(table.updatedAt, table.clientId)],
)

/** A coach's update of a calculator figure when an official one is published; never edited, only superseded. */
export const benefitParameterOverrides = sqliteTable('benefit_parameter_overrides', {
  id: text('id').primaryKey(),
  key: text('key').notNull(),
  validFrom: text('valid_from').notNull(),
  value: real('value').notNull(),
  unit: text('unit').notNull(),
  status: text('status', { enum: ['verified', 'estimated'] }).notNull(),
  source: text('source').notNull(),
  note: text('note'),
  changedBy: text('changed_by'),
  changedAt: text('changed_at').notNull(),
})

/** An immutable saved calculation: inputs, result and the parameter rows it used. */
export const savedCalculations = sqliteTable(
  'saved_calculations',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    month: text('month').notNull(),
    inputJson: text('input_json').notNull(),
    resultJson: text('result_json').notNull(),
    parametersJson: text('parameters_json').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    index('saved_calculations_client').on(table.clientId),
    index('saved_calculations_created').on(table.createdAt, table.clientId),
  ],
)
