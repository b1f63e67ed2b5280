/**
 * A restore file travels to the core in chunks of this many bytes (base64 in JSON): browser mode's HTTP transport
 * refuses request bodies over 8 MiB, and 3 MiB as base64 is 4 MiB.
 */
export const RESTORE_CHUNK_BYTES = 3 * 1024 * 1024

/** Automatic backups kept in the backup folder, by default and at most. */
export const DEFAULT_BACKUPS_KEPT = 10
export const MAX_BACKUPS_KEPT = 100

/** The home screen warns when the last backup is older than this. */
export const BACKUP_WARNING_DAYS = 7

/** The largest backup file a restore accepts. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024
