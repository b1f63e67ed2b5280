import { z } from 'zod'
import {
  procedureCodeEndSchema,
  procedureCodeInputSchema,
  type ProcedureCode,
} from '../procedure-codes/procedure-code-schema'
import { endpoint } from './endpoint'

export const procedureCodesApi = {
  /** Every code (national and the county's own), by code then start date. */
  'procedure-codes-list': endpoint<ProcedureCode[]>()(z.object({})),
  'procedure-codes-add': endpoint<ProcedureCode>()(procedureCodeInputSchema),
  /** Sets (or clears) the last day a code is in use. */
  'procedure-codes-end': endpoint<ProcedureCode>()(procedureCodeEndSchema),
}
