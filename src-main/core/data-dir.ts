import { homedir } from 'node:os'
import { join } from 'node:path'

export const DATA_DIR_ENV = 'TYOHONVALMENTAJA_DATA_DIR'
export const APP_FOLDER_NAME = 'tyohonvalmentaja'

/**
 * Where the vault lives: the env var when set (tests, a coach's encrypted drive), otherwise the same
 * folder Electron's userData resolves to for this app, so browser mode and the app share one vault.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const configured = env[DATA_DIR_ENV]
  if (configured) return configured
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME)
}
