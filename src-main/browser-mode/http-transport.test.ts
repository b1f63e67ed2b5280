import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempBackend, tempDir } from '../../tests/unit/support/temp-vault'
import { RESTORE_CHUNK_BYTES } from '../shared/backup/backup-limits'
import { startBrowserServer, type BrowserServer } from './http-transport'

let server: BrowserServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

async function start() {
  const base = tempDir()
  const rendererDir = join(base, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(base, 'secret.txt'), 'secret') // beside the bundle: one `..` away
  const backend = tempBackend()
  server = await startBrowserServer({ backend, rendererDir })
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
    headers: { 'Content-Type': 'application/json', 'X-Api-Token': server!.token, ...headers },
    body: JSON.stringify({ name, input }),
  })

describe('browser-mode HTTP transport', () => {
  it('listens on loopback only and serves the API with the token', async () => {
    await start()
    expect(server!.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const response = await invoke('vault-status', {})
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { state: 'no-vault', retryAfterSeconds: 0 } })
  })

  it('refuses calls without the right token, from another origin, or for another host name', async () => {
    await start()
    expect((await invoke('vault-status', {}, { 'X-Api-Token': 'wrong' })).status).toBe(401)
    expect((await invoke('vault-status', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await invoke('vault-status', {}, { Host: 'evil.example:80' })).status).toBe(421)
    expect((await send({ path: '/api/invoke', method: 'GET' })).status).toBe(405)
    expect((await send({ path: '/api/events?token=wrong' })).status).toBe(401)
  })

  it('answers malformed bodies with a typed error and never crashes', async () => {
    await start()
    const response = await send({
      path: '/api/invoke',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Token': server!.token },
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
