import { BrowserWindow, dialog, type WebContents } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { APP_ORIGIN } from './trusted-sender'

/** The methods the renderer calls through the normal invoke channel but the main process handles. */
export const SHELL_METHODS = ['shell-print', 'shell-save-pdf'] as const
export type ShellMethod = (typeof SHELL_METHODS)[number]

/** Only the app's own print routes, e.g. '/print/form/<uuid>', and the recovery key sheet. */
const route = z.string().regex(/^\/print\/(recovery-key|[a-z-]+\/[0-9a-f-]{36})$/)
const printInput = z.object({ route })
const pdfInput = z.object({
  route,
  fileName: z
    .string()
    .max(200)
    .refine(
      (name) => name.endsWith('.pdf') && name.length > 4 && !/[\\/:*?"<>|]/.test(name) && !hasControlCharacter(name),
    ),
})

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => character.charCodeAt(0) < 32)
}

export function isShellMethod(name: string): name is ShellMethod {
  return (SHELL_METHODS as readonly string[]).includes(name)
}

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
  await window.loadURL(printRouteUrl(deps.baseUrl, printRoute))
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const ready = (await window.webContents.executeJavaScript(
      'document.fonts.ready.then(() => document.body.dataset.printReady === "true")',
    )) as boolean
    if (ready) return window
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  window.destroy()
  throw new Error('print page did not become ready')
}

export async function handleShellMethod(name: ShellMethod, input: unknown, deps: PrintDeps) {
  if (name === 'shell-print') {
    const parsed = printInput.safeParse(input)
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
  const parsed = pdfInput.safeParse(input)
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
