import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/** Marks the page as fully rendered for the desktop app's hidden print window (print.ts waits for it). */
export function usePrintReady(ready: boolean) {
  useEffect(() => {
    if (!ready) return
    document.body.dataset.printReady = 'true'
    return () => {
      delete document.body.dataset.printReady
    }
  }, [ready])
}

/**
 * Marks the page ready (as usePrintReady) and, when it was opened by "Tulosta" in the browser (`usePrintRoute`),
 * opens the browser's print dialog once.
 */
export function useAutoPrint(ready: boolean) {
  const location = useLocation()
  const printed = useRef(false)
  usePrintReady(ready)
  useEffect(() => {
    if (!ready || printed.current || !(location.state as { autoPrint?: boolean } | null)?.autoPrint) return
    printed.current = true
    window.setTimeout(() => window.print(), 100)
  }, [ready, location.state])
}
