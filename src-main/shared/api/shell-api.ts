import { z } from 'zod'
import { endpoint } from './endpoint'

/** Only the app's own print routes, e.g. '/print/form/<uuid>'. */
const printRoute = z.string().regex(/^\/print\/[a-z-]+\/[0-9a-f-]{36}$/)

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
}

export type ShellMethodName = keyof typeof shellApi

export function isShellMethod(name: string): name is ShellMethodName {
  return Object.hasOwn(shellApi, name)
}
