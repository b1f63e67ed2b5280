import { z } from 'zod'
import {
  clientBenefitsSchema,
  parameterOverrideInputSchema,
  saveCalculationSchema,
} from '../../shared/calculator/calculator-schema'
import { method } from '../api/define-method'
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

const clientId = z.object({ clientId: z.uuid() })

export function calculatorHandlers(vault: Vault) {
  return {
    /** The parameter table every calculation uses (built-in rows + the coach's updates) and the updates themselves. */
    'calculator-parameters': method(z.object({}), () => ({
      table: currentParameterTable(vault.db),
      overrides: listParameterOverrides(vault.db),
    })),
    'calculator-parameter-add': method(parameterOverrideInputSchema, (fields) =>
      addParameterOverride(vault.db, fields),
    ),
    'calculator-client-benefits-get': method(clientId, ({ clientId }) => getClientBenefits(vault.db, clientId)),
    'calculator-client-benefits-set': method(
      clientBenefitsSchema.extend({ clientId: z.uuid() }),
      ({ clientId, ...fields }) => setClientBenefits(vault.db, clientId, fields),
    ),
    'calculator-save': method(saveCalculationSchema, (fields) => saveCalculation(vault.db, vault.sqlite, fields)),
    'calculator-list': method(clientId, ({ clientId }) => listCalculations(vault.db, clientId)),
    'calculator-get': method(z.object({ id: z.uuid() }), ({ id }) => getCalculation(vault.db, id)),
  }
}
