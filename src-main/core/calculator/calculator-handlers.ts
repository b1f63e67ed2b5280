import type { Vault } from '../vault/vault'

export function calculatorHandlers(_vault: Vault) {
  return {}
}
