import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/unit/support/temp-vault'
import { appModeArguments, findChromium, openAppBrowser, PROFILE_PREFERENCES } from './app-browser'

describe('browser mode in Chromium app mode', () => {
  it('finds Chromium where CHROMIUM_PATH says, or not at all', () => {
    const fake = join(tempDir(), 'chromium')
    writeFileSync(fake, '')
    expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake)
    expect(findChromium({ CHROMIUM_PATH: join(tempDir(), 'missing') })).toBeNull()
  })

  it('opens the address in an app window with its own profile', () => {
    expect(appModeArguments('http://127.0.0.1:5/?token=t', '/tmp/p')).toEqual(
      expect.arrayContaining(['--app=http://127.0.0.1:5/?token=t', '--user-data-dir=/tmp/p', '--disable-sync']),
    )
  })

  it('makes a profile without password manager or autofill, and removes it when the browser ends', async () => {
    // A stand-in browser: it copies the profile's preferences out, then waits to be closed.
    const folder = tempDir()
    const fake = join(folder, 'fake-chromium.sh')
    writeFileSync(
      fake,
      `#!/bin/sh\nfor a in "$@"; do case "$a" in --user-data-dir=*) p="\${a#--user-data-dir=}";; esac; done\n` +
        `cp "$p/Default/Preferences" "${folder}/seen.json"\nexec sleep 30\n`,
    )
    chmodSync(fake, 0o755)
    const browser = openAppBrowser(fake, 'http://127.0.0.1:5/')
    expect(existsSync(browser.profileDir)).toBe(true)
    for (let i = 0; i < 100 && !existsSync(join(folder, 'seen.json')); i++) await sleep(20)
    expect(JSON.parse(readFileSync(join(folder, 'seen.json'), 'utf8'))).toEqual(PROFILE_PREFERENCES)
    await browser.close()
    expect(existsSync(browser.profileDir)).toBe(false)
  })
})
