import { randomUUID } from 'node:crypto'
import { asc, desc, eq } from 'drizzle-orm'
import {
  CalcInputError,
  DEFAULT_PARAMETER_TABLE,
  applyParameterOverrides,
  breakEven,
  calculateEarningsImpact,
  calculateYearView,
  incomeSummary,
  parameterRowId,
  type ParameterKey,
  type ParameterRow,
  type ParameterTable,
  type YearView,
} from '../../benefits'
import {
  PARAMETER_UNITS,
  clientBenefitsSchema,
  type ClientBenefits,
  type ParameterOverride,
  type SaveCalculationInput,
} from '../../shared/calculator/calculator-schema'
import { pensionKeepingWage } from '../../shared/calculator/keep-pension'
import { tableForYearView } from '../../shared/calculator/year-plan'
import type {
  RecordedClientBenefits,
  SavedCalculation,
  SavedCalculationInput,
  SavedCalculationListItem,
  SavedCalculationResult,
  StoredCalculationResult,
} from '../../shared/api/calculator-api'
import { ApiError } from '../api/api-error'
import type { Db, Sqlite } from '../db/open-database'
import { benefitParameterOverrides, clientBenefits, clients, savedCalculations } from '../db/schema'

export type ParameterOverrideFields = {
  key: ParameterKey
  validFrom: string
  value: number
  status: 'verified' | 'estimated'
  source: string
  note?: string
  changedBy: string
}

// ---- Parameters ------------------------------------------------------------------------------

/** The coach's updates, oldest first (append-only: for the same key and date the newest wins). */
export function listParameterOverrides(db: Db): ParameterOverride[] {
  return db
    .select()
    .from(benefitParameterOverrides)
    .orderBy(asc(benefitParameterOverrides.changedAt), asc(benefitParameterOverrides.id))
    .all()
    .map((row) => {
      const override: ParameterOverride = {
        id: row.id,
        key: row.key as ParameterKey,
        validFrom: row.validFrom,
        value: row.value,
        unit: row.unit as ParameterRow['unit'],
        status: row.status,
        source: row.source,
        changedBy: row.changedBy ?? '',
        changedAt: row.changedAt,
      }
      if (row.note) override.note = row.note
      return override
    })
}

/** The built-in table with the coach's updates layered on it: what every calculation uses. */
export function currentParameterTable(db: Db): ParameterTable {
  const overrides = listParameterOverrides(db).map(({ id: _id, ...row }) => row)
  return applyParameterOverrides(DEFAULT_PARAMETER_TABLE, overrides)
}

export function addParameterOverride(db: Db, fields: ParameterOverrideFields, now = new Date()): ParameterOverride {
  const row = {
    id: randomUUID(),
    key: fields.key,
    validFrom: fields.validFrom,
    value: fields.value,
    unit: PARAMETER_UNITS[fields.key],
    status: fields.status,
    source: fields.source,
    note: fields.note ? fields.note : null,
    changedBy: fields.changedBy,
    changedAt: now.toISOString(),
  }
  db.insert(benefitParameterOverrides).values(row).run()
  return listParameterOverrides(db).find((override) => override.id === row.id)!
}

// ---- Client benefits -------------------------------------------------------------------------

export function getClientBenefits(db: Db, clientId: string): RecordedClientBenefits | null {
  requireClient(db, clientId)
  const row = db.select().from(clientBenefits).where(eq(clientBenefits.clientId, clientId)).get()
  if (!row) return null
  const parsed = clientBenefitsSchema.safeParse(JSON.parse(row.benefitsJson))
  if (!parsed.success) return null
  return { ...parsed.data, updatedAt: row.updatedAt }
}

export function setClientBenefits(
  db: Db,
  clientId: string,
  fields: ClientBenefits,
  now = new Date(),
): RecordedClientBenefits {
  requireClient(db, clientId)
  const updatedAt = now.toISOString()
  const benefitsJson = JSON.stringify(fields)
  db.insert(clientBenefits)
    .values({ clientId, benefitsJson, updatedAt })
    .onConflictDoUpdate({ target: clientBenefits.clientId, set: { benefitsJson, updatedAt } })
    .run()
  return { ...fields, updatedAt }
}

// ---- Saved calculations ----------------------------------------------------------------------

