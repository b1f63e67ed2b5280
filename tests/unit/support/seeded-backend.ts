import type { Backend } from '../../../src-main/core/backend'
import type { Invoke } from '../../support/seeded-caseload'
import { tempBackend, TEST_PASSPHRASE } from './temp-vault'

/** The whole core on a new, unlocked vault, and an `invoke` that returns the value or throws the failure. */
export async function openBackend(): Promise<{ backend: Backend; invoke: Invoke }> {
  const backend = tempBackend()
  const invoke: Invoke = async (name, input) => {
    const result = await backend.invoke(name, input)
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`)
    return result.value as never
  }
  const { recoveryKey } = await invoke('vault-create', { passphrase: TEST_PASSPHRASE })
  await invoke('vault-recovery-key-confirm', { recoveryKey })
  return { backend, invoke }
}
