import { BrowserWindow, dialog, type WebContents } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { shellApi, type ShellApi } from '../shared/api'
import type { PrintShellMethod } from '../shared/api/shell-api'
import type { ApiResult } from '../shared/api/errors'
import { APP_ORIGIN } from './trusted-sender'

type PrintDeps = {
  preloadPath: string
  /** Base URL of the renderer ('app://bundle/index.html' or the dev server). */
  baseUrl: string
  parent: BrowserWindow | null
  /** Print windows whose API calls are trusted (they load the app's own print route). */
  printWindows: Set<WebContents>
}

export function printRouteUrl(baseUrl: string, printRoute: string): string {
  return `${baseUrl}#${printRoute}`
}

/** Loads a print route in a hidden sandboxed window and waits until the page says it is fully rendered. */
async function openPrintWindow(deps: PrintDeps, printRoute: string): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false, // a print window is never inspected; it may show a recovery key
    },
  })
  // Keep the reference: a destroyed window's webContents can no longer be read in 'closed'.
  const contents = window.webContents
  deps.printWindows.add(contents)
  window.on('closed', () => deps.printWindows.delete(contents))
  try {
    await window.loadURL(printRouteUrl(deps.baseUrl, printRoute))
    const deadline = Date.now() + 15_000
    while (Date.now() < deadline) {
      const ready = (await window.webContents.executeJavaScript(
        'document.fonts.ready.then(() => document.body.dataset.printReady === "true")',
      )) as boolean
      if (ready) return window
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('print page did not become ready')
  } catch (error) {
    // A hidden window holding client data must not outlive a failed print.
    window.destroy()
    throw error
  }
}

/** Runs a shell method after checking its input against the same contract the renderer is typed with. */
export async function handleShellMethod(
  name: PrintShellMethod,
  input: unknown,
  deps: PrintDeps,
): Promise<ApiResult<ShellApi[PrintShellMethod]['output']>> {
  if (name === 'shell-print') {
    const parsed = shellApi['shell-print'].input.safeParse(input)
    if (!parsed.success) return { ok: false, error: { code: 'invalid-input' } }
    const window = await openPrintWindow(deps, parsed.data.route)
    try {
      const printed = await new Promise<boolean>((resolve) => {
        window.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success))
      })
      return { ok: true, value: printed }
    } finally {
      window.destroy()
    }
  }
  const parsed = shellApi['shell-save-pdf'].input.safeParse(input)
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input' } }
  const window = await openPrintWindow(deps, parsed.data.route)
  try {
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })
    const options = { defaultPath: parsed.data.fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] }
    const choice = deps.parent
      ? await dialog.showSaveDialog(deps.parent, options)
      : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return { ok: true, value: false }
    await writeFile(choice.filePath, pdf, { mode: 0o600 })
    return { ok: true, value: true }
  } finally {
    window.destroy()
  }
}

export function defaultBaseUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? `${APP_ORIGIN}/index.html`
}

export function preloadPathFrom(dirname: string): string {
  return join(dirname, '..', 'preload', 'preload.cjs')
}
