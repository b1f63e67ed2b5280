// The database schema (over 300 lines: every table in one place, as drizzle-kit reads it to generate migrations).
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

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
    /**
     * The current IPS phase: the newest entry of `phase_history`, kept in step by the phase service in the same
     * transaction (the client list and the home page read it without reading the history).
     */
    phase: integer('phase'),
    status: text('status', { enum: ['active', 'waiting', 'closed'] }).notNull(),
    /** Lower-cased, accent-folded name, municipality and nurse: what the list search matches. */
    searchText: text('search_text').notNull(),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Working, unemployed, studying … when referred (SITUATIONS_AT_REFERRAL); retention clients count apart. */
    situationAtReferral: text('situation_at_referral'),
    /** How often the client sees the care team (CARE_TEAM_FREQUENCIES). */
    careTeamFrequency: text('care_team_frequency'),
    /** IPS entry: the entry date of the newest finalised cooperation agreement (set when it is finalised). */
    enteredOn: text('entered_on'),
    /** Closure date and reason from the newest finalised closure form (set when it is finalised). */
    closedOn: text('closed_on'),
    closureReason: text('closure_reason'),
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

/** The client's IPS phases over time: one row per change (date, optional note); the newest row is the current phase. */
export const phaseHistory = sqliteTable(
  'phase_history',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    phase: integer('phase').notNull(),
    fromDate: text('from_date').notNull(),
    /** Phase 5 only: 1 = maintenance support (ylläpitävä tuki) from `fromDate`, 0 = active in-work support. */
    maintenance: integer('maintenance', { mode: 'boolean' }).notNull().default(false),
    note: text('note'),
    /** Who made the entry: the coach, the cooperation agreement (phase 1 at entry) or the migration of the old column. */
    source: text('source', { enum: ['coach', 'agreement', 'migrated'] }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('phase_history_client').on(table.clientId, table.fromDate)],
)

/** The procedure-code table (THL-Toimenpideluokitus, SPAT and the county's own codes), dated and editable. */
export const procedureCodes = sqliteTable(
  'procedure_codes',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    classification: text('classification', { enum: ['thl', 'spat', 'local'] }).notNull(),
    /** null: in use since before the app (a national code whose start date the app does not know). */
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    /** 'seed': shipped with the app; 'county': added by the coach or the county. */
    source: text('source', { enum: ['seed', 'county'] }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('procedure_codes_code_from').on(table.code, table.validFrom)],
)

/** The employer register: one row per employer the coach works with. */
export const employers = sqliteTable(
  'employers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Y-tunnus, checksum validated; unique when given. */
    businessId: text('business_id').unique(),
    /** TOL 2008 top-level section letter (A–U). */
    sector: text('sector'),
    municipality: text('municipality'),
    note: text('note'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('employers_name').on(table.name)],
)

export const employerPersons = sqliteTable(
  'employer_persons',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    name: text('name').notNull(),
    role: text('role'),
    phone: text('phone'),
    email: text('email'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('employer_persons_employer').on(table.employerId)],
)

/**
 * The contact log (käyntikirjaus): meetings, calls and messages with a client, the care team, family or an employer.
 * No client = a general employer contact; no employer = a contact that is not with an employer.
 */
export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id').references(() => clients.id),
    employerId: text('employer_id').references(() => employers.id),
    employerPersonId: text('employer_person_id').references(() => employerPersons.id),
    onDate: text('on_date').notNull(),
    startTime: text('start_time'),
    durationMinutes: integer('duration_minutes'),
    withWhom: text('with_whom', { enum: ['client', 'employer', 'care-team', 'family', 'other'] }).notNull(),
    mode: text('mode', { enum: ['face-to-face', 'phone', 'video', 'message'] }).notNull(),
    reached: integer('reached', { mode: 'boolean' }).notNull(),
    setting: text('setting', { enum: ['community', 'office', 'home'] }),
    procedureCodeId: text('procedure_code_id').references(() => procedureCodes.id),
    note: text('note').notNull(),
    /** Employer contacts: what the visit was about (JSON array of EMPLOYER_CONTACT_PURPOSES). */
    purposesJson: text('purposes_json'),
    outcome: text('outcome'),
    nextStep: text('next_step'),
    nextStepOn: text('next_step_on'),
    clientPresent: integer('client_present', { mode: 'boolean' }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('contacts_client_date').on(table.clientId, table.onDate),
    index('contacts_employer_date').on(table.employerId, table.onDate),
    index('contacts_date').on(table.onDate),
    // "Recently worked on" (client-overview.ts) reads the contacts newest first beside forms and calculations.
    index('contacts_updated').on(table.updatedAt, table.clientId),
  ],
)

