import { clientsApi } from '../../shared/api/clients-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { caseload, recentClients } from './client-overview'
import { listClients } from './client-list'
import { createClient, getClient, setClientArchived, updateClient } from './client-service'

export function clientHandlers(vault: Vault) {
  return implement(clientsApi, {
    'clients-list': (query) => listClients(vault.db, query),
    'clients-caseload': () => caseload(vault.db),
    'clients-recent': ({ limit }) => recentClients(vault, limit),
    'clients-get': ({ id }) => getClient(vault.db, id),
    'clients-create': (fields) => createClient(vault.db, fields),
    'clients-update': ({ id, fields }) => updateClient(vault.db, id, fields),
    'clients-archive': ({ id, archived }) => setClientArchived(vault.db, id, archived),
  })
}
