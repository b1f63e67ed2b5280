import { useEffect } from 'react'

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const
/** How often the time since the last activity is looked at (a hidden tab's timers may run only once a minute). */
const CHECK_EVERY_MS = 15_000

/**
 * Locks after `minutes` without keyboard, mouse or touch in the app (KeePassXC/Bitwarden habit; Settings, 1–60, default
 * 5). A hidden window or browser tab has no activity, so it locks after the same time; when it shows again, the time
 * is checked at once, before the coach works on.
 */
export function useIdleLock(active: boolean, lock: () => void, minutes: number) {
  useEffect(() => {
    if (!active) return
    let lastActivity = Date.now()
    const touch = () => {
      lastActivity = Date.now()
    }
    const check = () => {
      if (Date.now() - lastActivity >= minutes * 60_000) lock()
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check()
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true })
    document.addEventListener('visibilitychange', onVisibility)
    const timer = window.setInterval(check, CHECK_EVERY_MS)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisibility)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch)
    }
  }, [active, lock, minutes])
}