/** A job the client started (and maybe ended): the record the outcome reports count. */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    title: text('title').notNull(),
    /** Occupation or job type, for the diversity of job types (IPS-25 item 19). */
    jobType: text('job_type'),
    startedOn: text('started_on').notNull(),
    /** The day the first 4 paid hours were done (IPS Grow counts a job start from it). */
    paidHoursOn: text('paid_hours_on'),
    hoursPerWeek: real('hours_per_week').notNull(),
    wagePerHour: real('wage_per_hour'),
    contractType: text('contract_type').notNull(),
    fixedTermUntil: text('fixed_term_until'),
    wageSubsidy: integer('wage_subsidy', { mode: 'boolean' }).notNull(),
    wageSubsidyPercent: integer('wage_subsidy_percent'),
    /** The competitive-job test: pay as co-workers, open to anyone, no time limit set by a service. */
    wageAsCoworkers: integer('wage_as_coworkers', { mode: 'boolean' }).notNull(),
    openToAnyone: integer('open_to_anyone', { mode: 'boolean' }).notNull(),
    serviceTimeLimit: integer('service_time_limit', { mode: 'boolean' }).notNull(),
    howFound: text('how_found'),
    note: text('note'),
    endedOn: text('ended_on'),
    endType: text('end_type'),
    endFactorsJson: text('end_factors_json'),
    lessons: text('lessons'),
    nextStep: text('next_step'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('jobs_client').on(table.clientId, table.startedOn), index('jobs_employer').on(table.employerId)],
)

/** Studies the client started (and maybe finished or broke off). */
export const education = sqliteTable(
  'education',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    educationType: text('education_type').notNull(),
    institution: text('institution').notNull(),
    programme: text('programme'),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on'),
    endType: text('end_type'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('education_client').on(table.clientId, table.startedOn)],
)

/**
 * The access log (docs/security.md, "Audit log"): who-did-what entries for views of and changes to client records,
 * prints, exports, backups, restores and unlocks. Append-only and hash-chained: each row's `hash` covers its
 * sequence number, time, action, the hash of its content and the previous row's hash. Triggers in
 * drizzle/0005_audit_log.sql refuse DELETE and every UPDATE but the redaction of a permanently deleted client's rows
 * (content nulled, hashes kept, so the chain still verifies). No names: a client is only its id.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    action: text('action').notNull(),
    clientId: text('client_id'),
    /** The API method or shell action that caused the entry, e.g. 'forms-finalise'. */
    method: text('method'),
    /** The record acted on (a form document, contact, job …), when the method names one. */
    objectId: text('object_id'),
    /** Small, name-free facts: a count of wrong passphrases, the kind of backup. */
    detailJson: text('detail_json'),
    contentHash: text('content_hash').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** The client was deleted permanently: client, method, object and detail are gone, the hashes stay. */
    redacted: integer('redacted', { mode: 'boolean' }).notNull().default(false),
  },
  (table) => [index('audit_log_client').on(table.clientId, table.seq)],
)

/** An IPS-25 fidelity review (laatuarviointi), dated; its 25 scores are in `fidelity_review_items`. */
export const fidelityReviews = sqliteTable(
  'fidelity_reviews',
  {
    id: text('id').primaryKey(),
    reviewedOn: text('reviewed_on').notNull(),
    /** 'self': the team's self-assessment (itsearviointi); 'external': by outside reviewers. */
    reviewType: text('review_type', { enum: ['self', 'external'] }).notNull(),
    unit: text('unit'),
    reviewers: text('reviewers'),
    /** Full-time employment specialists sharing the caseload (item 1: clients per specialist). */
    employmentSpecialists: real('employment_specialists').notNull(),
    strengths: text('strengths'),
    actionPlan: text('action_plan'),
    /** What the records suggested when the review was saved (the prefill with its explanations), as JSON. */
    prefillJson: text('prefill_json'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('fidelity_reviews_reviewed_on').on(table.reviewedOn)],
)

/** One item of a fidelity review: the team's score (null: not scored yet) and its note. */
export const fidelityReviewItems = sqliteTable(
  'fidelity_review_items',
  {
    reviewId: text('review_id')
      .notNull()
      .references(() => fidelityReviews.id),
    item: integer('item').notNull(),
    score: integer('score'),
    note: text('note'),
  },
  (table) => [primaryKey({ columns: [table.reviewId, table.item] })],
)
