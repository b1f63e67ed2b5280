import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical'
import { formDefinitions } from './registry'

/** Rebuilds an object with its keys in reverse insertion order, recursively. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reverseKeys(item)]),
    )
  }
  return value
}

describe('canonicalJson', () => {
  it('sorts keys recursively and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}')
  })

  it('normalises what JSON cannot tell apart', () => {
    expect(canonicalJson({ a: undefined, b: -0, c: Number.NaN, d: [undefined] })).toBe('{"b":0,"c":null,"d":[null]}')
  })

  it('rejects values that would not round-trip', () => {
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError)
    expect(() => canonicalJson({ a: new Date(0) })).toThrow(TypeError)
    const circular: Record<string, unknown> = {}
    circular['self'] = circular
    expect(() => canonicalJson(circular)).toThrow(TypeError)
  })

  it('allows the same object twice when it is not circular', () => {
    const shared = { x: 1 }
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
  })

  it('is independent of key order and round-trips (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const canonical = canonicalJson(value)
        expect(canonicalJson(reverseKeys(value))).toBe(canonical)
        expect(canonicalJson(JSON.parse(canonical))).toBe(canonical)
      }),
    )
  })

  it('is stable for every form’s empty values (hash input must not drift)', () => {
    for (const def of formDefinitions) {
      expect(canonicalJson(def.emptyValues())).toBe(canonicalJson(reverseKeys(def.emptyValues())))
    }
    expect(canonicalJson({ clientName: 'Åsa Öberg', note: 'rivi\nrivi' })).toBe(
      '{"clientName":"Åsa Öberg","note":"rivi\\nrivi"}',
    )
  })
})
