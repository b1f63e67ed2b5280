import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Backend } from '../core/backend'
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy'
import { readBundleFile } from '../core/static-files'

export type BrowserServer = {
  /** The address to open once: it carries the one-time launch token. */
  url: string
  origin: string
  /** The one-time launch token (spent by the first page load that carries it). */
  token: string
  close(): Promise<void>
}

const MAX_BODY_BYTES = 8 * 1024 * 1024
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/**
 * Browser mode: the built renderer and the core's API on 127.0.0.1 only. The address printed at start carries a
 * one-time launch token: the first page load with it is answered by a redirect to the same page without it and an
 * HttpOnly, SameSite=Strict session cookie (no expiry, so the browser keeps it in memory only). From then on every
 * API call and the event stream need that cookie, and Host/Origin must be this server, so other sites and local users
 * cannot reach the vault (DNS rebinding included). The token left in the browser's history is spent and opens nothing;
 * page scripts never see the session secret.
 */
export async function startBrowserServer(options: {
  backend: Backend
  rendererDir: string
  port?: number
  token?: string
}): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let launchToken: Buffer | null = Buffer.from(token)
  const sessions = new Set<string>()
  const eventStreams = new Set<ServerResponse>()
  let origin = ''
  let cookieName = ''

  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, { ok: false, error: { code: 'internal' } }))
  })

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (request.headers.host !== new URL(origin).host) return send(response, 421, 'Misdirected request')
    if (request.headers.origin && request.headers.origin !== origin) return send(response, 403, 'Forbidden')
    const url = new URL(request.url ?? '/', origin)

    if (url.pathname === '/api/session') {
      return send(response, hasSession(request) ? 200 : 401, { ok: hasSession(request) })
    }

    if (url.pathname === '/api/invoke') {
      if (request.method !== 'POST') return send(response, 405, 'Method not allowed')
      if (!hasSession(request)) return send(response, 401, { ok: false, error: { code: 'unauthorized' } })
      if (!request.headers['content-type']?.startsWith('application/json')) return send(response, 415, 'JSON only')
      const body = await readJson(request)
      if (!body.ok) return send(response, 400, { ok: false, error: { code: 'invalid-input', issues: [] } })
      const { name, input } = (body.value ?? {}) as { name?: unknown; input?: unknown }
      if (typeof name !== 'string') return send(response, 400, { ok: false, error: { code: 'unknown-method' } })
      return send(response, 200, await options.backend.invoke(name, input))
    }

    if (url.pathname === '/api/events') {
      if (!hasSession(request)) return send(response, 401, 'Unauthorized')
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' })
      response.write(': connected\n\n')
      eventStreams.add(response)
      request.on('close', () => eventStreams.delete(response))
      return
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed')
    const offered = url.searchParams.get('token')
    if (offered !== null && spendLaunchToken(offered)) {
      const session = randomBytes(32).toString('base64url')
      sessions.add(session)
      url.searchParams.delete('token')
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        Location: `${url.pathname}${url.search}`,
        'Set-Cookie': `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`,
      })
      return response.end()
    }
    const file =
      (await readBundleFile(options.rendererDir, url.pathname)) ?? (await readBundleFile(options.rendererDir, '/'))
    if (!file) return send(response, 404, 'Not found')
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  }

  /** The launch token works once; every later offer of it (from the history, a second tab) is refused. */
  function spendLaunchToken(candidate: string): boolean {
    const bytes = Buffer.from(candidate)
    if (!launchToken || bytes.length !== launchToken.length || !timingSafeEqual(bytes, launchToken)) return false
    launchToken = null
    return true
  }

  function hasSession(request: IncomingMessage): boolean {
    const session = cookieValue(request.headers.cookie, cookieName)
    if (!session) return false
    for (const known of sessions) {
      const a = Buffer.from(session)
      const b = Buffer.from(known)
      if (a.length === b.length && timingSafeEqual(a, b)) return true
    }
    return false
  }

  const unsubscribe = options.backend.onEvent((event) => {
    for (const stream of eventStreams) stream.write(`data: ${JSON.stringify(event)}\n\n`)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`
  // Cookies are per host, not per port: the port in the name keeps two servers' sessions apart.
  cookieName = `tyohonvalmentaja-${port}`

  return {
    origin,
    token,
    url: `${origin}/?token=${token}`,
    async close() {
      unsubscribe()
      for (const stream of eventStreams) stream.end()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return null
}

function send(response: ServerResponse, status: number, body: unknown) {
  const json = typeof body !== 'string'
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
  })
  response.end(json ? JSON.stringify(body) : body)
}

async function readJson(request: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return { ok: false }
    chunks.push(chunk)
  }
  const body = Buffer.concat(chunks)
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) }
  } catch {
    return { ok: false }
  } finally {
    // The body may carry a passphrase: zero the bytes we hold (the parsed strings cannot be; see docs/security.md).
    body.fill(0)
    for (const chunk of chunks) chunk.fill(0)
  }
}
