import { describe, expect, it } from 'vitest'
import { clientInputSchema } from '../clients/client-schema'
import { hasUnsafeCharacters, personName } from './safe-text'

describe('names', () => {
  it('refuse control and bidi-override characters, and keep every letter a Finnish or foreign name needs', () => {
    for (const bad of ['Aino\u0000', 'Ai\u202eno', 'Aino\u2066x\u2069', 'A\u001bino', 'Ai\nno', 'A\u0085ino']) {
      expect(hasUnsafeCharacters(bad), JSON.stringify(bad)).toBe(true)
      expect(personName(100).safeParse(bad).error?.issues[0]?.message).toBe('errors.unsafeCharacters')
    }
    for (const good of ['Äijälä-Öhman', "O'Brien", 'Nguyễn Văn An', 'محمد', 'Ζωή']) {
      expect(personName(100).parse(good)).toBe(good)
    }
    expect(
      clientInputSchema.safeParse({ firstName: 'Aino', lastName: 'Virtanen\u202e', status: 'active' }).success,
    ).toBe(false)
  })
})
