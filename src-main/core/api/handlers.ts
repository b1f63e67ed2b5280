import type { z } from 'zod'
import { backupHandlers } from '../backup/backup-handlers'
import { calculatorHandlers } from '../calculator/calculator-handlers'
import { clientHandlers } from '../clients/client-handlers'
import { formHandlers } from '../forms/form-handlers'
import { settingsHandlers } from '../settings/settings-handlers'
import { vaultHandlers } from '../vault/vault-handlers'
import type { Vault } from '../vault/vault'

/** The whole API of the core: every method the renderer can call, by name. */
export function createHandlers(vault: Vault) {
  return {
    ...vaultHandlers(vault),
    ...clientHandlers(vault),
    ...formHandlers(vault),
    ...calculatorHandlers(vault),
    ...settingsHandlers(vault),
    ...backupHandlers(vault),
  }
}

type Handlers = ReturnType<typeof createHandlers>
export type MethodName = keyof Handlers

/** What the renderer sees: each method's input (before parsing) and its resolved output. */
export type Api = {
  [Name in MethodName]: {
    input: z.input<Handlers[Name]['input']>
    output: Awaited<ReturnType<Handlers[Name]['handler']>>
  }
}
