import { app, BrowserWindow, ipcMain, powerMonitor, protocol } from 'electron'
import { join } from 'node:path'
import { createBackend } from '../core/backend'
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy'
import { APP_FOLDER_NAME, DATA_DIR_ENV } from '../core/data-dir'
import { readBundleFile } from '../core/static-files'
import { isShellMethod } from '../shared/api'
import { isBackupShellMethod, isDeskShellMethod, isExportShellMethod } from '../shared/api/shell-api'
import { handleBackupShellMethod } from './backup-dialogs'
import { clearCopiedText, handleDeskShellMethod } from './desk-shell'
import { handleExportShellMethod } from './export-dialogs'
import { developmentOptions } from './development'
import { askBeforeUnload } from './page-guards'
import { defaultBaseUrl, handleShellMethod, preloadPathFrom } from './print'
import { hardenSessionAndContents } from './security'
import { APP_HOST, APP_ORIGIN, APP_SCHEME, isTrustedAppUrl } from './trusted-sender'
import { guardWindowPrivacy } from './window-privacy'

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])
app.setName(APP_FOLDER_NAME)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void start()
}

async function start() {
  const { devTools, devServerUrl } = developmentOptions(process.env, app.isPackaged)
  const rendererDir = join(app.getAppPath(), 'out', 'renderer')
  const backend = createBackend({
    dataDir: process.env[DATA_DIR_ENV] ?? app.getPath('userData'),
    migrationsDir: join(app.getAppPath(), 'drizzle'),
  })
  let mainWindow: BrowserWindow | null = null
  /** Hidden windows showing a print route: they may call the API (read the form they print). */
  const printWindows = new Set<Electron.WebContents>()

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', () => {
    void clearCopiedText()
    backend.close()
  })

  await app.whenReady()
  hardenSessionAndContents(devServerUrl)

  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (request.method !== 'GET' || url.host !== APP_HOST) return new Response('Not found', { status: 404 })
    const file = await readBundleFile(rendererDir, url.pathname)
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    })
  })

  ipcMain.handle('api:invoke', (event, name: unknown, input: unknown) => {
    const frame = event.senderFrame
    const fromPrintWindow = printWindows.has(event.sender) && frame === event.sender.mainFrame
    const trusted =
      frame !== null &&
      (frame === mainWindow?.webContents.mainFrame || fromPrintWindow) &&
      isTrustedAppUrl(frame.url, devServerUrl)
    if (!trusted || typeof name !== 'string') return { ok: false, error: { code: 'unauthorized' } }
    if (isShellMethod(name)) {
      if (fromPrintWindow) return { ok: false, error: { code: 'unauthorized' } }
      const handled = isBackupShellMethod(name)
        ? handleBackupShellMethod(name, input, { parent: mainWindow, backend })
        : isDeskShellMethod(name)
          ? handleDeskShellMethod(name, input, { parent: mainWindow, backend })
          : isExportShellMethod(name)
            ? handleExportShellMethod(input, { parent: mainWindow })
            : handleShellMethod(name, input, {
                preloadPath: preloadPathFrom(import.meta.dirname),
                baseUrl: defaultBaseUrl(devServerUrl),
                parent: mainWindow,
                printWindows,
              })
      return handled.catch(() => ({ ok: false, error: { code: 'internal' } }))
    }
    return backend.invoke(name, input)
  })
  backend.onEvent((event) => {
    if (event.name === 'vault-locked') void clearCopiedText()
    mainWindow?.webContents.send('api:event', event)
  })

  // Lock when the computer locks or sleeps: the client data must not be on screen when the coach steps away.
  powerMonitor.on('lock-screen', () => backend.lock())
  powerMonitor.on('suspend', () => backend.lock())

  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1000,
    minHeight: 640,
    title: 'Työhönvalmentaja',
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: preloadPathFrom(import.meta.dirname),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
    },
  })
  mainWindow.removeMenu()
  guardWindowPrivacy(mainWindow, backend)
  askBeforeUnload(mainWindow)
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  await mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}
