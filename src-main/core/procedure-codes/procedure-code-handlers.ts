import { procedureCodesApi } from '../../shared/api/procedure-codes-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { addProcedureCode, endProcedureCode, listProcedureCodes } from './procedure-code-service'

export function procedureCodeHandlers(vault: Vault) {
  return implement(procedureCodesApi, {
    'procedure-codes-list': () => listProcedureCodes(vault.db),
    'procedure-codes-add': (input) => addProcedureCode(vault.db, { ...input, validTo: input.validTo ?? null }),
    'procedure-codes-end': ({ id, validTo }) => endProcedureCode(vault.db, id, validTo),
  })
}
