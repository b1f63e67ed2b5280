import { contactsApi } from '../../shared/api/contacts-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import {
  createContact,
  deleteContact,
  listClientContacts,
  listEmployerContacts,
  updateContact,
} from './contact-service'

export function contactHandlers(vault: Vault) {
  return implement(contactsApi, {
    'contacts-list': ({ clientId }) => listClientContacts(vault.db, clientId),
    'contacts-list-employer': ({ employerId }) => listEmployerContacts(vault.db, employerId),
    'contacts-create': (fields) => createContact(vault.db, fields),
    'contacts-update': ({ id, fields }) => updateContact(vault.db, id, fields),
    'contacts-delete': ({ id }) => deleteContact(vault.db, id),
  })
}
