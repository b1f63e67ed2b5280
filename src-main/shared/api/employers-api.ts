import { z } from 'zod'
import {
  employerInputSchema,
  employerPersonInputSchema,
  type Employer,
  type EmployerListItem,
} from '../employers/employer-schema'
import { endpoint } from './endpoint'

export const employersApi = {
  'employers-list': endpoint<EmployerListItem[]>()(z.object({ search: z.string().max(200).optional() })),
  'employers-get': endpoint<Employer>()(z.object({ id: z.uuid() })),
  'employers-create': endpoint<Employer>()(employerInputSchema),
  'employers-update': endpoint<Employer>()(z.object({ id: z.uuid(), fields: employerInputSchema })),
  'employers-person-add': endpoint<Employer>()(z.object({ employerId: z.uuid(), person: employerPersonInputSchema })),
}
