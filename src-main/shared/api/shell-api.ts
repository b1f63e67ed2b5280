import { z } from 'zod'
import { endpoint } from './endpoint'

/**
 * Only the app's own print routes, e.g. '/print/form/<uuid>' or, in the client's language, '/print/form/<uuid>/sv',
 * the recovery key sheet and a report's period ('/print/report/2026-01-01/2026-03-31').
 */
export const printRoute = z
  .string()
  .regex(/^\/print\/(recovery-key|[a-z-]+\/[0-9a-f-]{36}(\/(fi|sv|en))?|report\/\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})$/)

/** The largest export the renderer may hand to the save dialog (a year's anonymised rows are a few kilobytes). */
export const MAX_EXPORT_CHARACTERS = 5_000_000

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => character.charCodeAt(0) < 32)
}

/** A file name (no folder) with the given extension and no character Windows or macOS refuse. */
const fileNameEnding = (extension: string) =>
  z
    .string()
    .max(200)
    .refine(
      (name) =>
        name.endsWith(extension) &&
        name.length > extension.length &&
        !/[\\/:*?"<>|]/.test(name) &&
        !hasControlCharacter(name),
    )

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
      fileName: fileNameEnding('.pdf'),
    }),
  ),
  /** "Varmuuskopioi" in the desktop app: a save dialog, then the core writes the backup where the coach chose. */
  'shell-save-backup': endpoint<{ saved: false } | { saved: true; fileName: string }>()(z.object({}).strict()),
  /** An export made by the core (CSV), saved where the coach chooses in a save dialog. */
  'shell-save-export': endpoint<{ saved: false } | { saved: true; fileName: string }>()(
    z
      .object({
        fileName: fileNameEnding('.csv'),
        text: z.string().max(MAX_EXPORT_CHARACTERS),
      })
      .strict(),
  ),
  /** A folder for automatic backups, chosen in a native dialog; null when cancelled. */
  'shell-choose-folder': endpoint<string | null>()(z.object({}).strict()),
  /** A client's data export as JSON: a save dialog, then the core writes the file where the coach chose. */
  'shell-save-client-data': endpoint<{ saved: boolean }>()(z.object({ clientId: z.uuid() }).strict()),
  /** Copies text (the patient-record text); cleared from the clipboard after 30 s if it is still there. */
  'shell-copy-text': endpoint()(z.object({ text: z.string().min(1).max(100_000) }).strict()),
}

export type ShellMethodName = keyof typeof shellApi
export type PrintShellMethod = 'shell-print' | 'shell-save-pdf'
export type ExportShellMethod = 'shell-save-export'
export type BackupShellMethod = 'shell-save-backup' | 'shell-choose-folder'
export type DeskShellMethod = 'shell-save-client-data' | 'shell-copy-text'

export function isBackupShellMethod(name: ShellMethodName): name is BackupShellMethod {
  return name === 'shell-save-backup' || name === 'shell-choose-folder'
}

export function isDeskShellMethod(name: ShellMethodName): name is DeskShellMethod {
  return name === 'shell-save-client-data' || name === 'shell-copy-text'
}

export function isExportShellMethod(name: ShellMethodName): name is ExportShellMethod {
  return name === 'shell-save-export'
}

export function isShellMethod(name: string): name is ShellMethodName {
  return Object.hasOwn(shellApi, name)
}
