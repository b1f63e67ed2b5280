/**
 * What the core tells the renderer (and the Electron shell) without being asked. `privacy-changed`: the window
 * settings at unlock and whenever they change. `lock-requested`: the shell asks the page to lock (it flushes its
 * drafts first); the shell locks the core itself if the page does not.
 */
export type BackendEvent =
  | { name: 'vault-locked' }
  | { name: 'privacy-changed'; lockOnMinimise: boolean; allowScreenCapture: boolean }
  | { name: 'lock-requested' }
