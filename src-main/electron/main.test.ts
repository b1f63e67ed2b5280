import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'

// The Bitwarden pattern: the shell is tested against a mocked 'electron', so its wiring is checked without the binary.
const electron = vi.hoisted(() => ({
  ipc: null as null | ((event: unknown, name: unknown, input: unknown) => Promise<unknown>),
  protocol: null as null | ((request: Request) => Promise<Response>),
  windows: [] as Array<{
    options: { webPreferences: Record<string, unknown> }
    webContents: { mainFrame: { url: string } }
    contentProtection: boolean[]
  }>,
  privileged: [] as unknown[],
  appEvents: new Map<string, () => void>(),
  powerEvents: new Map<string, () => void>(),
  denyPermission: null as null | ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void),
  filter: null as null | ((details: { url: string }, callback: (result: { cancel: boolean }) => void) => void),
}))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { mainFrame: { url: 'app://bundle/index.html' }, send: vi.fn(), on: vi.fn() }
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      electron.windows.push(this)
    }
    contentProtection: boolean[] = []
    setContentProtection(on: boolean) {
      this.contentProtection.push(on)
    }
    removeMenu() {}
    once() {}
    on() {}
    isMinimized() {
      return false
    }
    async loadURL() {}
  }
  return {
    app: {
      setName: vi.fn(),
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: () => void) => electron.appEvents.set(name, listener),
      whenReady: () => Promise.resolve(),
      isPackaged: true,
      getPath: () => process.env.TYOHONVALMENTAJA_DATA_DIR,
      getAppPath: () => process.env.TEST_APP_PATH,
      quit: vi.fn(),
    },
    BrowserWindow,
    clipboard: {},
    dialog: {},
    ipcMain: { handle: (_channel: string, handler: typeof electron.ipc) => (electron.ipc = handler) },
    powerMonitor: { on: (name: string, listener: () => void) => electron.powerEvents.set(name, listener) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
      handle: (_scheme: string, handler: typeof electron.protocol) => (electron.protocol = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof electron.denyPermission) => (electron.denyPermission = handler),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: (handler: typeof electron.filter) => (electron.filter = handler) },
      },
    },
  }
})

beforeAll(async () => {
  // A miniature app folder: the migrations and a one-file renderer bundle, with a secret beside it.
  const appPath = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-app-'))
  cpSync(join(import.meta.dirname, '..', '..', 'drizzle'), join(appPath, 'drizzle'), { recursive: true })
  mkdirSync(join(appPath, 'out', 'renderer'), { recursive: true })
  writeFileSync(join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>bundle</title>')
  writeFileSync(join(appPath, 'out', 'secret.txt'), 'secret')
  process.env.TEST_APP_PATH = appPath
  process.env.TYOHONVALMENTAJA_DATA_DIR = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-shell-'))
  await import('./main')
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1))
})

describe('Electron shell wiring', () => {
  it('opens one hardened window', () => {
    expect(electron.windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: false,
    })
    expect(electron.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('answers IPC only from the main window at the app origin, and validates in the core', async () => {
    const mainFrame = electron.windows[0]!.webContents.mainFrame
    const status = await electron.ipc!({ senderFrame: mainFrame, sender: {} }, 'vault-status', {})
    expect(status).toMatchObject({ ok: true, value: { state: 'no-vault', retryAfterSeconds: 0 } })
    const stranger = await electron.ipc!(
      { senderFrame: { url: 'app://bundle/index.html' }, sender: {} },
      'vault-status',
      {},
    )
    expect(stranger).toEqual({ ok: false, error: { code: 'unauthorized' } })
    mainFrame.url = 'https://example.com/'
    expect(await electron.ipc!({ senderFrame: mainFrame, sender: {} }, 'vault-status', {})).toEqual({
      ok: false,
      error: { code: 'unauthorized' },
    })
    mainFrame.url = 'app://bundle/index.html'
    expect(
      await electron.ipc!({ senderFrame: mainFrame, sender: {} }, 'vault-create', { passphrase: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
  })

  it('serves the bundle with the CSP, nothing outside it, and nothing but GET', async () => {
    const index = await electron.protocol!(new Request('app://bundle/index.html'))
    expect(index.status).toBe(200)
    expect(await index.text()).toContain('bundle')
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'")
    for (const url of [
      'app://bundle/../secret.txt',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/..%2fsecret.txt',
      'app://other/index.html',
    ]) {
      expect((await electron.protocol!(new Request(url))).status).toBe(404)
    }
    expect(
      (await electron.protocol!(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(404)
  })

  it('denies every permission and every request that is not the bundle', () => {
    const permission = vi.fn()
    electron.denyPermission!({}, 'media', permission)
    expect(permission).toHaveBeenCalledWith(false)
    // Only the app's own page may write text to the clipboard; nobody may read it.
    const verdict = (name: string, requestingUrl: string) => {
      const callback = vi.fn()
      ;(electron.denyPermission as unknown as (...args: unknown[]) => void)({}, name, callback, { requestingUrl })
      return callback.mock.calls[0]?.[0]
    }
    expect(verdict('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true)
    expect(verdict('clipboard-sanitized-write', 'https://example.com/')).toBe(false)
    expect(verdict('clipboard-read', 'app://bundle/index.html')).toBe(false)
    const verdicts: Record<string, boolean> = {}
    for (const url of [
      'app://bundle/assets/index.js',
      'https://example.com/x.js',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
    ]) {
      electron.filter!({ url }, ({ cancel }) => (verdicts[url] = cancel))
    }
    expect(verdicts).toEqual({
      'app://bundle/assets/index.js': false,
      'https://example.com/x.js': true,
      'http://127.0.0.1:8080/': true,
      'file:///etc/passwd': true,
    })
  })

  it('keeps the window out of screenshots and screen sharing from the start', () => {
    expect(electron.windows[0]!.contentProtection).toEqual([true])
  })

  it('locks the vault when the computer locks or sleeps', () => {
    expect([...electron.powerEvents.keys()].sort()).toEqual(['lock-screen', 'suspend'])
  })
})
