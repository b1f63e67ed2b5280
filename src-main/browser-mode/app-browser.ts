import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where Debian, Ubuntu and Fedora put Chromium (or Chrome); `CHROMIUM_PATH` names another. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

/**
 * The throw-away profile's preferences: no password manager, no autofill of addresses or cards, no translation
 * offers, no session restore. (The page also turns autocomplete off on every field and sends no-store.)
 */
export const PROFILE_PREFERENCES = {
  credentials_enable_service: false,
  credentials_enable_autosignin: false,
  autofill: { profile_enabled: false, credit_card_enabled: false },
  translate: { enabled: false },
  session: { restore_on_startup: 5 },
}

/** Chromium in app mode (a window with no address bar, tabs or menus) with its own profile. */
export function appModeArguments(url: string, profileDir: string): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-features=Translate,AutofillServerCommunication,MediaRouter,OptimizationHints',
    '--password-store=basic',
  ]
}

export type AppBrowser = { pid: number; profileDir: string; exited: Promise<void>; close(): Promise<void> }

/**
 * Opens the app in Chromium with a new profile in a private temporary folder, removed when the window closes (or
 * when `close()` ends the browser). Chromium runs in a process group of its own so all its helpers end with it.
 */
export function openAppBrowser(executable: string, url: string): AppBrowser {
  const profileDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-browser-'))
  mkdirSync(join(profileDir, 'Default'), { recursive: true, mode: 0o700 })
  writeFileSync(join(profileDir, 'Default', 'Preferences'), JSON.stringify(PROFILE_PREFERENCES), { mode: 0o600 })
  const child = spawn(executable, appModeArguments(url, profileDir), { detached: true, stdio: 'ignore' })
  const pid = child.pid ?? -1
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', () => resolve())
  }).then(() => rmSync(profileDir, { recursive: true, force: true }))
  return {
    pid,
    profileDir,
    exited,
    async close() {
      try {
        process.kill(-pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await exited
    },
  }
}
