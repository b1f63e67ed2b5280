import type { z } from 'zod'

export type Method<Input extends z.ZodType, Output> = {
  input: Input
  handler: (input: z.output<Input>) => Output | Promise<Output>
}

/** One API method: the zod schema its input must pass, and the function that handles it. */
export function method<Input extends z.ZodType, Output>(
  input: Input,
  handler: (input: z.output<Input>) => Output | Promise<Output>,
): Method<Input, Output> {
  return { input, handler }
}

/** A method seen from the dispatcher, which has already checked the input against `input`. */
export type AnyMethod = { input: z.ZodType; handler: (input: never) => unknown }
