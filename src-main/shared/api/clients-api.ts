import { z } from 'zod'
import {
  CLIENT_STATUSES,
  clientInputSchema,
  IPS_PHASES,
  type Client,
  type ClientListItem,
  type IpsPhase,
} from '../clients/client-schema'
import { endpoint } from './endpoint'

const clientId = z.object({ id: z.uuid() })

/** The most rows one `clients-list` call returns; a screen pages through the rest. */
export const CLIENT_PAGE_MAX = 100
export const CLIENT_PAGE_DEFAULT = 50

/** Filters of the client list, as the list screen's address carries them too (`/clients?phase=2&status=open`). */
export const clientFilterSchema = z.object({
  search: z.string().max(200).optional(),
  /** An IPS phase, or 'none' for clients without one. */
  phase: z.union([z.literal(IPS_PHASES), z.literal('none')]).optional(),
  /** A status, or 'open' for active and waiting clients (the caseload). */
  status: z.enum([...CLIENT_STATUSES, 'open']).optional(),
  /** Archived clients: left out (default), included, or only they. */
  archived: z.enum(['exclude', 'include', 'only']).optional(),
})
export type ClientFilter = z.input<typeof clientFilterSchema>

/** One page of the list, ordered by last name, first name (case-insensitive), then id; `total` counts every match. */
export type ClientPage = { items: ClientListItem[]; total: number }

/** Open (active or waiting, not archived) clients: how many, and how many in each phase ('none': no phase yet). */
export type Caseload = { open: number; byPhase: Record<`${IpsPhase}` | 'none', number> }

/** A client with the time of the latest work on them: their details, a form or draft, or a calculation. */
export type RecentClient = ClientListItem & { workedAt: string }

export const clientsApi = {
  'clients-list': endpoint<ClientPage>()(
    clientFilterSchema.extend({
      limit: z.number().int().min(1).max(CLIENT_PAGE_MAX).optional(),
      offset: z.number().int().min(0).max(1_000_000).optional(),
    }),
  ),
  'clients-caseload': endpoint<Caseload>()(z.object({})),
  'clients-recent': endpoint<RecentClient[]>()(z.object({ limit: z.number().int().min(1).max(20).optional() })),
  'clients-get': endpoint<Client>()(clientId),
  'clients-create': endpoint<Client>()(clientInputSchema),
  'clients-update': endpoint<Client>()(z.object({ id: z.uuid(), fields: clientInputSchema })),
  'clients-archive': endpoint<Client>()(z.object({ id: z.uuid(), archived: z.boolean() })),
}
