/** Set to 1 by a developer to get devtools and the electron-vite dev server; never set for a coach. */
export const DEVELOPMENT_FLAG = 'TYOHONVALMENTAJA_DEVELOPMENT'

/**
 * Devtools and a renderer from ELECTRON_RENDERER_URL only with the explicit development flag in an unpackaged run.
 * "Unpackaged" alone is not enough: a coach may well run the app from a checkout (npm start).
 */
export function developmentOptions(
  env: NodeJS.ProcessEnv,
  isPackaged: boolean,
): { devTools: boolean; devServerUrl: string | undefined } {
  const enabled = !isPackaged && env[DEVELOPMENT_FLAG] === '1'
  return { devTools: enabled, devServerUrl: enabled ? env.ELECTRON_RENDERER_URL : undefined }
}
