import { z } from 'zod'
import type {
  CalcInput,
  CalcResult,
  IncomeSummary,
  ParameterRow,
  ParameterTable,
  PensionBreakEven,
  YearView,
  YearViewMonth,
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
import type { PensionKeepingWage } from '../calculator/keep-pension'
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
  /** when the wage stops a pension: what the highest wage that keeps it gives (saved since v2) */
  keepPension?: PensionKeepingWage
}

/**
 * A saved result as it may be stored: calculations saved before engine v2 lack the fields v2 added (the
 * garnished amount without the job, the 12-month view's work trials, notes and enforcement totals). Screens that show
 * saved calculations take this type, so the compiler makes them handle the missing fields.
 */
export type StoredCalculationResult = Omit<SavedCalculationResult, 'summary' | 'yearView'> & {
  summary: StoredIncomeSummary
  yearView?: StoredYearView
}
export type StoredIncomeSummary = Omit<IncomeSummary, 'garnishedBefore'> & { garnishedBefore?: number }
export type StoredYearViewMonth = Omit<YearViewMonth, 'workTrial' | 'notes'> &
  Partial<Pick<YearViewMonth, 'workTrial' | 'notes'>>
export type StoredYearView = Omit<YearView, 'months' | 'totals'> & {
  months: StoredYearViewMonth[]
  totals: Omit<YearView['totals'], 'garnished' | 'garnishedBefore'> &
    Partial<Pick<YearView['totals'], 'garnished' | 'garnishedBefore'>>
}

export type SavedCalculation = SavedCalculationInput &
  StoredCalculationResult & {
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
