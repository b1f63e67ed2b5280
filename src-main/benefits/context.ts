import { CalcInputError } from './errors'
import { PARAMETER_LABELS, type ParameterKey, type ParameterRow, type ResolvedParameters } from './parameters'

/** Parameter access for one calculation: records every row read, throws on a missing one. */
export class ParameterReader {
  readonly used = new Map<ParameterKey, ParameterRow>()
  private readonly resolved: ResolvedParameters

  constructor(resolved: ResolvedParameters) {
    this.resolved = resolved
  }

  get month(): string {
    return this.resolved.month
  }

  value(key: ParameterKey): number {
    const row = this.resolved.rows[key]
    if (row === undefined) {
      throw new CalcInputError(
        'month',
        `no parameter "${key}" (${PARAMETER_LABELS[key]}) in force on ${this.resolved.month}-01`,
      )
    }
    this.used.set(key, row)
    return row.value
  }

  has(key: ParameterKey): boolean {
    return this.resolved.rows[key] !== undefined
  }

  source(key: ParameterKey): string {
    const row = this.resolved.rows[key]
    return row?.source ?? ''
  }

  estimated(): ParameterRow[] {
    return [...this.used.values()].filter((r) => r.status === 'estimated')
  }
}
