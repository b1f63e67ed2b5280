import { useEffect } from 'react'

/**
 * While `unsaved`, reloading or closing the page asks first (the browser's own question; in the desktop app the shell
 * turns it into a native dialog, see src-main/electron/page-guards.ts). Moving inside the app keeps the input in
 * memory instead (the calculator's and the new client's in-memory drafts), so only leaving the page loses it.
 */
export function useWarnBeforeUnload(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers and Electron ask only when returnValue is set.
      event.returnValue = true
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [unsaved])
}
