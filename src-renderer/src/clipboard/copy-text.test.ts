import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearCopiedText, copyText } from './copy-text'

let clipboard = ''
let readable = true

beforeEach(() => {
  vi.useFakeTimers()
  clipboard = ''
  readable = true
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        clipboard = text
      },
      readText: async () => {
        if (!readable) throw new DOMException('denied', 'NotAllowedError')
        return clipboard
      },
    },
  })
})
afterEach(() => vi.useRealTimers())

describe('copying the patient-record text (browser mode)', () => {
  it('clears it after 30 seconds when it is still there', async () => {
    expect(await copyText('Käynti 2.3.2026')).toBe(true)
    await vi.advanceTimersByTimeAsync(29_000)
    expect(clipboard).toBe('Käynti 2.3.2026')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(clipboard).toBe('')
  })

  it("leaves the coach's own later copy alone", async () => {
    await copyText('Käynti 2.3.2026')
    clipboard = 'oma teksti'
    await vi.advanceTimersByTimeAsync(30_000)
    expect(clipboard).toBe('oma teksti')
  })

  it('clears it when the browser will not let the page read the clipboard, and at lock', async () => {
    readable = false
    await copyText('Käynti 2.3.2026')
    await vi.advanceTimersByTimeAsync(30_000)
    expect(clipboard).toBe('')
    readable = true
    await copyText('Toinen')
    await clearCopiedText()
    expect(clipboard).toBe('')
  })
})
