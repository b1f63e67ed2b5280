import { dialog, type BrowserWindow } from 'electron'
import { BACKUP_EXTENSION, backupFileName } from '../core/backup/backup-file'
import type { Backend } from '../core/backend'
import { shellApi, type ShellApi } from '../shared/api'
import type { ApiResult } from '../shared/api/errors'
import type { BackupShellMethod } from '../shared/api/shell-api'

type Deps = { parent: BrowserWindow | null; backend: Pick<Backend, 'saveBackupTo'> }

/**
 * "Varmuuskopioi" in the desktop app: the save dialog (a USB stick, a network drive), then the core writes the
 * backup there; and the folder dialog for automatic backups. The renderer never names a path the core writes to;
 * only a native dialog does.
 */
export async function handleBackupShellMethod(
  name: BackupShellMethod,
  input: unknown,
  deps: Deps,
): Promise<ApiResult<ShellApi[BackupShellMethod]['output']>> {
  if (!shellApi[name].input.safeParse(input ?? {}).success) return { ok: false, error: { code: 'invalid-input' } }
  if (name === 'shell-choose-folder') {
    const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> }
    const choice = deps.parent
      ? await dialog.showOpenDialog(deps.parent, options)
      : await dialog.showOpenDialog(options)
    return { ok: true, value: choice.canceled ? null : (choice.filePaths[0] ?? null) }
  }
  const options = {
    defaultPath: backupFileName(new Date()),
    filters: [{ name: 'Työhönvalmentajan varmuuskopio', extensions: [BACKUP_EXTENSION.slice(1)] }],
  }
  const choice = deps.parent ? await dialog.showSaveDialog(deps.parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } }
  const saved = await deps.backend.saveBackupTo(choice.filePath)
  return saved.ok ? { ok: true, value: { saved: true, fileName: saved.value.fileName } } : saved
}
