import { useEffect } from 'react'

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
