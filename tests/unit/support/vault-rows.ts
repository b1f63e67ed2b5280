import type { Sqlite } from '../../../src-main/core/db/open-database'

/** One or more rows in every table of the vault (raw SQL, so the test does not depend on the services). */
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
