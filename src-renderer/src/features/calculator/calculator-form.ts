import {
  BENEFIT_KIND_DESCRIPTIONS,
  BENEFIT_KIND_LIST,
  DEFAULT_PARAMETER_TABLE,
  addMonths,
  monthlyWageFromHourly,
  type Benefit,
  type BenefitKind,
  type CalcInput,
} from '@benefits'
import { calcInputSchema, type ClientBenefits, type WageEntry } from '@shared/calculator/calculator-schema'

export type NumberField = number | ''

/** One benefit row as the form holds it (every amount may be empty while the coach types). */
export type BenefitRow = {
  kind: BenefitKind
  variant: string
  monthlyAmount: NumberField
  dailyAmount: NumberField
  establishedEarnings: NumberField
  personalLimit: NumberField
  acceptedHousingCosts: NumberField
  otherGrossIncome: NumberField
  disabilityBased: boolean
}

export type CalcFormValues = {
  month: string
  wageMode: 'monthly' | 'hourly'
  grossMonthly: NumberField
  hourlyWage: NumberField
  hoursPerWeek: NumberField
  taxRatePercent: NumberField
  adults: NumberField
  children: NumberField
  enforcementDependants: NumberField
  benefits: BenefitRow[]
  yearOpen: boolean
  yearWages: NumberField[]
}

const ROW_FIELDS = new Set<string>([
  'variant',
  'monthlyAmount',
  'dailyAmount',
  'establishedEarnings',
  'personalLimit',
  'acceptedHousingCosts',
  'otherGrossIncome',
  'disabilityBased',
] satisfies Array<keyof BenefitRow>)

/**
 * The fields each kind of benefit asks for, in order: the engine's fields that the form has a row field for
 * (the engine's optional refinements such as netMonthly appear when BenefitRow gets them).
 */
export const BENEFIT_FIELDS = Object.fromEntries(
  BENEFIT_KIND_LIST.map((kind) => [
    kind,
    BENEFIT_KIND_DESCRIPTIONS[kind].fields
      .map((field) => field.name)
      .filter((name): name is keyof BenefitRow => ROW_FIELDS.has(name)),
  ]),
) as Record<BenefitKind, Array<keyof BenefitRow>>

export const OPTIONAL_BENEFIT_FIELDS = new Set<keyof BenefitRow>(
  BENEFIT_KIND_LIST.flatMap((kind) =>
    BENEFIT_KIND_DESCRIPTIONS[kind].fields.filter((field) => field.optional).map((field) => field.name),
  ).filter((name): name is keyof BenefitRow => ROW_FIELDS.has(name)),
)

