import type { ApiResult, BackendEvent, Transport } from '@shared/api'

export type { Transport }

/** Browsers cap keepalive request bodies at 64 KiB. */
const KEEPALIVE_LIMIT = 60_000

declare global {
  interface Window {
    tyohonvalmentaja?: Transport
  }
}

export class MissingTokenError extends Error {}

/** Electron's bridge, or browser mode's loopback HTTP once the page has a session (see http-transport.ts). */
export async function createTransport(): Promise<Transport> {
  if (window.tyohonvalmentaja) return window.tyohonvalmentaja
  return createHttpTransport()
}

/**
 * Browser mode. The server spent the launch token on the first load and set an HttpOnly session cookie, which the
 * browser sends with every same-origin request; the page never holds a secret. A spent token still in the address
 * (a second tab, the history) is taken out of it before anything else.
 */
async function createHttpTransport(): Promise<Transport> {
  const url = new URL(window.location.href)
  if (url.searchParams.has('token')) {
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.toString())
  }
  const session = await fetch('/api/session', { credentials: 'same-origin' }).catch(() => null)
  if (!session?.ok) throw new MissingTokenError()

  return {
    async invoke(name, input) {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, input }),
      })
      return (await response.json()) as ApiResult<never>
    },
    sendWhileLeaving(name, input) {
      const body = JSON.stringify({ name, input })
      if (body.length > KEEPALIVE_LIMIT) return false
      void fetch('/api/invoke', {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body,
      }).catch(() => undefined)
      return true
    },
    on(listener) {
      const source = new EventSource('/api/events')
      source.onmessage = (message) => listener(JSON.parse(message.data as string) as BackendEvent)
      return () => source.close()
    },
  }
}
