// The calculator's form: what the coach typed (numbers as the text in the field), and its reading into the engine's
// input. Every number goes through the one Finnish parser (forms-ui/finnish-number.ts); a text that is not a number
// is an issue on its field, never a silently different number. Just over 300 lines: the form's shape, its defaults and
// its one reading into the engine input are kept together so a new field is added in one place.
import {
  BENEFIT_KIND_DESCRIPTIONS,
  BENEFIT_KIND_LIST,
  DEFAULT_PARAMETER_TABLE,
  addMonths,
  monthlyWageFromHourly,
  type Benefit,
  type BenefitKind,
  type CalcInput,
  type FieldSpec,
} from '@benefits'
import {
  calcInputSchema,
  yearPlanSchema,
  type ClientBenefits,
  type WageEntry,
} from '@shared/calculator/calculator-schema'
import type { ValidationMessage } from '@shared/validation/messages'
import {
  HOURS,
  MONEY,
  PERCENT,
  WHOLE,
  formatFinnishNumber,
  numberTextMessage,
  parseFinnishNumber,
  type NumberFormat,
} from '../../forms-ui/finnish-number'

/** A number field's text as typed ('' when empty). */
export type NumberText = string

/** One benefit row as the form holds it. */
export type BenefitRow = {
  kind: BenefitKind
  variant: string
  monthlyAmount: NumberText
  dailyAmount: NumberText
  establishedEarnings: NumberText
  personalLimit: NumberText
  acceptedHousingCosts: NumberText
  otherGrossIncome: NumberText
  netMonthly: NumberText
  maximumHousingCosts: NumberText
  benefitDaysPaid: NumberText
  disabilityBased: boolean
}

export type CalcFormValues = {
  month: string
  wageMode: 'monthly' | 'hourly'
  grossMonthly: NumberText
  hourlyWage: NumberText
  hoursPerWeek: NumberText
  taxRatePercent: NumberText
  adults: NumberText
  children: NumberText
  enforcementDependants: NumberText
  benefits: BenefitRow[]
  yearOpen: boolean
  yearWages: NumberText[]
}

type RowNumberName = Exclude<keyof BenefitRow, 'kind' | 'variant' | 'disabilityBased'>
// A Record, so that a number added to BenefitRow without being listed here is a compile error.
const ROW_NUMBER_NAMES: Record<RowNumberName, true> = {
  monthlyAmount: true,
  dailyAmount: true,
  establishedEarnings: true,
  personalLimit: true,
  acceptedHousingCosts: true,
  otherGrossIncome: true,
  netMonthly: true,
  maximumHousingCosts: true,
  benefitDaysPaid: true,
}
const ROW_NUMBERS = Object.keys(ROW_NUMBER_NAMES) as RowNumberName[]

/** How each engine input kind is typed: money with two decimals, benefit days with up to two. */
const FORMAT_OF_INPUT: Record<FieldSpec['input'], NumberFormat> = {
  amount: MONEY,
  'daily-amount': MONEY,
  days: { decimals: 2 },
  variant: WHOLE,
  boolean: WHOLE,
}

/** A field of a benefit row: the engine's field spec, for the fields the form has. */
export type RowField = {
  name: keyof BenefitRow
  input: FieldSpec['input']
  optional: boolean
  /** an optional refinement (e.g. a figure from a decision letter), behind "Lisätiedot" */
  advanced: boolean
}

const ROW_FIELD_NAMES = new Set<string>(['variant', 'disabilityBased', ...ROW_NUMBERS])

/** The fields each kind asks for, in the engine's order (kinds.ts); the form has a row field for every one. */
export const BENEFIT_FIELDS = Object.fromEntries(
  BENEFIT_KIND_LIST.map((kind) => [
    kind,
    BENEFIT_KIND_DESCRIPTIONS[kind].fields
      .filter((field) => ROW_FIELD_NAMES.has(field.name))
      .map((field) => ({
        name: field.name as keyof BenefitRow,
        input: field.input,
        optional: field.optional,
        advanced: field.advanced === true,
      })),
  ]),
) as Record<BenefitKind, RowField[]>

