import { readFile, realpath } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

/**
 * Resolves a URL path to a file inside `root`, or null. Guards against `..`, encoded separators
 * and symlinks that lead outside the bundle. Used by both the Electron protocol and browser mode.
 */
export async function resolveBundleFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  let realRoot: string
  try {
    realRoot = await realpath(root)
  } catch {
    return null // no bundle built: nothing to serve
  }
  const candidate = resolve(realRoot, relative)
  if (candidate !== realRoot && !candidate.startsWith(realRoot + sep)) return null
  try {
    const real = await realpath(candidate)
    return real.startsWith(realRoot + sep) ? real : null
  } catch {
    return null
  }
}

export async function readBundleFile(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; contentType: string } | null> {
  const file = await resolveBundleFile(root, urlPath)
  if (!file) return null
  try {
    return { body: await readFile(file), contentType: MIME_TYPES[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
