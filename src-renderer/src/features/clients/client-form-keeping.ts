import { useEffect, useRef } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { checkHenkilotunnus } from '@shared/clients/henkilotunnus'
import type { ClientFields, ClientInput } from '@shared/clients/client-schema'
import type { useNewClientDraft } from './client-queries'

type ClientForm = UseFormReturn<ClientInput, unknown, ClientFields>

/** Every change to a new client goes to the in-memory draft, so leaving the screen and coming back loses nothing. */
export function useKeepNewClientDraft(form: ClientForm, isNew: boolean, draft: ReturnType<typeof useNewClientDraft>) {
  useEffect(() => {
    if (!isNew) return
    const subscription = form.watch(() => draft.keep(form.getValues()))
    return () => subscription.unsubscribe()
  }, [form, isNew, draft])
}

/**
 * A valid henkilötunnus fills the date of birth as it is typed. A date the coach typed is never overwritten; one this
 * hook filled follows the henkilötunnus when it is corrected.
 */
export function useDateOfBirthFromHenkilotunnus(form: ClientForm) {
  const filled = useRef<string | null>(null)
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      if (name !== 'henkilotunnus') return
      const check = checkHenkilotunnus((values.henkilotunnus ?? '').trim().toUpperCase())
      if (!check.valid) return
      const current = form.getValues('dateOfBirth')
      if (current && current !== filled.current) return
      filled.current = check.dateOfBirth
      if (current !== check.dateOfBirth) form.setValue('dateOfBirth', check.dateOfBirth, { shouldDirty: true })
    })
    return () => subscription.unsubscribe()
  }, [form])
}
