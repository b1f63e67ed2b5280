import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { endpoint } from '../../shared/api/endpoint'
import { implement } from './implement'

const contract = {
  'things-count': endpoint<number>()(z.object({ kind: z.enum(['a', 'b']) })),
  'things-clear': endpoint()(z.object({})),
}

// The compiler is the test here (`npm run typecheck` checks this file): each line below must fail to compile.
describe('implement', () => {
  it('is checked against the contract at compile time', () => {
    const ok = implement(contract, { 'things-count': ({ kind }) => kind.length, 'things-clear': () => undefined })
    expect(ok['things-count']({ kind: 'a' })).toBe(1)

    // @ts-expect-error a method of the contract is missing
    implement(contract, { 'things-count': () => 1 })
    // @ts-expect-error the output is not what the contract promises
    implement(contract, { 'things-count': () => 'one', 'things-clear': () => null })
    implement(contract, {
      'things-count': () => 1,
      'things-clear': () => null,
      // @ts-expect-error a method the contract does not have
      'things-extra': () => null,
    })
    // @ts-expect-error the input is typed from the contract's schema
    implement(contract, { 'things-count': ({ kind }: { kind: number }) => kind, 'things-clear': () => null })
  })
})
