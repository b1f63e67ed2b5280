/** Every string in a tree of plain objects and arrays, with its path (class instances such as zod schemas skipped). */
export function stringsIn(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`))
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return []
  return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key))
}

/** Finnish typography: quotation marks are ” ”, never the typewriter's ". */
export function withStraightQuotes(strings: Array<[string, string]>): string[] {
  return strings.filter(([, text]) => text.includes('"')).map(([path, text]) => `${path}: ${text}`)
}
