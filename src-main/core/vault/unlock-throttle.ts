/** Seconds to wait after the nth wrong attempt in a row: none for the first three, then doubling up to a minute. */
export function delayAfterFailures(failedAttempts: number): number {
  if (failedAttempts < 3) return 0
  return Math.min(60, 2 ** (failedAttempts - 2))
}
