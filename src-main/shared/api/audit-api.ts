import { z } from 'zod'
import { endpoint } from './endpoint'
import { printRoute } from './shell-api'

/**
 * What an access-log entry records. `view`: a client's record was read; `change`: written; `print` / `export`: a
 * printout, PDF or data export; `backup` / `restore`; `unlock`; `wrong-secret`: wrong passphrase or recovery-key
 * attempts before the entry's time (counted while the vault was closed); `client-deleted`: a client was deleted
 * permanently (the entry holds no client id); `present-start` / `present-end` / `present-exit-refused`: the
 * client-present mode.
 */
export const AUDIT_ACTIONS = [
  'view',
  'change',
  'print',
  'export',
  'backup',
  'restore',
  'unlock',
  'wrong-secret',
  'client-deleted',
  'present-start',
  'present-end',
  'present-exit-refused',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** Name-free facts an entry may carry. */
export type AuditDetail = {
  /** wrong-secret: how many; present-exit-refused: with what. */
  count?: number
  /** wrong-secret: when the first of them was made. */
  since?: string
  /** backup: 'manual' | 'automatic' | 'file'; print: 'print' | 'pdf'; export: 'json' | 'pdf' (a client's data), 'csv' | 'anonymised' (a report's figures); unlock: how. */
  kind?: string
  /** restore: when the backup put back was made. */
  backupCreatedAt?: string
  /** client-deleted: how many of the client's entries were redacted. */
  redactedEntries?: number
}

export type AuditEntry = {
  seq: number
  at: string
  action: AuditAction
  clientId: string | null
  method: string | null
  objectId: string | null
  detail: AuditDetail | null
  /** A permanently deleted client's entry: only its time and action remain. */
  redacted: boolean
}

/** An entry as the log page shows it: with the client's name looked up now (names are never stored in the log). */
export type AuditListItem = AuditEntry & { client: { firstName: string; lastName: string } | null }

/** The hash chain checked from the first entry to the last. */
export type AuditVerification =
  { ok: true; entries: number; head: string } | { ok: false; entries: number; firstBadSeq: number }

export const auditApi = {
  /** One client's entries, oldest first, and whether the whole log's chain is intact. */
  'audit-client': endpoint<{ entries: AuditEntry[]; verification: AuditVerification }>()(
    z.object({ clientId: z.uuid() }),
  ),
  /** The newest entries of the whole log (the morning's work), newest first; `beforeSeq` pages back. */
  'audit-recent': endpoint<{ entries: AuditListItem[]; verification: AuditVerification }>()(
    z.object({ limit: z.number().int().min(1).max(500).default(100), beforeSeq: z.number().int().optional() }),
  ),
  /** The renderer printed or saved a print route as PDF: the core finds whose record it is and logs it. */
  'audit-print': endpoint()(z.object({ route: printRoute, how: z.enum(['print', 'pdf']) })),
}
