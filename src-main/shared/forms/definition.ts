import type { z } from 'zod'
import type { ValidationMessage } from '../validation/messages'

/**
 * Form definitions are plain data (sections → fields) plus generated zod schemas.
 * Shared by the Node core and the React renderer: no Node built-ins, no React, no DOM here.
 *
 * Stored values: a flat object keyed by field id (sections are layout only).
 * Value representation per field kind:
 *   text, textarea, email, phone  → string ('' = empty)
 *   date                          → ISO 'YYYY-MM-DD' string ('' = empty)
 *   select, radio                 → option value string ('' = nothing chosen)
 *   checkboxes                    → string[] of option values
 *   yesno                         → boolean | null (null = not answered)
 *   confirm                       → boolean (a single "I confirm" tick box; required means it must be ticked)
 *   number                        → number | null
 *   rows                          → array of row objects keyed by sub-field id
 *   consents                      → array of ConsentRow
 */
export type FormValues = Record<string, unknown>
export type RowValues = Record<string, unknown>

export interface Option {
  readonly value: string
  readonly label: string
  readonly help?: string
}

/**
 * A simple condition on another field's value. At the top level `field` names a top-level field;
 * inside a rows/consents group it names a sibling sub-field of the same row.
 */
export type Condition =
  | { readonly field: string; readonly equals: string | boolean }
  | { readonly field: string; readonly oneOf: readonly string[] }
  | { readonly field: string; readonly notOneOf: readonly string[] }
  | { readonly field: string; readonly includes: string }
  | { readonly field: string; readonly filled: true }

type ClientPrefillField =
  | 'fullName'
  | 'dateOfBirth'
  | 'henkilotunnus'
  | 'phone'
  | 'email'
  | 'municipality'
  | 'treatingUnit'
  | 'nurseName'
  | 'referralDate'
  | 'phase'

/** The coach's details from Settings (organisation: the wellbeing services county, the register's controller). */
type CoachPrefillField = 'name' | 'unit' | 'organisation' | 'phone' | 'email'

/**
 * Where a field's initial value comes from when a new draft is created.
 * `latest:<form-id>.<fieldId>` copies the field from the client's latest version of another form.
 */
export type PrefillKey =
  `client.${ClientPrefillField}` | `coach.${CoachPrefillField}` | 'today' | `latest:${string}.${string}`

export interface FieldPrintHint {
  /** rows/consents: 'table' (one line per row) or 'list' (one block per row, for long texts). */
  readonly as?: 'table' | 'list'
  /** Leave this field out of the printout. */
  readonly omit?: boolean
  /** When empty, print this many blank lines so the answer can be written by hand. */
  readonly blankLines?: number
}

export interface SectionPrintHint {
  /** Plain-language text for the client, printed under the heading (the screen shows `help` instead). */
  readonly intro?: string
  readonly keepTogether?: boolean
  readonly breakBefore?: boolean
  /** Leave the whole section out of the printout when none of its fields has a value. */
  readonly omitWhenEmpty?: boolean
}

interface FieldBase {
  readonly id: string
  readonly label: string
  readonly help?: string
  readonly required?: boolean
  readonly visibleWhen?: Condition
  readonly prefill?: PrefillKey
  /** Shown but not editable (filled by prefill). */
  readonly readOnly?: boolean
  readonly print?: FieldPrintHint
}

export interface TextField extends FieldBase {
  readonly kind: 'text' | 'textarea' | 'email' | 'phone'
  readonly maxLength?: number
  readonly placeholder?: string
  readonly defaultValue?: string
}

export interface DateField extends FieldBase {
  readonly kind: 'date'
}

export interface ChoiceField extends FieldBase {
  readonly kind: 'select' | 'radio'
  readonly options: readonly Option[]
  readonly defaultValue?: string
}

export interface CheckboxesField extends FieldBase {
  readonly kind: 'checkboxes'
  readonly options: readonly Option[]
  readonly defaultValue?: readonly string[]
}

export interface YesNoField extends FieldBase {
  readonly kind: 'yesno'
  readonly yesLabel?: string
  readonly noLabel?: string
}

export interface ConfirmField extends FieldBase {
  readonly kind: 'confirm'
}

export interface NumberField extends FieldBase {
  readonly kind: 'number'
  readonly min?: number
  readonly max?: number
  readonly integer?: boolean
  /** Finnish unit shown after the input, e.g. 'h/vko'. */
  readonly unit?: string
}

export type SimpleField =
  TextField | DateField | ChoiceField | CheckboxesField | YesNoField | ConfirmField | NumberField

export interface RowsField extends FieldBase {
  readonly kind: 'rows'
  readonly fields: readonly SimpleField[]
  /** With `required`, at least max(minRows, 1) rows; without, minRows still applies when visible. */
  readonly minRows?: number
  /** Rows a new draft starts with (defaults to minRows). */
  readonly initialRows?: number
  readonly addLabel: string
  /** Heading of one row, e.g. 'Työpaikka' → "Työpaikka 1". */
  readonly rowLabel: string
}

