import { describe, expect, it } from 'vitest'
import { clientDataFileName } from './file-name'

describe("a client's data file name", () => {
  it('is the day and the words of the app language, never a name', () => {
    expect(clientDataFileName('2026-03-02', 'fi')).toBe('asiakkaan-tiedot-2026-03-02.json')
    expect(clientDataFileName('2026-03-02', 'sv')).toBe('klientens-uppgifter-2026-03-02.json')
    expect(clientDataFileName('2026-03-02', 'en')).toBe('client-data-2026-03-02.json')
  })
})
