import { z } from 'zod'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { method } from '../api/define-method'
import type { Vault } from '../vault/vault'
import { createClient, getClient, listClients, setClientArchived, updateClient } from './client-service'

const clientId = z.object({ id: z.uuid() })

export function clientHandlers(vault: Vault) {
  return {
    'clients-list': method(
      z.object({ search: z.string().max(200).optional(), includeArchived: z.boolean().optional() }),
      (query) => listClients(vault.db, query),
    ),
    'clients-get': method(clientId, ({ id }) => getClient(vault.db, id)),
    'clients-create': method(clientInputSchema, (fields) => createClient(vault.db, fields)),
    'clients-update': method(z.object({ id: z.uuid(), fields: clientInputSchema }), ({ id, fields }) =>
      updateClient(vault.db, id, fields),
    ),
    'clients-archive': method(z.object({ id: z.uuid(), archived: z.boolean() }), ({ id, archived }) =>
      setClientArchived(vault.db, id, archived),
    ),
  }
}
