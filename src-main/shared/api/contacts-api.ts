import { z } from 'zod'
import { contactInputSchema, type Contact } from '../contacts/contact-schema'
import { endpoint } from './endpoint'

export const contactsApi = {
  /** The client's contacts (with the client, the care team, family and employers about them), newest first. */
  'contacts-list': endpoint<Contact[]>()(z.object({ clientId: z.uuid() })),
  /** An employer's contact log (about clients and general), newest first. */
  'contacts-list-employer': endpoint<Contact[]>()(z.object({ employerId: z.uuid() })),
  'contacts-create': endpoint<Contact>()(contactInputSchema),
  'contacts-update': endpoint<Contact>()(z.object({ id: z.uuid(), fields: contactInputSchema })),
  'contacts-delete': endpoint<null>()(z.object({ id: z.uuid() })),
}