/** How a form field's number is typed (by its name: "grossMonthly", "benefits.2.netMonthly", "yearWages.4"). */
export function formatOfField(path: string): NumberFormat {
  const name = path.split('.').at(path.startsWith('benefits.') ? 2 : 0) ?? ''
  if (name === 'hoursPerWeek') return HOURS
  if (name === 'taxRatePercent') return PERCENT
  if (name === 'adults' || name === 'children' || name === 'enforcementDependants') return WHOLE
  if (name === 'benefitDaysPaid') return FORMAT_OF_INPUT.days
  return MONEY
}

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
    netMonthly: '',
    maximumHousingCosts: '',
    benefitDaysPaid: '',
    disabilityBased: true,
  }
}

const textOf = (value: number | undefined, format: NumberFormat): NumberText =>
  value === undefined ? '' : formatFinnishNumber(value, format)

/** A recorded benefit as the form shows it (every field the engine knows, including the v2 refinements). */
export function benefitToRow(benefit: Benefit): BenefitRow {
  const row = emptyBenefitRow(benefit.kind)
  const fields = benefit as Partial<Record<string, unknown>>
  if (typeof fields.variant === 'string') row.variant = fields.variant
  if (typeof fields.disabilityBased === 'boolean') row.disabilityBased = fields.disabilityBased
  for (const name of ROW_NUMBERS) {
    const value = fields[name]
    if (typeof value === 'number') row[name] = textOf(value, formatOfField(`benefits.0.${name}`))
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
    adults: textOf(recorded?.household?.adults ?? 1, WHOLE),
    children: textOf(recorded?.household?.children ?? 0, WHOLE),
    enforcementDependants: textOf(recorded?.household?.enforcementDependants ?? 0, WHOLE),
    benefits: recorded?.benefits.map(benefitToRow) ?? [],
    yearOpen: false,
    yearWages: Array.from({ length: 12 }, () => ''),
  }
}

/** A field's problem: a validation message key and its values. */
export type FieldIssue = { message: ValidationMessage; values?: { max: number } }

/** Reads the number fields of a form, collecting the texts that are not numbers as issues on their fields. */
class NumberReader {
  readonly issues: Record<string, FieldIssue> = {}
  constructor(private readonly values: CalcFormValues) {}

  /** The number at a field path, undefined when empty or not a number (then an issue is recorded). */
  read(path: string): number | undefined {
    const text = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], this.values)
    const format = formatOfField(path)
    const parsed = parseFinnishNumber(typeof text === 'string' ? text : '', format)
    if (parsed.ok) return parsed.value ?? undefined
    this.issues[path] = numberTextMessage(parsed.error, format)
    return undefined
  }
}

/** The number a field's text gives, or undefined (empty or not a number). */
export function numberOf(text: NumberText, format: NumberFormat): number | undefined {
  const parsed = parseFinnishNumber(text, format)
  return parsed.ok ? (parsed.value ?? undefined) : undefined
}

function rowToBenefit(row: BenefitRow, index: number, reader: NumberReader): Record<string, unknown> {
  const benefit: Record<string, unknown> = { kind: row.kind }
  for (const field of BENEFIT_FIELDS[row.kind]) {
    if (field.name === 'variant') benefit.variant = row.variant
    else if (field.name === 'disabilityBased') benefit.disabilityBased = row.disabilityBased
    else {
      const value = reader.read(`benefits.${index}.${field.name}`)
      if (value !== undefined || !field.optional) benefit[field.name] = value
    }
  }
  return benefit
}

/** The monthly gross wage the form gives (hourly × hours × 52/12 in the hourly mode). */
export function grossMonthlyOf(values: CalcFormValues): number | undefined {
  if (values.wageMode === 'monthly') return numberOf(values.grossMonthly, MONEY)
  const hourly = numberOf(values.hourlyWage, MONEY)
  const hours = numberOf(values.hoursPerWeek, HOURS)
  if (hourly === undefined || hours === undefined || hourly < 0 || hours < 0) return undefined
  return monthlyWageFromHourly(hourly, hours)
}

/** Hourly wage for the break-even hours: given, or derived from the monthly wage and hours. */
export function hourlyWageOf(values: CalcFormValues): number | undefined {
  if (values.wageMode === 'hourly') {
    const hourly = numberOf(values.hourlyWage, MONEY)
    return hourly && hourly > 0 ? hourly : undefined
  }
  const gross = numberOf(values.grossMonthly, MONEY)
  const hours = numberOf(values.hoursPerWeek, HOURS)
  if (!gross || !hours) return undefined
  return gross / (hours * (52 / 12))
}

