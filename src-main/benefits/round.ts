/** Benefit days in a month (spec §2): monthly amount of a daily benefit = round2(daily × 21.5). */
export const BENEFIT_DAYS_PER_MONTH = 21.5

// toPrecision(15) strips binary noise (1.005 * 100 = 100.49999999999999) before rounding.
function scaled(x: number): number {
  return Number((Math.abs(x) * 100).toPrecision(15))
}

/** Rounds to cents, half away from zero. */
export function round2(x: number): number {
  const r = (Math.sign(x) * Math.round(scaled(x))) / 100
  return r === 0 ? 0 : r
}

/** Rounds a non-negative number down to two decimals. */
export function floor2(x: number): number {
  const r = Math.floor(scaled(x)) / 100
  return r === 0 ? 0 : r
}

export function monthlyFromDaily(daily: number): number {
  return round2(daily * BENEFIT_DAYS_PER_MONTH)
}

/** Formats euros the Finnish way for explanation lines: 1 234,50 €. */
export function eur(x: number): string {
  const [int = '0', dec = '00'] = Math.abs(round2(x)).toFixed(2).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
  return `${x < 0 ? '−' : ''}${grouped},${dec}\u00a0€`
}

/** Formats a rate as a Finnish percentage: 0.4 → "40 %". */
export function pct(rate: number): string {
  return `${String(round2(rate * 100)).replace('.', ',')}\u00a0%`
}

/** Formats a plain number with a decimal comma. */
export function num(x: number): string {
  return String(round2(x)).replace('.', ',')
}
