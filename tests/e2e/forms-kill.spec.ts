import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addClient } from './support/client-steps'
import { expect, test } from './support/fixtures'
import { openNewForm, waitForSaved } from './support/forms-steps'
import { createVault, unlock } from './support/vault-steps'

const ROOT = join(import.meta.dirname, '..', '..')

function startCore(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'tests', 'e2e', 'support', 'forms-server.ts'), dataDir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /URL (\S+)/.exec(output)
      if (match) resolve({ child, url: match[1]! })
    })
    child.on('exit', (code) => reject(new Error(`core exited with ${code}`)))
  })
}

test.describe.configure({ timeout: 120_000 })

test('a core killed with SIGKILL while the coach types keeps the draft up to the last save', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-kill-'))
  let core = await startCore(dataDir)
  try {
    await page.goto(core.url)
    await createVault(page)
    await addClient(page, { firstName: 'Aino', lastName: 'Virtanen' })
    await openNewForm(page, 'Työhönvalmennukseen ohjautuminen (lähete)')
    const field = page.getByLabel('Aiempi työkokemus lyhyesti')
    await field.focus()
    await page.keyboard.type('Kaupan kassatyötä 2015–2019', { delay: 20 })
    const typedAt = Date.now()
    await waitForSaved(page)
    // How long the last keystrokes were at risk: the debounce (500 ms) plus one save.
    const atRiskMs = Date.now() - typedAt
    test.info().annotations.push({ type: 'last keystroke → saved (ms)', description: String(atRiskMs) })
    console.log(`[forms-kill] last keystroke saved after ${atRiskMs} ms`)
    expect(atRiskMs).toBeLessThan(1500)

    core.child.kill('SIGKILL')
    await new Promise((resolve) => core.child.once('exit', resolve))

    core = await startCore(dataDir)
    await page.goto(core.url)
    await unlock(page)
    await page.getByRole('link', { name: 'Asiakkaat' }).click()
    await page.getByRole('link', { name: 'Aino Virtanen' }).click()
    await page.getByRole('button', { name: 'Jatka luonnosta: Työhönvalmennukseen ohjautuminen (lähete)' }).click()
    await expect(page.getByLabel('Aiempi työkokemus lyhyesti')).toHaveValue('Kaupan kassatyötä 2015–2019')
  } finally {
    core.child.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
})