export function wageEntryOf(values: CalcFormValues): WageEntry {
  const hourly = numberOf(values.hourlyWage, MONEY)
  const hours = numberOf(values.hoursPerWeek, HOURS)
  return values.wageMode === 'hourly' && hourly !== undefined && hours !== undefined
    ? { mode: 'hourly', hourlyWage: hourly, hoursPerWeek: hours }
    : { mode: 'monthly' }
}

export type ParsedForm =
  /** yearWages: the 12-month view's wages when it is open (an empty month is 0) */
  | { ok: true; input: CalcInput; yearWages: number[] | null }
  /** issues keyed by form field name (e.g. "benefits.0.monthlyAmount", "grossMonthly", "yearWages.3") */
  | { ok: false; issues: Record<string, FieldIssue> }

/** Form values → the engine's input, validated with the same zod schema as the core. */
export function parseForm(values: CalcFormValues): ParsedForm {
  const reader = new NumberReader(values)
  const hoursPerWeek = reader.read('hoursPerWeek')
  const taxRatePercent = reader.read('taxRatePercent')
  const wage: Record<string, unknown> = {
    grossMonthly:
      values.wageMode === 'monthly'
        ? reader.read('grossMonthly')
        : hourlyGross(reader.read('hourlyWage'), hoursPerWeek),
  }
  if (hoursPerWeek !== undefined) wage.hoursPerWeek = hoursPerWeek
  if (taxRatePercent !== undefined) wage.taxRatePercent = taxRatePercent
  const hasEnforcement = values.benefits.some((row) => row.kind === 'debt-enforcement')
  const household: Record<string, unknown> = {
    adults: reader.read('adults') ?? 1,
    children: reader.read('children') ?? 0,
  }
  if (hasEnforcement) household.enforcementDependants = reader.read('enforcementDependants') ?? 0
  const benefits = values.benefits.map((row, index) => rowToBenefit(row, index, reader))
  const yearWages = values.yearOpen
    ? values.yearWages.map((_text, index) => reader.read(`yearWages.${index}`) ?? 0)
    : null
  const parsed = calcInputSchema.safeParse({ month: values.month, wage, household, benefits })
  const issues: Record<string, FieldIssue> = { ...reader.issues }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues[formFieldOf(issue.path.join('.'), values)] ??= { message: issue.message as ValidationMessage }
    }
  }
  if (yearWages) {
    const year = yearPlanSchema.safeParse({ startMonth: values.month, grossWages: yearWages })
    for (const issue of year.success ? [] : year.error.issues) {
      if (issue.path[0] === 'grossWages' && issue.path.length === 2) {
        issues[`yearWages.${String(issue.path[1])}`] ??= { message: issue.message as ValidationMessage }
      }
    }
  }
  if (parsed.success && Object.keys(issues).length === 0) return { ok: true, input: parsed.data, yearWages }
  return { ok: false, issues }
}

function hourlyGross(hourly: number | undefined, hours: number | undefined): number | undefined {
  if (hourly === undefined || hours === undefined || hourly < 0 || hours < 0) return undefined
  return monthlyWageFromHourly(hourly, hours)
}

function formFieldOf(path: string, values: CalcFormValues): string {
  if (path === 'wage.grossMonthly')
    return values.wageMode === 'monthly'
      ? 'grossMonthly'
      : numberOf(values.hourlyWage, MONEY) === undefined
        ? 'hourlyWage'
        : 'hoursPerWeek'
  if (path.startsWith('wage.')) return path.slice(5)
  if (path.startsWith('household.')) return path.slice(10)
  return path
}

/** The engine's field path ("benefits[2].netMonthly", "wage.netMonthly") as the form's field name. */
export function formFieldOfEnginePath(path: string, values: CalcFormValues): string {
  return formFieldOf(path.replace(/\[(\d+)\]/g, '.$1'), values)
}

/** The 12 months of the year view starting at `month`. */
export function yearMonths(month: string): string[] {
  return Array.from({ length: 12 }, (_, i) => addMonths(month, i))
}

/** "2026-06" → "6/2026" */
export function formatMonth(month: string): string {
  return `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`
}
