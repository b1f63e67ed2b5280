import type { z } from 'zod'

/**
 * One API method as both sides see it: the zod schema its input must pass (checked in the core, whichever transport
 * carried it) and the type of what it returns. The output exists only as a type.
 */
export type Endpoint<Input extends z.ZodType = z.ZodType, Output = unknown> = {
  readonly input: Input
  readonly output?: Output
}

/**
 * `endpoint<Output>()(inputSchema)`: the output type is given, the input type is inferred from the schema.
 * (Two calls, because TypeScript cannot infer one type argument while another is given.)
 */
export function endpoint<Output = null>() {
  return <Input extends z.ZodType>(input: Input): Endpoint<Input, Output> => ({ input })
}

export type Contract = Record<string, Endpoint>

export type InputOf<E extends Endpoint> = z.input<E['input']>
export type ParsedInputOf<E extends Endpoint> = z.output<E['input']>
/** Outputs are never `undefined`: a method with nothing to return returns null. */
export type OutputOf<E extends Endpoint> = Exclude<E['output'], undefined>

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never

/** One contract from the features' contracts; a method name used twice is a start-up error, not a silent overwrite. */
export function combineContracts<Parts extends Contract[]>(...parts: Parts): UnionToIntersection<Parts[number]> {
  const combined: Contract = {}
  for (const part of parts) {
    for (const [name, definition] of Object.entries(part)) {
      if (Object.hasOwn(combined, name)) throw new Error(`API method defined twice: ${name}`)
      combined[name] = definition
    }
  }
  return combined as UnionToIntersection<Parts[number]>
}
