import type { BrowserWindow } from 'electron'
import type { Backend } from '../core/backend'

/** How long the page gets to flush its drafts and lock itself before the core is locked anyway. */
export const PAGE_LOCK_GRACE_MS = 3000

/**
 * What the window does for the coach's privacy: screenshots, screen sharing and recording see a black window unless
 * capture is allowed in Settings (on from the start, before any setting is read); minimising locks when the coach
 * chose so. The settings arrive as the core's `privacy-changed` event at unlock and at every change.
 */
export function guardWindowPrivacy(window: BrowserWindow, backend: Pick<Backend, 'onEvent' | 'lock'>) {
  let lockOnMinimise = false
  window.setContentProtection(true)
  const stop = backend.onEvent((event) => {
    if (event.name !== 'privacy-changed') return
    window.setContentProtection(!event.allowScreenCapture)
    lockOnMinimise = event.lockOnMinimise
  })
  window.on('minimize', () => {
    if (lockOnMinimise) requestLock(window, backend)
  })
  window.on('closed', stop)
}

/**
 * Asks the page to lock (it saves its drafts first, as the lock button does); if it has not locked within the grace
 * time, the core locks by itself. A lock that happens meanwhile cancels the fallback, so a quick unlock stays open.
 */
export function requestLock(window: BrowserWindow, backend: Pick<Backend, 'onEvent' | 'lock'>) {
  const timer = setTimeout(() => {
    stop()
    backend.lock()
  }, PAGE_LOCK_GRACE_MS)
  const stop = backend.onEvent((event) => {
    if (event.name !== 'vault-locked') return
    clearTimeout(timer)
    stop()
  })
  window.webContents.send('api:event', { name: 'lock-requested' })
}
