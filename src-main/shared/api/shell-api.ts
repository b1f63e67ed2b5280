import { z } from 'zod'
import { endpoint } from './endpoint'

/** Only the app's own print routes, e.g. '/print/form/<uuid>', and the recovery key sheet. */
export const printRoute = z.string().regex(/^\/print\/(recovery-key|[a-z-]+\/[0-9a-f-]{36})$/)

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => character.charCodeAt(0) < 32)
}

/**
 * Methods the renderer calls through the same invoke channel but the Electron main process handles itself (they need
 * windows and dialogs). Browser mode has none of them: there the page prints itself.
 */
export const shellApi = {
  /** Prints a print route from a hidden window through the system print dialog; true when printed. */
  'shell-print': endpoint<boolean>()(z.object({ route: printRoute })),
  /** Saves a print route as PDF through a save dialog; false when the coach cancelled. */
  'shell-save-pdf': endpoint<boolean>()(
    z.object({
      route: printRoute,
      fileName: z
        .string()
        .max(200)
        .refine(
          (name) =>
            name.endsWith('.pdf') && name.length > 4 && !/[\\/:*?"<>|]/.test(name) && !hasControlCharacter(name),
        ),
    }),
  ),
  /** "Varmuuskopioi" in the desktop app: a save dialog, then the core writes the backup where the coach chose. */
  'shell-save-backup': endpoint<{ saved: false } | { saved: true; fileName: string }>()(z.object({}).strict()),
  /** A folder for automatic backups, chosen in a native dialog; null when cancelled. */
  'shell-choose-folder': endpoint<string | null>()(z.object({}).strict()),
  /** A client's data export as JSON: a save dialog, then the core writes the file where the coach chose. */
  'shell-save-client-data': endpoint<{ saved: boolean }>()(z.object({ clientId: z.uuid() }).strict()),
  /** Copies text (the patient-record text); cleared from the clipboard after 30 s if it is still there. */
  'shell-copy-text': endpoint()(z.object({ text: z.string().min(1).max(100_000) }).strict()),
}

export type ShellMethodName = keyof typeof shellApi
export type PrintShellMethod = 'shell-print' | 'shell-save-pdf'
export type BackupShellMethod = 'shell-save-backup' | 'shell-choose-folder'
export type DeskShellMethod = 'shell-save-client-data' | 'shell-copy-text'

export function isBackupShellMethod(name: ShellMethodName): name is BackupShellMethod {
  return name === 'shell-save-backup' || name === 'shell-choose-folder'
}

export function isDeskShellMethod(name: ShellMethodName): name is DeskShellMethod {
  return name === 'shell-save-client-data' || name === 'shell-copy-text'
}

export function isShellMethod(name: string): name is ShellMethodName {
  return Object.hasOwn(shellApi, name)
}
