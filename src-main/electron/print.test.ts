import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const state = vi.hoisted(() => ({
  loaded: [] as string[],
  destroyed: 0,
  savePath: '' as string,
  printOptions: null as unknown,
  windowOptions: [] as unknown[],
  pdfOptions: null as unknown,
  /** Which step of a print window fails, to check that the window is closed anyway. */
  failing: null as 'load' | 'pdf' | null,
}))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      mainFrame: {},
      executeJavaScript: async () => true,
      print: (options: unknown, callback: (success: boolean) => void) => {
        state.printOptions = options
        callback(true)
      },
      printToPDF: async (options: unknown) => {
        if (state.failing === 'pdf') throw new Error('printToPDF failed')
        state.pdfOptions = options
        return Buffer.from('%PDF-1.7 test')
      },
    }
    constructor(readonly options: unknown) {
      state.windowOptions.push(options)
    }
    on() {}
    async loadURL(url: string) {
      if (state.failing === 'load') throw new Error('ERR_FAILED')
      state.loaded.push(url)
    }
    destroy() {
      state.destroyed++
    }
  }
  return {
    BrowserWindow,
    dialog: { showSaveDialog: async () => ({ canceled: state.savePath === '', filePath: state.savePath }) },
  }
})

const { handleShellMethod, printRouteUrl } = await import('./print')
const { isShellMethod } = await import('../shared/api')

const ROUTE = '/print/form/0b8f2a7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'
let dir: string
const deps = () => ({
  preloadPath: '/x/preload.cjs',
  baseUrl: 'app://bundle/index.html',
  parent: null,
  printWindows: new Set<never>(),
})

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'print-test-'))
  state.loaded = []
  state.destroyed = 0
  state.savePath = ''
  state.failing = null
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('Electron print module', () => {
  it('knows its two methods', () => {
    expect(isShellMethod('shell-print')).toBe(true)
    expect(isShellMethod('shell-save-pdf')).toBe(true)
    expect(isShellMethod('forms-get')).toBe(false)
    expect(printRouteUrl('app://bundle/index.html', ROUTE)).toBe(`app://bundle/index.html#${ROUTE}`)
  })

  it('refuses anything but the app print routes', async () => {
    for (const route of [
      'https://example.com',
      '/clients/1',
      '/print/form/../../x',
      `${ROUTE}?x=1`,
      `${ROUTE}/de`,
      `${ROUTE}/sv/x`,
      '/print/recovery-key/x',
      '/print/report/2026-01-01',
      '/print/report/2026-01-01/2026-03-31/x',
      '/print/report/2026-1-1/2026-03-31',
    ]) {
      expect(await handleShellMethod('shell-print', { route }, deps())).toEqual({
        ok: false,
        error: { code: 'invalid-input' },
      })
    }
    expect(await handleShellMethod('shell-save-pdf', { route: ROUTE, fileName: '../evil.pdf' }, deps())).toMatchObject({
      ok: false,
    })
    expect(state.loaded).toEqual([])
  })

  it('prints a document in the language its route names', async () => {
    expect(await handleShellMethod('shell-print', { route: `${ROUTE}/sv` }, deps())).toEqual({ ok: true, value: true })
    expect(state.loaded).toEqual([`app://bundle/index.html#${ROUTE}/sv`])
  })

  it('prints the print route from a hidden window and closes it', async () => {
    expect(await handleShellMethod('shell-print', { route: ROUTE }, deps())).toEqual({ ok: true, value: true })
    expect(state.loaded).toEqual([`app://bundle/index.html#${ROUTE}`])
    expect(state.printOptions).toMatchObject({ silent: false, printBackground: true })
    expect(state.destroyed).toBe(1)
    expect(state.windowOptions.at(-1)).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    })
  })

  it('prints the recovery key sheet, whose route has no id', async () => {
    expect(await handleShellMethod('shell-print', { route: '/print/recovery-key' }, deps())).toEqual({
      ok: true,
      value: true,
    })
    expect(state.loaded).toEqual(['app://bundle/index.html#/print/recovery-key'])
  })

  it('prints a report, whose route is its period', async () => {
    const route = '/print/report/2026-01-01/2026-03-31'
    expect(await handleShellMethod('shell-print', { route }, deps())).toEqual({ ok: true, value: true })
    expect(state.loaded).toEqual([`app://bundle/index.html#${route}`])
  })

  it('saves the PDF with CSS page size where the coach chose, readable by the owner only', async () => {
    state.savePath = join(dir, 'lomake.pdf')
    expect(await handleShellMethod('shell-save-pdf', { route: ROUTE, fileName: 'Lomake – Aino.pdf' }, deps())).toEqual({
      ok: true,
      value: true,
    })
    expect(state.pdfOptions).toEqual({ preferCSSPageSize: true, printBackground: true })
    expect(readFileSync(state.savePath, 'utf8')).toContain('%PDF')
    if (process.platform !== 'win32') expect(statSync(state.savePath).mode & 0o777).toBe(0o600)
    expect(state.destroyed).toBe(1)
  })

  it('writes nothing when the save dialog is cancelled, and closes the window', async () => {
    expect(await handleShellMethod('shell-save-pdf', { route: ROUTE, fileName: 'a.pdf' }, deps())).toEqual({
      ok: true,
      value: false,
    })
    expect(state.destroyed).toBe(1)
  })

  it('closes the hidden window when loading or rendering the PDF fails', async () => {
    for (const failing of ['load', 'pdf'] as const) {
      state.failing = failing
      state.destroyed = 0
      await expect(handleShellMethod('shell-save-pdf', { route: ROUTE, fileName: 'a.pdf' }, deps())).rejects.toThrow()
      expect(state.destroyed, failing).toBe(1)
    }
    state.failing = 'load'
    state.destroyed = 0
    await expect(handleShellMethod('shell-print', { route: ROUTE }, deps())).rejects.toThrow()
    expect(state.destroyed).toBe(1)
  })
})
