import { z } from 'zod'
import { withMessage } from '@shared/validation/messages'
import { newPassphraseSchema } from '@shared/vault/passphrase-rules'

export const newPassphraseFormSchema = z
  .object({ passphrase: newPassphraseSchema, confirmation: z.string() })
  .refine((value) => value.passphrase === value.confirmation, {
    path: ['confirmation'],
    ...withMessage('errors.passphraseMismatch'),
  })

export type NewPassphraseForm = z.infer<typeof newPassphraseFormSchema>
