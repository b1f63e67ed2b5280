import { employersApi } from '../../shared/api/employers-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { addEmployerPerson, createEmployer, getEmployer, listEmployers, updateEmployer } from './employer-service'

export function employerHandlers(vault: Vault) {
  return implement(employersApi, {
    'employers-list': ({ search }) => listEmployers(vault.db, search),
    'employers-get': ({ id }) => getEmployer(vault.db, id),
    'employers-create': (fields) => createEmployer(vault.db, fields),
    'employers-update': ({ id, fields }) => updateEmployer(vault.db, id, fields),
    'employers-person-add': ({ employerId, person }) => addEmployerPerson(vault.db, employerId, person),
  })
}
