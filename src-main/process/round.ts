/**
 * Rounds half away from zero to `decimals` places. toPrecision(15) first strips binary noise
 * (0.0005 * 1000 = 0.49999999999999994) so that a true half rounds up.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals
  const scaled = Number((Math.abs(value) * factor).toPrecision(15))
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor
  return rounded === 0 ? 0 : rounded
}

/** numerator / denominator to 3 decimals (spec: rates); null when the denominator is 0. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : roundHalfAwayFromZero(numerator / denominator, 3)
}

/** Median (mean of the two middle values when the count is even), 1 decimal; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = values.toSorted((a, b) => a - b)
  const middle = sorted.length >> 1
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return roundHalfAwayFromZero(value, 1)
}
