/**
 * Deterministic JSON for content hashes: object keys sorted (by UTF-16 code units, as Array.sort does),
 * array order kept, undefined object members dropped, undefined array items and non-finite numbers → null,
 * -0 → 0. Throws on values JSON cannot represent faithfully (bigint, functions, symbols, class instances).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value, new Set()))
}

function normalise(value: unknown, seen: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null
  if (value === undefined) return null
  if (typeof value !== 'object') throw new TypeError(`canonicalJson: unsupported ${typeof value}`)
  if (seen.has(value)) throw new TypeError('canonicalJson: circular structure')
  seen.add(value)
  try {
    if (Array.isArray(value)) return value.map((item) => normalise(item, seen))
    const prototype = Object.getPrototypeOf(value)
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError('canonicalJson: only plain objects and arrays are supported')
    }
    const record = value as Record<string, unknown>
    const result: Record<string, unknown> = {}
    for (const key of Object.keys(record).sort()) {
      if (record[key] !== undefined) result[key] = normalise(record[key], seen)
    }
    return result
  } finally {
    seen.delete(value)
  }
}
