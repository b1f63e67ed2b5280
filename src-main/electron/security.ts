import { app, session, type WebContents } from 'electron'
import { openKnownSource } from './page-guards'
import { isTrustedAppUrl } from './trusted-sender'

/**
 * The one permission the app's own pages get: writing text to the clipboard ("Kopioi potilaskertomukseen"), which
 * Chromium allows only during a click. Reading the clipboard and everything else stays denied.
 */
export function isAllowedPermission(permission: string, requestingUrl: string, devServerUrl?: string): boolean {
  return permission === 'clipboard-sanitized-write' && isTrustedAppUrl(requestingUrl, devServerUrl)
}

/** Nothing leaves the app's bundle: no navigation, no new windows, no webviews, no other permissions, no network (the
 *  cited public sources open in the system browser, see page-guards.ts). */
export function hardenSessionAndContents(devServerUrl: string | undefined) {
  const defaultSession = session.defaultSession
  defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details?.requestingUrl ?? '', devServerUrl)),
  )
  defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin, devServerUrl),
  )
  defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isTrustedAppUrl(details.url, devServerUrl) ||
      details.url.startsWith('devtools:') ||
      (devServerUrl !== undefined && details.url.startsWith(devServerUrl.replace(/^http/, 'ws')))
    callback({ cancel: !allowed })
  })
  app.on('web-contents-created', (_event, contents) => guardContents(contents))
}

function guardContents(contents: WebContents) {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // No new windows; a calculator source link opens in the system browser when it is one of the cited pages.
  contents.setWindowOpenHandler(({ url }) => {
    openKnownSource(url)
    return { action: 'deny' }
  })
}
