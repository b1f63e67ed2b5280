import { describe, expect, it } from 'vitest'
import { developmentOptions } from './development'

describe('development mode', () => {
  it('is off unless the flag is set in an unpackaged run; only then is the dev server trusted', () => {
    const url = 'http://localhost:5173'
    expect(developmentOptions({ ELECTRON_RENDERER_URL: url }, false)).toEqual({
      devTools: false,
      devServerUrl: undefined,
    })
    expect(developmentOptions({ ELECTRON_RENDERER_URL: url, TYOHONVALMENTAJA_DEVELOPMENT: '1' }, true)).toEqual({
      devTools: false,
      devServerUrl: undefined,
    })
    expect(
      developmentOptions({ ELECTRON_RENDERER_URL: url, TYOHONVALMENTAJA_DEVELOPMENT: 'true' }, false).devTools,
    ).toBe(false)
    expect(developmentOptions({ ELECTRON_RENDERER_URL: url, TYOHONVALMENTAJA_DEVELOPMENT: '1' }, false)).toEqual({
      devTools: true,
      devServerUrl: url,
    })
  })
})
