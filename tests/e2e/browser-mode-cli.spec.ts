import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { portRefusesConnections, processExists, startServerProcess } from './support/core-process'
import { expect, test } from './support/fixtures'

// `npm run start:browser` runs the CLI as `node --import tsx src-main/browser-mode/cli.ts`: one process, which must
// close the vault and end when the coach presses Ctrl+C, the process is terminated, or the terminal closes.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  test(`browser mode serves the app and stops completely on ${signal}`, async ({ page }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-cli-'))
    const cli = await startServerProcess(['src-main/browser-mode/cli.ts'], {
      ...process.env,
      TYOHONVALMENTAJA_DATA_DIR: dataDir,
      PORT: '0',
    })
    try {
      await page.goto(cli.url)
      await expect(page.getByRole('heading', { name: 'Luo salattu tietokanta' })).toBeVisible()
      process.kill(cli.pid, signal)
      expect(await cli.exited).toBe(0)
      expect(processExists(cli.pid)).toBe(false)
      expect(await portRefusesConnections(cli.port)).toBe(true)
    } finally {
      await cli.kill()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
}
