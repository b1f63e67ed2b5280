import { calculatorApi } from '../../shared/api/calculator-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import {
  addParameterOverride,
  currentParameterTable,
  getCalculation,
  getClientBenefits,
  listCalculations,
  listParameterOverrides,
  saveCalculation,
  setClientBenefits,
} from './calculator-service'

export function calculatorHandlers(vault: Vault) {
  return implement(calculatorApi, {
    'calculator-parameters': () => ({
      table: currentParameterTable(vault.db),
      overrides: listParameterOverrides(vault.db),
    }),
    'calculator-parameter-add': (fields) => addParameterOverride(vault.db, fields),
    'calculator-client-benefits-get': ({ clientId }) => getClientBenefits(vault.db, clientId),
    'calculator-client-benefits-set': ({ clientId, ...fields }) => setClientBenefits(vault.db, clientId, fields),
    'calculator-save': (fields) => saveCalculation(vault.db, vault.sqlite, fields),
    'calculator-list': ({ clientId }) => listCalculations(vault.db, clientId),
    'calculator-get': ({ id }) => getCalculation(vault.db, id),
  })
}
