// CSV as Finnish Excel opens it: semicolons, decimal commas, CRLF lines and a byte order mark for UTF-8.

export type CsvCell = string | number | null

/** 0.3 → '0,3'; whole numbers as they are; null → ''. */
export function csvNumber(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',')
}

function cell(value: CsvCell): string {
  const text = typeof value === 'number' ? csvNumber(value) : (value ?? '')
  // A leading =, +, - or @ would be read as a formula by a spreadsheet: quote it with a leading apostrophe.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function csvText(lines: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${lines.map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`
}
