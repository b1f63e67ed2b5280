import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * Replaces `path` so that a crash or power cut leaves either the old or the new content, never a torn file:
 * write a temporary file, fsync it, rename it over the target, fsync the folder (so the rename itself is durable).
 */
export function writeFileDurably(path: string, data: string | Uint8Array) {
  const temporary = `${path}.tmp`
  const fd = openSync(temporary, 'w', 0o600)
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(temporary, { force: true })
    throw error
  }
  closeSync(fd)
  renameSync(temporary, path)
  syncFolder(dirname(path))
}

/** Makes renames and removals in a folder durable. Windows cannot open a folder for fsync; NTFS journals it. */
export function syncFolder(folder: string) {
  if (process.platform === 'win32') return
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
