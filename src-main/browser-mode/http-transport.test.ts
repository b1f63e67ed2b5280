import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempBackend, tempDir } from '../../tests/unit/support/temp-vault'
import { RESTORE_CHUNK_BYTES } from '../shared/backup/backup-limits'
import { startBrowserServer, type BrowserServer } from './http-transport'

let server: BrowserServer | null = null
let cookie = ''
afterEach(async () => {
  await server?.close()
  server = null
  cookie = ''
})

async function start() {
  const base = tempDir()
  const rendererDir = join(base, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(base, 'secret.txt'), 'secret') // beside the bundle: one `..` away
  const backend = tempBackend()
  server = await startBrowserServer({ backend, rendererDir })
  // The first page load with the launch token: a redirect that sets the session cookie.
  const launch = await send({ path: `/?token=${server.token}` })
  cookie = String(launch.headers['set-cookie']).split(';')[0]!
  return server
}

/** A raw request, so Host and Origin can be set the way an attacker's page or a rebinding DNS would. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(server!.origin)
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { Host: url.host, ...options.headers },
      },
      (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const invoke = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  send({
    path: '/api/invoke',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
    body: JSON.stringify({ name, input }),
  })

describe('browser-mode HTTP transport', () => {
  it('spends the launch token on the first load: a redirect without it and an HttpOnly session cookie', async () => {
    const base = tempDir()
    const rendererDir = join(base, 'renderer')
    mkdirSync(rendererDir, { recursive: true })
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>')
    server = await startBrowserServer({ backend: tempBackend(), rendererDir })
    const first = await send({ path: `/?token=${server.token}` })
    expect(first.status).toBe(303)
    expect(first.headers.location).toBe('/')
    const setCookie = String(first.headers['set-cookie'])
    expect(setCookie).toMatch(/^tyohonvalmentaja-\d+=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/)
    expect(setCookie).not.toContain(server.token)
    expect(setCookie).not.toMatch(/Expires|Max-Age/) // a session cookie: kept in memory, not on disk
    // The same address again (from the history, another tab): just the page, no session.
    const again = await send({ path: `/?token=${server.token}` })
    expect(again.status).toBe(200)
    expect(again.headers['set-cookie']).toBeUndefined()
    cookie = setCookie.split(';')[0]!
    expect((await send({ path: '/api/session' })).status).toBe(401)
    expect((await send({ path: '/api/session', headers: { Cookie: cookie } })).status).toBe(200)
    expect((await invoke('vault-status', {}, { Cookie: '' })).status).toBe(401)
    expect((await invoke('vault-status', {}, { 'X-Api-Token': server.token, Cookie: '' })).status).toBe(401)
    expect((await invoke('vault-status', {})).status).toBe(200)
  })

  it('sends no-store on every response, pages, API and errors alike', async () => {
    await start()
    for (const response of [
      await send({ path: '/' }),
      await send({ path: '/assets/missing.js' }),
      await invoke('vault-status', {}),
      await invoke('vault-status', {}, { Cookie: '' }),
      await invoke('vault-status', {}, { Host: 'evil.example:80' }),
      await send({ path: '/api/session' }),
    ]) {
      expect(response.headers['cache-control']).toBe('no-store')
    }
  })

  it('listens on loopback only and serves the API with the session', async () => {
    await start()
    expect(server!.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const response = await invoke('vault-status', {})
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { state: 'no-vault', retryAfterSeconds: 0 } })
  })

  it('refuses calls without the session, from another origin, or for another host name', async () => {
    await start()
    expect((await invoke('vault-status', {}, { Cookie: `${cookie.split('=')[0]}=wrong` })).status).toBe(401)
    expect((await invoke('vault-status', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await invoke('vault-status', {}, { Host: 'evil.example:80' })).status).toBe(421)
    expect((await send({ path: '/api/invoke', method: 'GET' })).status).toBe(405)
    expect((await send({ path: '/api/events' })).status).toBe(401)
    expect((await send({ path: `/api/events?token=${server!.token}` })).status).toBe(401)
  })

  it('answers malformed bodies with a typed error and never crashes', async () => {
    await start()
    const response = await send({
      path: '/api/invoke',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{not json',
    })
    expect(response.status).toBe(400)
    expect(JSON.parse(response.body).error.code).toBe('invalid-input')
    expect((await invoke('vault-status', {})).status).toBe(200)
  })

  it('serves the bundle with a strict CSP and never a file outside it', async () => {
    await start()
    const index = await send({ path: '/' })
    expect(index.status).toBe(200)
    expect(index.headers['content-security-policy']).toContain("script-src 'self'")
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await send({ path })
      expect(response.body).not.toContain('secret')
    }
  })

  it('carries a full restore chunk under its request size limit', async () => {
    await start()
    const begun = JSON.parse((await invoke('backup-restore-begin', { size: RESTORE_CHUNK_BYTES })).body)
    const data = Buffer.alloc(RESTORE_CHUNK_BYTES, 7).toString('base64')
    const response = await invoke('backup-restore-chunk', { uploadId: begun.value.uploadId, offset: 0, data })
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { received: RESTORE_CHUNK_BYTES } })
  })
})
