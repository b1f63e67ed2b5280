/**
 * Invalid input to the process engine. `field` is the path of the offending value, e.g. `contacts[3].on`,
 * `period.to` or `rules.noContactDays`, so a loader bug can be traced to one record.
 */
export class ProcessInputError extends Error {
  override readonly name = 'ProcessInputError'

  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`)
  }
}

export function fail(field: string, problem: string): never {
  throw new ProcessInputError(field, problem)
}
