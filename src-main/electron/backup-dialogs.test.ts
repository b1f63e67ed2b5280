import { describe, expect, it, vi } from 'vitest'

const state = vi.hoisted(() => ({ savePath: '' as string, folder: '' as string, saveOptions: null as unknown }))

vi.mock('electron', () => ({
  dialog: {
    showSaveDialog: async (options: unknown) => {
      state.saveOptions = options
      return { canceled: state.savePath === '', filePath: state.savePath }
    },
    showOpenDialog: async () => ({ canceled: state.folder === '', filePaths: state.folder ? [state.folder] : [] }),
  },
}))

const { handleBackupShellMethod } = await import('./backup-dialogs')
const { isShellMethod } = await import('../shared/api')
const { isBackupShellMethod } = await import('../shared/api/shell-api')

function backend() {
  return {
    saveBackupTo: vi.fn(async (path: string) => ({ ok: true as const, value: { fileName: path.split('/').at(-1)! } })),
  }
}

describe('Electron backup dialogs', () => {
  it('knows its methods', () => {
    expect(isBackupShellMethod('shell-save-backup')).toBe(true)
    expect(isBackupShellMethod('shell-choose-folder')).toBe(true)
    expect(isBackupShellMethod('shell-print')).toBe(false)
    expect(isShellMethod('backup-create')).toBe(false)
  })

  it('asks where to save, then has the core write the backup exactly there', async () => {
    const core = backend()
    state.savePath = '/media/usb/varmuuskopio.tvbackup'
    expect(await handleBackupShellMethod('shell-save-backup', {}, { parent: null, backend: core })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'varmuuskopio.tvbackup' },
    })
    expect(core.saveBackupTo).toHaveBeenCalledWith('/media/usb/varmuuskopio.tvbackup')
    expect(state.saveOptions).toMatchObject({
      defaultPath: expect.stringMatching(/^tyohonvalmentaja-varmuuskopio-.*\.tvbackup$/),
      filters: [{ extensions: ['tvbackup'] }],
    })
  })

  it('writes nothing when the dialog is cancelled, and takes no path from the renderer', async () => {
    const core = backend()
    state.savePath = ''
    expect(await handleBackupShellMethod('shell-save-backup', {}, { parent: null, backend: core })).toEqual({
      ok: true,
      value: { saved: false },
    })
    expect(
      await handleBackupShellMethod('shell-save-backup', { path: '/etc/passwd' }, { parent: null, backend: core }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid-input' },
    })
    expect(core.saveBackupTo).not.toHaveBeenCalled()
  })

  it('passes on the core’s error (a locked vault)', async () => {
    state.savePath = '/tmp/x.tvbackup'
    const locked = { saveBackupTo: async () => ({ ok: false as const, error: { code: 'vault/locked' as const } }) }
    expect(await handleBackupShellMethod('shell-save-backup', {}, { parent: null, backend: locked })).toEqual({
      ok: false,
      error: { code: 'vault/locked' },
    })
  })

  it('returns the folder chosen for automatic backups, or null', async () => {
    state.folder = '/media/usb'
    expect(await handleBackupShellMethod('shell-choose-folder', {}, { parent: null, backend: backend() })).toEqual({
      ok: true,
      value: '/media/usb',
    })
    state.folder = ''
    expect(await handleBackupShellMethod('shell-choose-folder', {}, { parent: null, backend: backend() })).toEqual({
      ok: true,
      value: null,
    })
  })
})
