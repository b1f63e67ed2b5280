import { chainHash, contentHash, GENESIS_HASH } from '../../../src-main/core/audit/audit-log'
import type { Sqlite } from '../../../src-main/core/db/open-database'

/**
 * One or more rows in every table of the vault (raw SQL, so the test does not depend on the services). On a database
 * at an older schema version, the tables it has.
 */
export function fillEveryTable(sqlite: Sqlite) {
  const at = '2026-03-02T09:15:00.000Z'
  sqlite.exec(`
    INSERT INTO clients (id, first_name, last_name, date_of_birth, henkilotunnus, phone, email, municipality,
      treating_unit, nurse_name, referral_date, phase, status, search_text, archived_at, created_at, updated_at)
    VALUES
      ('c1', 'Aino', 'Virtanen', '1952-10-13', '131052-308T', '040 123 4567', 'aino@example.fi', 'Joensuu',
       'Psykiatrian poliklinikka', 'Leena Korhonen', '2026-01-05', 2, 'active', 'aino virtanen joensuu', NULL, '${at}', '${at}'),
      ('c2', 'Mikko', 'Järvinen', NULL, NULL, NULL, NULL, 'Kontiolahti', NULL, NULL, NULL, NULL, 'closed',
       'mikko jarvinen', '${at}', '${at}', '${at}');
    INSERT INTO settings (key, value, updated_at) VALUES ('coach.name', 'Kaisa Valmentaja', '${at}');
    INSERT INTO form_documents (id, client_id, form_id, created_at, updated_at)
      VALUES ('d1', 'c1', 'referral', '${at}', '${at}'), ('d2', 'c1', 'job-search-plan', '${at}', '${at}');
    INSERT INTO form_drafts (document_id, schema_version, values_json, based_on_version_id, updated_at)
      VALUES ('d2', 1, '{"goal":"Kaupan ala"}', NULL, '${at}');
    INSERT INTO form_versions (id, document_id, version_number, form_id, schema_version, values_json, content_hash, finalised_at)
      VALUES ('v1', 'd1', 1, 'referral', 1, '{"clientName":"Aino Virtanen"}', '${'a'.repeat(64)}', '${at}');
    INSERT INTO form_signatures (id, version_id, content_hash, method, signer_role, signer_name, signed_on, place,
      image_data_url, recorded_at)
      VALUES ('s1', 'v1', '${'a'.repeat(64)}', 'paper', 'client', 'Aino Virtanen', '2026-03-02', 'Joensuu', NULL, '${at}');
    INSERT INTO client_benefits (client_id, benefits_json, updated_at) VALUES ('c1', '{"housing":true}', '${at}');
    INSERT INTO benefit_parameter_overrides (id, key, valid_from, value, unit, status, source, note, changed_by, changed_at)
      VALUES ('p1', 'x', '2026-01-01', 1234.5, 'eur', 'verified', 'Kela', NULL, 'Kaisa', '${at}');
    INSERT INTO saved_calculations (id, client_id, month, input_json, result_json, parameters_json, created_at)
      VALUES ('k1', 'c1', '2026-03', '{}', '{"net":1}', '[]', '${at}');
  `)
  if (hasTable(sqlite, 'contacts')) fillProcessTables(sqlite, at)
  if (hasTable(sqlite, 'audit_log')) fillAuditLog(sqlite, at)
  if (hasTable(sqlite, 'fidelity_reviews')) fillFidelityTables(sqlite, at)
}

function hasTable(sqlite: Sqlite, name: string): boolean {
  return sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined
}

