// Timing helpers for `npm run bench`.

/** The p-th percentile (0–100) of the values, nearest rank. */
export function percentile(values: number[], p: number) {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/** Runs fn a few times to warm up, then `samples` times, and returns each run's milliseconds. */
export function sampleMs(fn: () => void, samples: number, warmUp = 3): number[] {
  for (let i = 0; i < warmUp; i++) fn()
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return times
}
