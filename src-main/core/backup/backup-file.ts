import { createHash } from 'node:crypto'
import { z } from 'zod'
import { ApiError } from '../api/api-error'
import { keyFileSchema } from '../vault/key-file'

/**
 * One backup file: a magic line, the header's length (4 bytes, big-endian), the header as JSON, then the database
 * exactly as SQLCipher encrypted it. The header carries the wrapped keys of the time of the backup (so the
 * passphrase or recovery key valid then opens it) and a SHA-256 of the database bytes (a truncated copy on a USB
 * stick is told apart from a wrong passphrase). Nothing in the file is readable without one of those secrets.
 */
const MAGIC = Buffer.from('TYOHONVALMENTAJA-VARMUUSKOPIO\n', 'ascii')
export const BACKUP_EXTENSION = '.tvbackup'

const headerSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  schemaVersion: z.number().int().min(1),
  keys: keyFileSchema.pick({ createdAt: true, passphrase: true, recovery: true }),
  database: z.object({ bytes: z.number().int().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
})

export type BackupHeader = z.infer<typeof headerSchema>
export type BackupContents = { header: BackupHeader; database: Buffer }

export function encodeBackup(header: Omit<BackupHeader, 'format' | 'database'>, database: Buffer): Buffer {
  const full: BackupHeader = {
    format: 1,
    ...header,
    database: { bytes: database.length, sha256: createHash('sha256').update(database).digest('hex') },
  }
  const json = Buffer.from(JSON.stringify(full), 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return Buffer.concat([MAGIC, length, json, database])
}

/** Throws backup/invalid-file (not one of ours) or backup/damaged (ours, but cut short or changed). */
export function decodeBackup(file: Buffer): BackupContents {
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new ApiError('backup/invalid-file')
  }
  const headerLength = file.readUInt32BE(MAGIC.length)
  const headerStart = MAGIC.length + 4
  if (headerStart + headerLength > file.length) throw new ApiError('backup/damaged')
  let header: BackupHeader
  try {
    header = headerSchema.parse(JSON.parse(file.subarray(headerStart, headerStart + headerLength).toString('utf8')))
  } catch {
    throw new ApiError('backup/damaged')
  }
  const database = file.subarray(headerStart + headerLength)
  const sha256 = createHash('sha256').update(database).digest('hex')
  if (database.length !== header.database.bytes || sha256 !== header.database.sha256) {
    throw new ApiError('backup/damaged')
  }
  return { header, database }
}

/** e.g. tyohonvalmentaja-varmuuskopio-2026-11-23-1015.tvbackup, in local time: sorts by date. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  return `tyohonvalmentaja-varmuuskopio-${date}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}${BACKUP_EXTENSION}`
}

export const BACKUP_FILE_PATTERN = /^tyohonvalmentaja-varmuuskopio-\d{4}-\d{2}-\d{2}-\d{6}\.tvbackup$/
