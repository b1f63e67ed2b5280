/**
 * Work that must finish before the vault locks (autosaved drafts). Each callback gets a short time;
 * locking never waits on a hung save for long.
 */
const flushers = new Set<() => Promise<void> | void>()

export function registerBeforeLock(flush: () => Promise<void> | void): () => void {
  flushers.add(flush)
  return () => flushers.delete(flush)
}

export async function runBeforeLock(timeoutMs = 2000) {
  const all = Promise.allSettled([...flushers].map(async (flush) => flush()))
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs))])
}
