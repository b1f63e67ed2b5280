/**
 * Runs async operations one at a time, in the order they were asked for. The vault's create, unlock, recovery,
 * passphrase change, recovery-key renewal and restore all read and rewrite the key file around a slow key
 * derivation; run side by side they would overwrite each other's counters and keys.
 */
export class OperationQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(operation: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(operation)
    this.tail = result.catch(() => undefined)
    return result
  }
}
