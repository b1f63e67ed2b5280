import type { ApiResult } from '@shared/api'
import type { Transport } from '../../api/transport'

/** The desktop app exposes its bridge on window; the browser mode does not. */
export function isElectron(): boolean {
  return typeof window !== 'undefined' && window.tyohonvalmentaja !== undefined
}

/** The hash route of a print page, e.g. '/print/form/<id>'. */
export type PrintRoute = `/print/${string}`

/**
 * Print a print route. Electron: the main process loads it in a hidden window and opens the system print dialog.
 * Browser: the print route is the current page, so the browser's own printing is used.
 */
export async function printRoute(transport: Transport, route: PrintRoute): Promise<ApiResult<boolean | null>> {
  if (isElectron()) {
    const printed = await transport.invoke('shell-print', { route })
    if (printed.ok && printed.value) await logPrint(transport, route, 'print')
    return printed
  }
  await logPrint(transport, route, 'print')
  window.print()
  return { ok: true, value: null }
}

/** Electron only: printToPDF of the print route and a save dialog. */
export async function savePdf(transport: Transport, route: PrintRoute, fileName: string): Promise<ApiResult<boolean>> {
  const saved = await transport.invoke('shell-save-pdf', { route, fileName })
  if (saved.ok && saved.value) await logPrint(transport, route, 'pdf')
  return saved
}

/**
 * A client's record printed or saved as PDF goes into the access log (the core finds whose it is from the route, also
 * from one in a language: '/print/form/<id>/sv').
 */
async function logPrint(transport: Transport, route: PrintRoute, how: 'print' | 'pdf') {
  if (/\/[0-9a-f-]{36}(\/(fi|sv|en))?$/.test(route)) await transport.invoke('audit-print', { route, how })
}

/** A file name without characters Windows or macOS refuse. */
export function pdfFileName(...parts: string[]): string {
  const name = [...parts.join(' – ')].filter(
    (character) => character.charCodeAt(0) >= 32 && !'\\/:*?"<>|'.includes(character),
  )
  return `${name.join('').trim().slice(0, 150)}.pdf`
}
