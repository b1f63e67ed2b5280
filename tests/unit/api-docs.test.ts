import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../src-main/core/api/handlers'
import { newVault, ROOT } from './support/temp-vault'

describe('docs/api.md', () => {
  it('lists exactly the methods the core serves', () => {
    const documented = [...readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map(
      (m) => m[1],
    )
    expect(documented.toSorted()).toEqual(Object.keys(createHandlers(newVault())).toSorted())
  })
})
