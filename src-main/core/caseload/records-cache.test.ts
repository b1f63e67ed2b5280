import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { contactInputSchema } from '../../shared/contacts/contact-schema'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { appendAudit } from '../audit/audit-log'
import { createClient } from '../clients/client-service'
import { createContact } from '../contacts/contact-service'
import type { Vault } from '../vault/vault'
import { CaseloadRecordsCache } from './records-cache'

let vault: Vault
beforeAll(async () => {
  vault = (await unlockedVault()).vault
})
afterAll(() => vault.lock())

describe('the caseload records kept between reviews', () => {
  it('are read again after any write, and only then', () => {
    const cache = new CaseloadRecordsCache()
    const store = () => ({ db: vault.db, sqlite: vault.sqlite })
    const client = createClient(
      vault.db,
      clientInputSchema.parse({ firstName: 'Aino', lastName: 'A', status: 'active' }),
    )
    const first = cache.read(store())
    expect(cache.read(store())).toBe(first) // nothing written: the same records
    appendAudit(vault.db, { action: 'view', clientId: client.id, method: 'clients-get' })
    expect(cache.read(store())).toBe(first) // a logged view changes nothing the review reads
    createContact(
      vault.db,
      contactInputSchema.parse({
        clientId: client.id,
        onDate: '2026-03-16',
        withWhom: 'client',
        mode: 'phone',
        reached: true,
      }),
    )
    const second = cache.read(store())
    expect(second).not.toBe(first)
    expect(second.contacts).toHaveLength(first.contacts.length + 1)
    cache.clear()
    expect(cache.read(store())).not.toBe(second)
  })
})
