import { describe, expect, it } from 'vitest'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import {
  appendAudit,
  auditEntryCount,
  checkAuditChain,
  clientAuditEntries,
  redactClientAudit,
  verifyAuditChain,
} from './audit-log'

async function logWithEntries() {
  const { vault } = await unlockedVault()
  const at = new Date('2026-03-02T08:00:00Z')
  appendAudit(vault.db, { action: 'view', clientId: 'c1', method: 'clients-get' }, at)
  appendAudit(vault.db, { action: 'change', clientId: 'c1', method: 'forms-finalise', objectId: 'd1' }, at)
  appendAudit(vault.db, { action: 'view', clientId: 'c2', method: 'clients-get' }, at)
  appendAudit(vault.db, { action: 'wrong-secret', detail: { count: 2, since: at.toISOString() } }, at)
  return vault
}

describe('audit log', () => {
  it('chains every entry to the one before and verifies', async () => {
    const vault = await logWithEntries()
    const verification = verifyAuditChain(vault.db).verification
    expect(verification).toMatchObject({ ok: true, entries: 4 })
    const rows = vault.sqlite.prepare('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq').all() as Array<{
      seq: number
      prev_hash: string
      hash: string
    }>
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64))
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash)
    expect(verification.ok && verification.head).toBe(rows.at(-1)!.hash)
  })

  it('refuses UPDATE and DELETE in the database itself', async () => {
    const vault = await logWithEntries()
    expect(() => vault.sqlite.exec(`UPDATE audit_log SET client_id = 'c9' WHERE seq = 1`)).toThrow(/redacted/)
    expect(() => vault.sqlite.exec(`UPDATE audit_log SET at = '2020-01-01' WHERE seq = 1`)).toThrow(/redacted/)
    expect(() => vault.sqlite.exec(`DELETE FROM audit_log WHERE seq = 2`)).toThrow(/append-only/)
    expect(auditEntryCount(vault.db)).toBe(4)
  })

  it('detects a tampered, removed or falsely redacted row once someone goes around the triggers', async () => {
    for (const [tamper, firstBadSeq] of [
      [`UPDATE audit_log SET client_id = 'c9' WHERE seq = 2`, 2],
      [`UPDATE audit_log SET at = '2026-03-01T08:00:00.000Z' WHERE seq = 2`, 2],
      [`DELETE FROM audit_log WHERE seq = 2`, 3], // the row after the gap no longer follows
      [`UPDATE audit_log SET redacted = 1, client_id = NULL, method = NULL, object_id = NULL WHERE seq = 2`, 2],
    ] as const) {
      const vault = await logWithEntries()
      vault.sqlite.exec('DROP TRIGGER audit_log_redact_only; DROP TRIGGER audit_log_no_delete;')
      vault.sqlite.exec(tamper)
      expect(verifyAuditChain(vault.db).verification, tamper).toMatchObject({ ok: false, firstBadSeq })
    }
  })

  it('redaction (the deletion path) keeps the chain verifiable when the deletion entry declares it', async () => {
    const vault = await logWithEntries()
    expect(checkAuditChain(vault.db)).toMatchObject({ ok: true, entries: 4 })
    vault.db.transaction(() => {
      const redacted = redactClientAudit(vault.db, 'c1')
      appendAudit(vault.db, { action: 'client-deleted', detail: { redactedEntries: redacted } })
    })
    expect(clientAuditEntries(vault.db, 'c1')).toEqual([])
    expect(clientAuditEntries(vault.db, 'c2')).toHaveLength(1)
    expect(checkAuditChain(vault.db)).toMatchObject({ ok: true, entries: 5 })
    const deleted = vault.sqlite.prepare(`SELECT * FROM audit_log WHERE action = 'client-deleted'`).get()
    expect(deleted).toMatchObject({
      client_id: null,
      method: null,
      object_id: null,
      detail_json: '{"redactedEntries":2}',
    })
    // The session's later checks go on from where the last one ended, and still see new tampering.
    appendAudit(vault.db, { action: 'view', clientId: 'c2', method: 'clients-get' })
    vault.sqlite.exec('DROP TRIGGER audit_log_redact_only')
    vault.sqlite.exec(`UPDATE audit_log SET client_id = 'c3' WHERE seq = 6`)
    expect(checkAuditChain(vault.db)).toMatchObject({ ok: false, firstBadSeq: 6 })
  })
})
