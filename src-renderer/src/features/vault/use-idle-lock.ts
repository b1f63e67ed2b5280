import { useEffect } from 'react'

export const IDLE_LOCK_MINUTES = 15
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

/** Locks after a quarter of an hour without keyboard, mouse or touch in the app (KeePassXC/Bitwarden habit). */
export function useIdleLock(active: boolean, lock: () => void) {
  useEffect(() => {
    if (!active) return
    let lastActivity = Date.now()
    const touch = () => {
      lastActivity = Date.now()
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true })
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= IDLE_LOCK_MINUTES * 60_000) lock()
    }, 15_000)
    return () => {
      window.clearInterval(timer)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch)
    }
  }, [active, lock])
}
