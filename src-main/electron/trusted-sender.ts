export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** True for the app's own bundle URL (and, in development, the electron-vite dev server). */
export function isTrustedAppUrl(rawUrl: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (devServerUrl) {
    const dev = new URL(devServerUrl)
    return url.origin === dev.origin
  }
  return false
}
