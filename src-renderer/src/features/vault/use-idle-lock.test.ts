import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useIdleLock } from './use-idle-lock'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('idle lock', () => {
  it('locks after the set minutes without activity; any key or pointer movement starts the time again', () => {
    const lock = vi.fn()
    renderHook(() => useIdleLock(true, lock, 5))
    vi.advanceTimersByTime(4 * 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    vi.advanceTimersByTime(4 * 60_000)
    expect(lock).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000 + 15_000)
    expect(lock).toHaveBeenCalled()
  })

  it('uses the minutes from Settings, and nothing while locked', () => {
    const lock = vi.fn()
    const { rerender } = renderHook(({ active, minutes }) => useIdleLock(active, lock, minutes), {
      initialProps: { active: false, minutes: 1 },
    })
    vi.advanceTimersByTime(10 * 60_000)
    expect(lock).not.toHaveBeenCalled()
    rerender({ active: true, minutes: 1 })
    vi.advanceTimersByTime(45_000)
    expect(lock).not.toHaveBeenCalled()
    vi.advanceTimersByTime(15_000)
    expect(lock).toHaveBeenCalled()
  })

  it('checks at once when a hidden tab is shown again after the idle time', () => {
    const lock = vi.fn()
    renderHook(() => useIdleLock(true, lock, 2))
    setVisibility('hidden')
    // A hidden tab's timers may not run at all meanwhile: only the clock moves.
    vi.setSystemTime(Date.now() + 3 * 60_000)
    expect(lock).not.toHaveBeenCalled()
    setVisibility('visible')
    expect(lock).toHaveBeenCalledTimes(1)
  })
})