export function defaultMonth(today = new Date()): string {
  const month = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`
  return month > DEFAULT_PARAMETER_TABLE.validThrough ? DEFAULT_PARAMETER_TABLE.validThrough : month
}

export function emptyBenefitRow(kind: BenefitKind): BenefitRow {
  return {
    kind,
    variant: BENEFIT_KIND_DESCRIPTIONS[kind].variants?.[0] ?? '',
    monthlyAmount: '',
    dailyAmount: '',
    establishedEarnings: '',
    personalLimit: '',
    acceptedHousingCosts: '',
    otherGrossIncome: '',
    disabilityBased: true,
  }
}

export function benefitToRow(benefit: Benefit): BenefitRow {
  const row = emptyBenefitRow(benefit.kind)
  for (const [key, value] of Object.entries(benefit)) {
    if (key !== 'kind' && value !== undefined) (row as Record<string, unknown>)[key] = value
  }
  return row
}

export function initialValues(recorded?: ClientBenefits | null, today = new Date()): CalcFormValues {
  return {
    month: defaultMonth(today),
    wageMode: 'monthly',
    grossMonthly: '',
    hourlyWage: '',
    hoursPerWeek: '',
    taxRatePercent: '',
    adults: recorded?.household?.adults ?? 1,
    children: recorded?.household?.children ?? 0,
    enforcementDependants: recorded?.household?.enforcementDependants ?? 0,
    benefits: recorded?.benefits.map(benefitToRow) ?? [],
    yearOpen: false,
    yearWages: Array.from({ length: 12 }, () => ''),
  }
}

const num = (value: NumberField | undefined): number | undefined =>
  value === '' || value === undefined || Number.isNaN(value) ? undefined : Number(value)

function rowToBenefit(row: BenefitRow): Record<string, unknown> {
  const benefit: Record<string, unknown> = { kind: row.kind }
  for (const field of BENEFIT_FIELDS[row.kind]) {
    if (field === 'variant') benefit.variant = row.variant
    else if (field === 'disabilityBased') benefit.disabilityBased = row.disabilityBased
    else {
      const value = num(row[field] as NumberField)
      if (value !== undefined || !OPTIONAL_BENEFIT_FIELDS.has(field)) benefit[field] = value
    }
  }
  return benefit
}

/** The monthly gross wage the form gives (hourly × hours × 52/12 in the hourly mode). */
export function grossMonthlyOf(values: CalcFormValues): number | undefined {
  if (values.wageMode === 'monthly') return num(values.grossMonthly)
  const hourly = num(values.hourlyWage)
  const hours = num(values.hoursPerWeek)
  if (hourly === undefined || hours === undefined || hourly < 0 || hours < 0) return undefined
  return monthlyWageFromHourly(hourly, hours)
}

/** Hourly wage for the break-even hours: given, or derived from the monthly wage and hours. */
export function hourlyWageOf(values: CalcFormValues): number | undefined {
  if (values.wageMode === 'hourly') {
    const hourly = num(values.hourlyWage)
    return hourly && hourly > 0 ? hourly : undefined
  }
  const gross = num(values.grossMonthly)
  const hours = num(values.hoursPerWeek)
  if (!gross || !hours) return undefined
  return gross / (hours * (52 / 12))
}

export function wageEntryOf(values: CalcFormValues): WageEntry {
  const hourly = num(values.hourlyWage)
  const hours = num(values.hoursPerWeek)
  return values.wageMode === 'hourly' && hourly !== undefined && hours !== undefined
    ? { mode: 'hourly', hourlyWage: hourly, hoursPerWeek: hours }
    : { mode: 'monthly' }
}

export type ParsedForm =
  | { ok: true; input: CalcInput }
  /** issues keyed by form field name (e.g. "benefits.0.monthlyAmount", "grossMonthly") */
  | { ok: false; issues: Record<string, string> }

/** Form values → the engine's input, validated with the same zod schema as the core. */
export function parseForm(values: CalcFormValues): ParsedForm {
  const hoursPerWeek = num(values.hoursPerWeek)
  const taxRatePercent = num(values.taxRatePercent)
  const wage: Record<string, unknown> = { grossMonthly: grossMonthlyOf(values) }
  if (hoursPerWeek !== undefined) wage.hoursPerWeek = hoursPerWeek
  if (taxRatePercent !== undefined) wage.taxRatePercent = taxRatePercent
  const hasEnforcement = values.benefits.some((row) => row.kind === 'debt-enforcement')
  const household: Record<string, unknown> = { adults: num(values.adults) ?? 1, children: num(values.children) ?? 0 }
  if (hasEnforcement) household.enforcementDependants = num(values.enforcementDependants) ?? 0
  const candidate = { month: values.month, wage, household, benefits: values.benefits.map(rowToBenefit) }
  const parsed = calcInputSchema.safeParse(candidate)
  if (parsed.success) return { ok: true, input: parsed.data }
  const issues: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.')
    const field = formFieldOf(path, values)
    issues[field] ??= issue.message
  }
  return { ok: false, issues }
}

function formFieldOf(path: string, values: CalcFormValues): string {
  if (path === 'wage.grossMonthly')
    return values.wageMode === 'monthly'
      ? 'grossMonthly'
      : num(values.hourlyWage) === undefined
        ? 'hourlyWage'
        : 'hoursPerWeek'
  if (path.startsWith('wage.')) return path.slice(5)
  if (path.startsWith('household.')) return path.slice(10)
  return path
}

/** The 12 months of the year view starting at `month`. */
export function yearMonths(month: string): string[] {
  return Array.from({ length: 12 }, (_, i) => addMonths(month, i))
}

/** "2026-06" → "6/2026" */
export function formatMonth(month: string): string {
  return `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`
}
