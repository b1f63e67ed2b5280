import type { ApiResult, BackendEvent, Transport } from '@shared/api'

export type { Transport }

/** Browsers cap keepalive request bodies at 64 KiB. */
const KEEPALIVE_LIMIT = 60_000

declare global {
  interface Window {
    tyohonvalmentaja?: Transport
  }
}

const TOKEN_KEY = 'tyohonvalmentaja.api-token'

export class MissingTokenError extends Error {}

export function createTransport(): Transport {
  if (window.tyohonvalmentaja) return window.tyohonvalmentaja
  return createHttpTransport()
}

function createHttpTransport(): Transport {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.toString())
  }
  const token = sessionStorage.getItem(TOKEN_KEY)
  if (!token) throw new MissingTokenError()

  return {
    async invoke(name, input) {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Api-Token': token },
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
        headers: { 'Content-Type': 'application/json', 'X-Api-Token': token },
        body,
      }).catch(() => undefined)
      return true
    },
    on(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
      source.onmessage = (message) => listener(JSON.parse(message.data as string) as BackendEvent)
      return () => source.close()
    },
  }
}
