import { dialog, type BrowserWindow } from 'electron'
import { writeFileDurably } from '../core/files/durable-file'
import { shellApi, type ShellApi } from '../shared/api'
import type { ApiResult } from '../shared/api/errors'

/**
 * "Tallenna CSV" in the desktop app: the core made the file (figures, or anonymised rows with no client's data), the
 * coach chooses where it goes in a native save dialog, and it is written there whole or not at all. The renderer
 * never names a path.
 */
export async function handleExportShellMethod(
  input: unknown,
  deps: { parent: BrowserWindow | null },
): Promise<ApiResult<ShellApi['shell-save-export']['output']>> {
  const parsed = shellApi['shell-save-export'].input.safeParse(input ?? {})
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input' } }
  const options = {
    defaultPath: parsed.data.fileName,
    filters: [{ name: 'CSV (Excel)', extensions: ['csv'] }],
  }
  const choice = deps.parent ? await dialog.showSaveDialog(deps.parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } }
  writeFileDurably(choice.filePath, parsed.data.text)
  return { ok: true, value: { saved: true, fileName: choice.filePath.split(/[\\/]/).at(-1)! } }
}