/** Runs the engine as the renderer does; engine input errors (CalcInputError, with the field path) become invalid-calculation. */
export function runCalculation(
  table: ParameterTable,
  saved: SavedCalculationInput,
): SavedCalculationResult & { parameters: ParameterRow[] } {
  try {
    const result = calculateEarningsImpact(saved.input, { parameters: table })
    const hourly =
      saved.wageEntry?.mode === 'hourly' && saved.wageEntry.hourlyWage > 0 ? saved.wageEntry.hourlyWage : undefined
    const used = new Map<string, ParameterRow>()
    for (const row of result.parametersUsed ?? []) used.set(parameterRowId(row), row)
    let yearView: YearView | undefined
    if (saved.yearPlan) {
      const { month: _month, wage, ...base } = saved.input
      const { grossMonthly: _gross, netMonthly: _net, ...wageRest } = wage
      yearView = calculateYearView(
        {
          startMonth: saved.yearPlan.startMonth,
          grossWages: saved.yearPlan.grossWages,
          base: { ...base, wage: wageRest },
        },
        { parameters: tableForYearView(table, saved.yearPlan.startMonth).table },
      )
      for (const month of yearView.months) {
        for (const row of month.result.parametersUsed ?? []) used.set(parameterRowId(row), row)
        delete month.result.parametersUsed
      }
    }
    const { parametersUsed: _used, ...resultWithoutParameters } = result
    const limits = breakEven(saved.input, hourly, { parameters: table })
    const keepPension = pensionKeepingWage(saved.input, result, limits, { parameters: table })
    return {
      result: resultWithoutParameters,
      summary: incomeSummary(saved.input, result),
      breakEven: limits,
      ...(yearView ? { yearView } : {}),
      ...(keepPension ? { keepPension } : {}),
      parameters: [...used.values()].sort(
        (a, b) => a.key.localeCompare(b.key) || a.validFrom.localeCompare(b.validFrom),
      ),
    }
  } catch (error) {
    if (error instanceof CalcInputError) throw new ApiError('calculator/invalid-calculation', { path: error.path })
    throw error
  }
}

/**
 * Saves an immutable calculation for a client: the input, the result the core computes itself with
 * the current parameter table, and the parameter rows it used. The client's benefits are recorded
 * at the same time so the next calculation starts from them.
 */
export function saveCalculation(
  db: Db,
  sqlite: Sqlite,
  fields: SaveCalculationInput,
  now = new Date(),
): SavedCalculation {
  requireClient(db, fields.clientId)
  const saved: SavedCalculationInput = { input: fields.input }
  if (fields.wageEntry) saved.wageEntry = fields.wageEntry
  if (fields.yearPlan) saved.yearPlan = fields.yearPlan
  const { parameters, ...computed } = runCalculation(currentParameterTable(db), saved)
  const id = randomUUID()
  const createdAt = now.toISOString()
  sqlite.transaction(() => {
    db.insert(savedCalculations)
      .values({
        id,
        clientId: fields.clientId,
        month: fields.input.month,
        inputJson: JSON.stringify(saved),
        resultJson: JSON.stringify(computed),
        parametersJson: JSON.stringify(parameters),
        createdAt,
      })
      .run()
    const household = fields.input.household
    setClientBenefits(
      db,
      fields.clientId,
      { benefits: fields.input.benefits, ...(household ? { household } : {}) },
      now,
    )
  })()
  return getCalculation(db, id)
}

export function getCalculation(db: Db, id: string): SavedCalculation {
  const row = db.select().from(savedCalculations).where(eq(savedCalculations.id, id)).get()
  if (!row) throw new ApiError('not-found')
  return {
    id: row.id,
    clientId: row.clientId,
    month: row.month,
    createdAt: row.createdAt,
    ...(JSON.parse(row.inputJson) as SavedCalculationInput),
    ...(JSON.parse(row.resultJson) as StoredCalculationResult),
    parameters: JSON.parse(row.parametersJson) as ParameterRow[],
  }
}

export function listCalculations(db: Db, clientId: string): SavedCalculationListItem[] {
  requireClient(db, clientId)
  return db
    .select()
    .from(savedCalculations)
    .where(eq(savedCalculations.clientId, clientId))
    .orderBy(desc(savedCalculations.createdAt))
    .all()
    .map((row) => {
      const input = JSON.parse(row.inputJson) as SavedCalculationInput
      const { summary } = JSON.parse(row.resultJson) as StoredCalculationResult
      return {
        id: row.id,
        month: row.month,
        createdAt: row.createdAt,
        grossMonthly: input.input.wage.grossMonthly,
        totalBefore: summary.totalBefore,
        totalAfter: summary.totalAfter,
        change: summary.change,
      }
    })
}

function requireClient(db: Db, clientId: string) {
  const row = db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get()
  if (!row) throw new ApiError('not-found')
}