/** The process records of migration 0003: phases, codes, employers, contacts, jobs, education. */
export function fillProcessTables(sqlite: Sqlite, at: string) {
  sqlite.exec(`
    UPDATE clients SET situation_at_referral = 'unemployed', care_team_frequency = 'monthly',
      entered_on = '2026-01-12' WHERE id = 'c1';
    INSERT INTO phase_history (id, client_id, phase, from_date, maintenance, note, source, created_at)
      VALUES ('h1', 'c1', 1, '2026-01-12', 0, NULL, 'agreement', '${at}'),
             ('h2', 'c1', 2, '2026-02-01', 0, 'Profilointi alkoi', 'coach', '${at}');
    INSERT INTO procedure_codes (id, code, label, classification, valid_from, valid_to, source, created_at, updated_at)
      VALUES ('pc1', 'X001', 'Oma koodi', 'local', '2026-01-01', NULL, 'county', '${at}', '${at}');
    INSERT INTO employers (id, name, business_id, sector, municipality, note, archived_at, created_at, updated_at)
      VALUES ('e1', 'Kahvila Aurora', '0737546-2', 'I', 'Joensuu', NULL, NULL, '${at}', '${at}');
    INSERT INTO employer_persons (id, employer_id, name, role, phone, email, created_at)
      VALUES ('ep1', 'e1', 'Sari Esimies', 'Vuoropäällikkö', '040 555 1234', NULL, '${at}');
    INSERT INTO contacts (id, client_id, employer_id, employer_person_id, on_date, start_time, duration_minutes,
      with_whom, mode, reached, setting, procedure_code_id, note, purposes_json, outcome, next_step, next_step_on,
      client_present, created_at, updated_at)
      VALUES ('ct1', 'c1', NULL, NULL, '2026-02-03', '10:00', 45, 'client', 'face-to-face', 1, 'community', 'pc1',
              'Tavattiin kirjastossa.', NULL, NULL, NULL, NULL, NULL, '${at}', '${at}'),
             ('ct2', 'c1', 'e1', 'ep1', '2026-02-10', NULL, 30, 'employer', 'face-to-face', 1, 'community', NULL,
              'Esittelykäynti.', '["introduce-ips"]', 'follow-up-agreed', 'Soitto', '2026-02-17', 0, '${at}', '${at}');
    INSERT INTO jobs (id, client_id, employer_id, title, job_type, started_on, paid_hours_on, hours_per_week,
      wage_per_hour, contract_type, fixed_term_until, wage_subsidy, wage_subsidy_percent, wage_as_coworkers,
      open_to_anyone, service_time_limit, how_found, note, ended_on, end_type, end_factors_json, lessons, next_step,
      created_at, updated_at)
      VALUES ('j1', 'c1', 'e1', 'Kahvilatyöntekijä', 'Kahvilatyö', '2026-02-20', '2026-02-21', 20, 12.5, 'permanent',
              NULL, 0, NULL, 1, 1, 0, 'coach-contact', NULL, NULL, NULL, NULL, NULL, NULL, '${at}', '${at}');
    INSERT INTO education (id, client_id, education_type, institution, programme, started_on, ended_on, end_type,
      note, created_at, updated_at)
      VALUES ('ed1', 'c1', 'vocational', 'Riveria', 'Liiketalouden perustutkinto', '2026-01-15', NULL, NULL, NULL,
              '${at}', '${at}');
  `)
}

/** The access log of migration 0005: a view and a change of client c1 and an unlock, chained as the app chains them. */
export function fillAuditLog(sqlite: Sqlite, at: string) {
  let prevHash = GENESIS_HASH
  const insert = sqlite.prepare(
    `INSERT INTO audit_log (seq, at, action, client_id, method, object_id, detail_json, content_hash, prev_hash, hash,
       redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  )
  const entries = [
    { action: 'view', clientId: 'c1', method: 'clients-get', objectId: null, detailJson: null },
    { action: 'change', clientId: 'c1', method: 'forms-save-draft', objectId: 'd2', detailJson: null },
    { action: 'unlock', clientId: null, method: null, objectId: null, detailJson: '{"kind":"passphrase"}' },
  ]
  entries.forEach((entry, index) => {
    const row = { seq: index + 1, at, action: entry.action, contentHash: contentHash(entry), prevHash }
    const hash = chainHash(row)
    insert.run(
      row.seq,
      at,
      entry.action,
      entry.clientId,
      entry.method,
      entry.objectId,
      entry.detailJson,
      row.contentHash,
      prevHash,
      hash,
    )
    prevHash = hash
  })
}

/** An IPS-25 review with two scored items and one not scored yet (migration 0006). */
export function fillFidelityTables(sqlite: Sqlite, at: string) {
  sqlite.exec(`
    INSERT INTO fidelity_reviews (id, reviewed_on, review_type, unit, reviewers, employment_specialists, strengths,
      action_plan, prefill_json, created_at, updated_at)
      VALUES ('f1', '2026-03-02', 'self', 'Siun sote IPS', 'Kaisa Valmentaja, Tiina Tiiminvetäjä', 2,
              'Nopea työnhaku.', 'Työnantajakontakteja lisää.', '{"items":[]}', '${at}', '${at}');
    INSERT INTO fidelity_review_items (review_id, item, score, note)
      VALUES ('f1', 1, 5, NULL), ('f1', 2, 4, 'Osa ajasta muuhun työhön.'), ('f1', 3, NULL, NULL);
  `)
}

/**
 * Every row of every table (schema_migrations and the search index's own tables included), in a fixed order: two
 * equal dumps are the same data. A virtual table is dumped through its shadow tables (the FTS index's contents).
 */
export function dumpEveryTable(sqlite: Sqlite): Record<string, unknown[]> {
  const tables = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .all() as Array<{ name: string; sql: string }>
  return Object.fromEntries(
    tables.map(({ name, sql }) => {
      const columns = (sqlite.prepare(`SELECT count(*) AS n FROM pragma_table_info(?)`).get(name) as { n: number }).n
      const order = /WITHOUT ROWID\s*$/i.test(sql)
        ? Array.from({ length: columns }, (_, i) => i + 1).join(', ')
        : 'rowid'
      return [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all()]
    }),
  )
}
