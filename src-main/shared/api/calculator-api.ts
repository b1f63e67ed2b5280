import { z } from 'zod'
import type {
  CalcInput,
  CalcResult,
  IncomeSummary,
  ParameterRow,
  ParameterTable,
  PensionBreakEven,
  YearView,
} from '../../benefits'
import {
  clientBenefitsSchema,
  parameterOverrideInputSchema,
  saveCalculationSchema,
  type ClientBenefits,
  type ParameterOverride,
  type WageEntry,
  type YearPlan,
} from '../calculator/calculator-schema'
import { endpoint } from './endpoint'

export type RecordedClientBenefits = ClientBenefits & { updatedAt: string }

/** What a saved calculation's input holds: the engine input and how the coach entered it. */
export type SavedCalculationInput = { input: CalcInput; wageEntry?: WageEntry; yearPlan?: YearPlan }

/** What the core computed for a saved calculation. */
export type SavedCalculationResult = {
  result: CalcResult
  summary: IncomeSummary
  breakEven: PensionBreakEven[]
  yearView?: YearView
}

export type SavedCalculation = SavedCalculationInput &
  SavedCalculationResult & {
    id: string
    clientId: string
    month: string
    createdAt: string
    /** the parameter rows the calculation read, exactly as they were then */
    parameters: ParameterRow[]
  }

export type SavedCalculationListItem = {
  id: string
  month: string
  createdAt: string
  grossMonthly: number
  totalBefore: number
  totalAfter: number
  change: number
}

const clientId = z.object({ clientId: z.uuid() })

export const calculatorApi = {
  /** The parameter table every calculation uses (built-in rows + the coach's updates) and the updates themselves. */
  'calculator-parameters': endpoint<{ table: ParameterTable; overrides: ParameterOverride[] }>()(z.object({})),
  'calculator-parameter-add': endpoint<ParameterOverride>()(parameterOverrideInputSchema),
  'calculator-client-benefits-get': endpoint<RecordedClientBenefits | null>()(clientId),
  'calculator-client-benefits-set': endpoint<RecordedClientBenefits>()(
    clientBenefitsSchema.extend({ clientId: z.uuid() }),
  ),
  'calculator-save': endpoint<SavedCalculation>()(saveCalculationSchema),
  'calculator-list': endpoint<SavedCalculationListItem[]>()(clientId),
  'calculator-get': endpoint<SavedCalculation>()(z.object({ id: z.uuid() })),
}