/**
 * The consent table (Part B of the cooperation agreement): one row per recipient.
 * Its sub-fields are fixed (see consent-fields.ts) so consents can be read by the helpers in consents.ts,
 * but they are exposed as ordinary `fields` so a generic rows renderer can show them too.
 */
export interface ConsentsField extends FieldBase {
  readonly kind: 'consents'
  readonly fields: readonly SimpleField[]
  readonly minRows?: number
  readonly addLabel: string
  readonly rowLabel: string
  readonly defaultRows?: readonly Partial<ConsentRow>[]
}

export type FieldDescriptor = SimpleField | RowsField | ConsentsField
export type FieldKind = FieldDescriptor['kind']

export type ConsentDirection = 'give' | 'receive' | 'both'
export type ConsentValidity = 'until-end' | 'until-date'

export interface ConsentRow {
  party: string
  partyName: string
  direction: ConsentDirection | ''
  dataContent: string[]
  dataContentOther: string
  purpose: string
  validity: ConsentValidity | ''
  validUntil: string
  /** true = suostuu, false = ei suostu (an explicit refusal is kept), null = not answered. */
  consent: boolean | null
  givenOn: string
  withdrawnOn: string
}

export interface SectionDescriptor {
  readonly id: string
  readonly heading: string
  readonly help?: string
  /** 'header' and 'signatures' let the print layout place the common blocks; other sections are plain. */
  readonly role?: 'header' | 'signatures'
  readonly visibleWhen?: Condition
  readonly fields: readonly FieldDescriptor[]
  readonly print?: SectionPrintHint
}

export type SignerRoleId = 'client' | 'coach' | 'care-team' | 'employer' | 'referrer' | 'guardian' | 'interpreter'

export interface SignerRole {
  readonly role: SignerRoleId
  /** The field whose answer is printed under the signature line as the signer's name (e.g. 'clientName'). */
  readonly nameField: string
  readonly label: string
  readonly required: boolean
  /** The signature line is shown only when this holds (e.g. employer signs only if the plan says so). */
  readonly when?: Condition
}

export interface ClientContext {
  fullName: string
  dateOfBirth?: string | null
  henkilotunnus?: string | null
  phone?: string | null
  email?: string | null
  municipality?: string | null
  treatingUnit?: string | null
  nurseName?: string | null
  referralDate?: string | null
  phase?: 1 | 2 | 3 | 4 | 5 | null
}

/** A job from the client's records, as forms prefill from it (job start, job end, the vocational profile). */
export interface JobContext {
  employerName: string
  employerBusinessId: string | null
  title: string
  jobType: string | null
  startedOn: string
  paidHoursOn: string | null
  hoursPerWeek: number
  wagePerHour: number | null
  contractType: string
  fixedTermUntil: string | null
  wageSubsidy: boolean
  wageSubsidyPercent: number | null
  wageAsCoworkers: boolean
  openToAnyone: boolean
  serviceTimeLimit: boolean
  howFound: string | null
  endedOn: string | null
  endType: string | null
  endFactors: readonly string[]
  lessons: string | null
  nextStep: string | null
}

export interface PrefillContext {
  client: ClientContext
  /** The client's jobs from the records, newest start first. */
  jobs?: readonly JobContext[]
  coach?: { name: string } & Partial<Record<Exclude<CoachPrefillField, 'name'>, string | null>>
  /** The client's latest stored values per form id (finalised or draft, the caller decides). */
  latest?: Partial<Record<string, FormValues>>
  /** ISO date used for 'today' prefills and consent validity; defaults to the local date. */
  today?: string
}

/** Values a message's words may use, e.g. { max: 80 } for 'Suurin sallittu arvo on {{max}}.' */
export type MessageValues = Readonly<Record<string, string | number>>

/** Reports a problem at a dotted path with a message key (see src-main/shared/validation/messages.ts). */
export type ReportIssue = (path: string, message: ValidationMessage, values?: MessageValues) => void

/** What a form folder declares; `defineForm` turns it into a FormDefinition. */
export interface FormSpec {
  readonly id: string
  readonly schemaVersion: number
  readonly title: string
  /** One Finnish sentence: what the form is for. */
  readonly purpose: string
  readonly signers: readonly SignerRole[]
  readonly sections: readonly SectionDescriptor[]
  /** Cross-field rules for finalisation. Report with dotted paths (e.g. 'workHistory.0.endDate'). */
  readonly rules?: (values: FormValues, report: ReportIssue) => void
  /** Form-specific prefill derived from other forms (applied after the prefill keys). */
  readonly prefill?: (context: PrefillContext, today: string) => FormValues
}

export interface FormDefinition extends FormSpec {
  /** Finalisation schema: required fields (respecting visibleWhen), formats, choices and cross-field rules. */
  readonly schema: z.ZodType<FormValues, FormValues>
  /** Shape-only schema for drafts: never requires anything, only rejects wrongly typed values. */
  readonly draftSchema: z.ZodType<FormValues, FormValues>
  readonly emptyValues: () => FormValues
}
