import { z } from 'zod'
import { clientInputSchema, type Client, type ClientListItem } from '../clients/client-schema'
import { endpoint } from './endpoint'

const clientId = z.object({ id: z.uuid() })

export const clientsApi = {
  'clients-list': endpoint<ClientListItem[]>()(
    z.object({ search: z.string().max(200).optional(), includeArchived: z.boolean().optional() }),
  ),
  'clients-get': endpoint<Client>()(clientId),
  'clients-create': endpoint<Client>()(clientInputSchema),
  'clients-update': endpoint<Client>()(z.object({ id: z.uuid(), fields: clientInputSchema })),
  'clients-archive': endpoint<Client>()(z.object({ id: z.uuid(), archived: z.boolean() })),
}
