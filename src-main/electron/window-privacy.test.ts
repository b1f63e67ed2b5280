import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BackendEvent } from '../shared/api'
import { guardWindowPrivacy, PAGE_LOCK_GRACE_MS } from './window-privacy'

function fakeWindow() {
  const window = Object.assign(new EventEmitter(), {
    protection: [] as boolean[],
    sent: [] as unknown[],
    setContentProtection(on: boolean) {
      window.protection.push(on)
    },
    webContents: { send: (_channel: string, event: unknown) => window.sent.push(event) },
  })
  return window
}

function fakeBackend() {
  const listeners = new Set<(event: BackendEvent) => void>()
  return {
    emit: (event: BackendEvent) => listeners.forEach((listener) => listener(event)),
    onEvent(listener: (event: BackendEvent) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    lock: vi.fn(),
  }
}

afterEach(() => vi.useRealTimers())

describe('window privacy', () => {
  it('hides the window from screen capture from the start, until Settings allow capture', () => {
    const window = fakeWindow()
    const backend = fakeBackend()
    guardWindowPrivacy(window as never, backend)
    expect(window.protection).toEqual([true])
    backend.emit({ name: 'privacy-changed', allowScreenCapture: true, lockOnMinimise: false })
    backend.emit({ name: 'privacy-changed', allowScreenCapture: false, lockOnMinimise: false })
    expect(window.protection).toEqual([true, false, true])
  })

  it('on minimise, asks the page to lock (drafts first) and locks the core itself if the page does not', () => {
    vi.useFakeTimers()
    const window = fakeWindow()
    const backend = fakeBackend()
    guardWindowPrivacy(window as never, backend)
    window.emit('minimize')
    expect(window.sent).toEqual([]) // not chosen in Settings
    backend.emit({ name: 'privacy-changed', allowScreenCapture: false, lockOnMinimise: true })
    window.emit('minimize')
    expect(window.sent).toEqual([{ name: 'lock-requested' }])
    vi.advanceTimersByTime(PAGE_LOCK_GRACE_MS)
    expect(backend.lock).toHaveBeenCalledTimes(1)

    // The page locked in time: no second lock later (a quick unlock stays open).
    window.emit('minimize')
    backend.emit({ name: 'vault-locked' })
    vi.advanceTimersByTime(PAGE_LOCK_GRACE_MS)
    expect(backend.lock).toHaveBeenCalledTimes(1)
  })
})
