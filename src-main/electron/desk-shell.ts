import { clipboard, dialog, type BrowserWindow } from 'electron'
import type { Backend } from '../core/backend'
import { shellApi, type ShellApi } from '../shared/api'
import type { ApiResult } from '../shared/api/errors'
import type { DeskShellMethod } from '../shared/api/shell-api'
import { CLIPBOARD_CLEAR_SECONDS } from '../shared/privacy/privacy-schema'

type Deps = { parent: BrowserWindow | null; backend: Pick<Backend, 'saveClientDataTo' | 'clientDataFileName'> }

/**
 * The desk's shell methods: a client's data export saved where the coach chooses (the core writes it; the renderer
 * never names a path), and copying the patient-record text so that it does not stay on the clipboard.
 */
export async function handleDeskShellMethod(
  name: DeskShellMethod,
  input: unknown,
  deps: Deps,
): Promise<ApiResult<ShellApi[DeskShellMethod]['output']>> {
  if (name === 'shell-copy-text') {
    const parsed = shellApi['shell-copy-text'].input.safeParse(input)
    if (!parsed.success) return { ok: false, error: { code: 'invalid-input' } }
    await copyForAWhile(parsed.data.text)
    return { ok: true, value: null }
  }
  const parsed = shellApi['shell-save-client-data'].input.safeParse(input)
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input' } }
  const options = { defaultPath: deps.backend.clientDataFileName(), filters: [{ name: 'JSON', extensions: ['json'] }] }
  const choice = deps.parent ? await dialog.showSaveDialog(deps.parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } }
  const saved = await deps.backend.saveClientDataTo(choice.filePath, parsed.data.clientId)
  return saved.ok ? { ok: true, value: { saved: true } } : saved
}

let copied: { text: string; timer: ReturnType<typeof setTimeout> } | null = null

/** Writes the text to the clipboard and clears it after 30 s, unless the coach has copied something else since. */
export async function copyForAWhile(text: string, clearAfterMs = CLIPBOARD_CLEAR_SECONDS * 1000) {
  if (copied) clearTimeout(copied.timer)
  await clipboard.writeText(text)
  copied = { text, timer: setTimeout(() => void clearCopiedText(), clearAfterMs) }
}

/** Clears the app's copy now if it is still on the clipboard (also at lock and quit). */
export async function clearCopiedText() {
  const mine = copied
  if (!mine) return
  copied = null
  clearTimeout(mine.timer)
  if ((await clipboard.readText()) === mine.text) clipboard.clear()
}
