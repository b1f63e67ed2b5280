import { afterEach, describe, expect, it, vi } from 'vitest'

const state = vi.hoisted(() => ({ clipboard: '', savePath: '', saveOptions: null as unknown }))

vi.mock('electron', () => ({
  clipboard: {
    writeText: async (text: string) => {
      state.clipboard = text
    },
    readText: async () => state.clipboard,
    clear: () => {
      state.clipboard = ''
    },
  },
  dialog: {
    showSaveDialog: async (options: unknown) => {
      state.saveOptions = options
      return { canceled: state.savePath === '', filePath: state.savePath }
    },
  },
}))

const { clearCopiedText, handleDeskShellMethod } = await import('./desk-shell')
const { isDeskShellMethod } = await import('../shared/api/shell-api')

const backend = () => ({
  saveClientDataTo: vi.fn(async () => ({ ok: true as const, value: null })),
  clientDataFileName: () => 'klientens-uppgifter-2026-03-02.json',
})
const CLIENT = '0b5a3c3e-5f7a-4d5c-9a55-0e3c2b1a9f00'

afterEach(() => vi.useRealTimers())

describe('Electron desk shell methods', () => {
  it('knows its methods', () => {
    expect(isDeskShellMethod('shell-copy-text')).toBe(true)
    expect(isDeskShellMethod('shell-save-client-data')).toBe(true)
    expect(isDeskShellMethod('shell-save-backup')).toBe(false)
  })

  it('clears the copied text after 30 seconds, but not what the coach copied since', async () => {
    vi.useFakeTimers()
    const deps = { parent: null, backend: backend() }
    await handleDeskShellMethod('shell-copy-text', { text: 'Käynti 2.3.2026: tavattiin.' }, deps)
    expect(state.clipboard).toBe('Käynti 2.3.2026: tavattiin.')
    await vi.advanceTimersByTimeAsync(29_000)
    expect(state.clipboard).toBe('Käynti 2.3.2026: tavattiin.')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(state.clipboard).toBe('')

    await handleDeskShellMethod('shell-copy-text', { text: 'Toinen teksti' }, deps)
    state.clipboard = 'valmentajan oma kopio'
    await vi.advanceTimersByTimeAsync(30_000)
    expect(state.clipboard).toBe('valmentajan oma kopio')

    // At lock or quit the app's copy goes at once.
    await handleDeskShellMethod('shell-copy-text', { text: 'Kolmas' }, deps)
    await clearCopiedText()
    expect(state.clipboard).toBe('')
    expect(await handleDeskShellMethod('shell-copy-text', { text: '' }, deps)).toMatchObject({ ok: false })
  })

  it('saves a client data export where the coach chose, with no name in the suggested file name', async () => {
    const deps = { parent: null, backend: backend() }
    state.savePath = '/media/usb/tiedot.json'
    expect(await handleDeskShellMethod('shell-save-client-data', { clientId: CLIENT }, deps)).toEqual({
      ok: true,
      value: { saved: true },
    })
    expect(deps.backend.saveClientDataTo).toHaveBeenCalledWith('/media/usb/tiedot.json', CLIENT)
    expect(state.saveOptions).toMatchObject({ defaultPath: 'klientens-uppgifter-2026-03-02.json' })

    state.savePath = ''
    expect(await handleDeskShellMethod('shell-save-client-data', { clientId: CLIENT }, deps)).toEqual({
      ok: true,
      value: { saved: false },
    })
    expect(await handleDeskShellMethod('shell-save-client-data', { clientId: 'x', path: '/etc' }, deps)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
    expect(deps.backend.saveClientDataTo).toHaveBeenCalledTimes(1)
  })
})
