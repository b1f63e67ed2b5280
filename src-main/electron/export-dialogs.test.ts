import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

const state = vi.hoisted(() => ({ savePath: '' as string, saveOptions: null as unknown }))

vi.mock('electron', () => ({
  dialog: {
    showSaveDialog: async (options: unknown) => {
      state.saveOptions = options
      return { canceled: state.savePath === '', filePath: state.savePath }
    },
  },
}))

const { handleExportShellMethod } = await import('./export-dialogs')
const { isShellMethod } = await import('../shared/api')
const { isExportShellMethod } = await import('../shared/api/shell-api')

const folder = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-export-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('Electron export dialog', () => {
  it('knows its method', () => {
    expect(isShellMethod('shell-save-export')).toBe(true)
    expect(isExportShellMethod('shell-save-export')).toBe(true)
    expect(isExportShellMethod('shell-save-backup')).toBe(false)
  })

  it('offers the file name, then writes the text exactly where the coach chose', async () => {
    state.savePath = join(folder, 'tulokset.csv')
    const input = { fileName: 'tyohonvalmennus-tulokset-2026-01-01--2026-03-31.csv', text: '\uFEFFLuku;Määrä\r\n' }
    expect(await handleExportShellMethod(input, { parent: null })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'tulokset.csv' },
    })
    expect(state.saveOptions).toMatchObject({ defaultPath: input.fileName })
    expect(readFileSync(state.savePath, 'utf8')).toBe(input.text)
  })

  it('writes nothing when the coach cancels, and refuses a path or another kind of file from the page', async () => {
    state.savePath = ''
    expect(await handleExportShellMethod({ fileName: 'a.csv', text: 'x' }, { parent: null })).toEqual({
      ok: true,
      value: { saved: false },
    })
    for (const fileName of ['../../etc/a.csv', 'a.exe', 'C:\\a.csv']) {
      expect(await handleExportShellMethod({ fileName, text: 'x' }, { parent: null })).toEqual({
        ok: false,
        error: { code: 'invalid-input' },
      })
    }
    expect(
      await handleExportShellMethod({ fileName: 'a.csv', text: 'x', path: '/tmp/a.csv' }, { parent: null }),
    ).toEqual({ ok: false, error: { code: 'invalid-input' } })
  })
})
