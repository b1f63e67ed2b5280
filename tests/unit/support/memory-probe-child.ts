/**
 * A core in its own process for the memory test: reads one JSON request a line from stdin
 * ({ name, input } for the API, { name: 'gc' } to collect garbage), answers one JSON line on stdout.
 * Secrets arrive as JSON text, as they do through the real transports; none is written in this file.
 */
import { createInterface } from 'node:readline'
import { createBackend } from '../../../src-main/core/backend'
import { TEST_SCRYPT } from '../../support/test-core'

const [dataDir, migrationsDir] = process.argv.slice(2)
const backend = createBackend({ dataDir: dataDir!, migrationsDir: migrationsDir!, scrypt: TEST_SCRYPT })
const gc = (globalThis as { gc?: () => void }).gc

for await (const line of createInterface({ input: process.stdin })) {
  const request = JSON.parse(line) as { name: string; input?: unknown }
  if (request.name === 'gc') {
    for (let i = 0; i < 3; i++) gc?.()
    await new Promise((resolve) => setTimeout(resolve, 50))
    process.stdout.write(`${JSON.stringify({ ok: true, value: gc !== undefined })}\n`)
    continue
  }
  process.stdout.write(`${JSON.stringify(await backend.invoke(request.name, request.input))}\n`)
}
