import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The Electron executable if it has been downloaded, else null. Reads electron's own path.txt without requiring it (requiring it starts a download). */
export function electronBinary(root = process.cwd()) {
  const packageDir = join(root, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}
