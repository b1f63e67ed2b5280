import type { Vault } from '../vault/vault'

export function formHandlers(_vault: Vault) {
  return {}
}
