// The vaults `npm run bench:ui` measures: N clients, each with a finalised referral and cooperation agreement and a
// long vocational-profile draft, written through the core's own services (far faster than through the UI).
import { loadMigrations } from '../../../src-main/core/db/migrations'
import { createClient } from '../../../src-main/core/clients/client-service'
import { createForm } from '../../../src-main/core/forms/form-documents'
import { finaliseForm, saveDraft } from '../../../src-main/core/forms/form-lifecycle'
import { insertPhase } from '../../../src-main/core/phases/phase-service'
import { setCoachProfile } from '../../../src-main/core/settings/coach-profile'
import { Vault } from '../../../src-main/core/vault/vault'
import { getFormDefinition, type FieldDescriptor, type FormValues } from '../../../src-main/shared/forms'
import { MIGRATIONS_DIR, TEST_SCRYPT } from '../../support/test-core'
import { validAgreement, validProfile, validReferral } from '../../unit/support/form-fixtures'
import { fakeClient, fakePhase } from '../fake-clients'

export const BENCH_PASSPHRASE = 'penkki testi salalause 2026'

const SENTENCE =
  'Asiakas kertoo toiveistaan ja aiemmista kokemuksistaan rauhallisesti, ja työhönvalmentaja kirjaa ne omin sanoin. '

/** The vocational profile as a coach fills it over months: every text answered at length, rows in every table. */
export function longProfile(clientName: string): FormValues {
  const def = getFormDefinition('vocational-profile')!
  const values: FormValues = { ...validProfile, clientName }
  const filled = (field: FieldDescriptor, index: number): unknown => {
    if (field.kind === 'textarea') return SENTENCE.repeat(2 + (index % 3)).trim()
    if (field.kind === 'text') return `${field.label} ${index + 1}`.slice(0, 60)
    return undefined
  }
  for (const section of def.sections) {
    section.fields.forEach((field, index) => {
      if (field.readOnly) return
      if (field.kind === 'rows') {
        const template = ((values[field.id] as FormValues[] | undefined) ?? [])[0] ?? {}
        values[field.id] = [0, 1, 2].map((row) => {
          const copy: FormValues = { ...template }
          for (const sub of field.fields) {
            const value = filled(sub, row)
            if (value !== undefined && !sub.readOnly && (sub.kind === 'textarea' || !(sub.id in template))) {
              copy[sub.id] = value
            }
          }
          return copy
        })
        return
      }
      const value = filled(field, index)
      if (value !== undefined && field.kind === 'textarea') values[field.id] = value
    })
  }
  return values
}

export type SeededVault = { clientIds: string[]; profileDocumentIds: string[] }

/** Creates a vault in `dataDir` holding `count` clients and locks it again; returns their ids and profile drafts. */
export async function seedVault(dataDir: string, count: number): Promise<SeededVault> {
  const vault = new Vault({ dataDir, migrations: loadMigrations(MIGRATIONS_DIR), scrypt: TEST_SCRYPT })
  const { recoveryKey } = await vault.create(BENCH_PASSPHRASE)
  await vault.confirmRecoveryKey(recoveryKey)
  const store = { db: vault.db, sqlite: vault.sqlite }
  setCoachProfile(vault.db, {
    name: 'Ville Valmentaja',
    unit: 'Siun sote',
    organisation: 'Pohjois-Karjalan hyvinvointialue',
    phone: null,
    email: null,
  })
  const seeded: SeededVault = { clientIds: [], profileDocumentIds: [] }
  const start = new Date('2026-01-05T08:00:00Z').getTime()
  vault.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      // Spread over time, so "recently worked on" has an order to find.
      const at = (minutes: number) => new Date(start + (i * 10 + minutes) * 60_000)
      const client = createClient(vault.db, fakeClient(i), at(0))
      const name = `${client.firstName} ${client.lastName}`
      for (const [formId, values] of [
        ['referral', validReferral],
        ['cooperation-agreement', validAgreement],
      ] as const) {
        const { documentId } = createForm(store, client.id, formId, at(1))
        const result = finaliseForm(store, documentId, { ...values, clientName: name }, at(2))
        if (!result.ok) throw new Error(`seed: ${formId} did not finalise: ${JSON.stringify(result.issues)}`)
      }
      // After the agreement (which starts phase 1): the phases spread over 1–5, as in a real caseload.
      insertPhase(
        vault.db,
        { clientId: client.id, phase: fakePhase(i), fromDate: '2026-01-05', maintenance: false, note: null },
        'coach',
        at(2),
      )
      const { documentId } = createForm(store, client.id, 'vocational-profile', at(3))
      saveDraft(store, documentId, longProfile(name), at(4))
      seeded.clientIds.push(client.id)
      seeded.profileDocumentIds.push(documentId)
    }
  })()
  vault.lock()
  return seeded
}
