import { beforeAll, describe, expect, it } from 'vitest'
import { validAgreement, validReferral, withChanges } from '../../../tests/unit/support/form-fixtures'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { canonicalJson, getFormDefinition } from '../../shared/forms'
import { formTextEntries, localizeForm } from '../../shared/forms/i18n'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { createClient } from '../clients/client-service'
import { setAppLanguage } from '../settings/app-language'
import type { Vault } from '../vault/vault'
import { clientLanguage } from './client-language'
import { addSignature, contentHashOf, createForm, finaliseForm, getVersion } from './form-service'

let vault: Vault
beforeAll(async () => {
  vault = (await unlockedVault()).vault
})

const newClient = () =>
  createClient(vault.db, clientInputSchema.parse({ firstName: 'Ebba', lastName: 'Lindqvist', status: 'active' })).id

describe("the client's language of service", () => {
  it('comes from the latest cooperation agreement, else the newest finalised form that asks it', () => {
    const clientId = newClient()
    expect(clientLanguage(vault.db, clientId)).toEqual({ asiointikieli: null, formId: null })
    const referral = createForm(vault, clientId, 'referral')
    expect(finaliseForm(vault, referral.documentId, withChanges(validReferral, { language: 'en' })).ok).toBe(true)
    expect(clientLanguage(vault.db, clientId)).toEqual({ asiointikieli: 'en', formId: 'referral' })
    const agreement = createForm(vault, clientId, 'cooperation-agreement')
    expect(finaliseForm(vault, agreement.documentId, withChanges(validAgreement, { language: 'sv' })).ok).toBe(true)
    expect(clientLanguage(vault.db, clientId)).toEqual({ asiointikieli: 'sv', formId: 'cooperation-agreement' })
  })
})

describe('a signed version and the language it is printed in', () => {
  it('has a content hash over form, version and answers only: no words of any language are in it', () => {
    const clientId = newClient()
    const { documentId } = createForm(vault, clientId, 'cooperation-agreement')
    const values = withChanges(validAgreement, { language: 'sv' })
    const result = finaliseForm(vault, documentId, values)
    if (!result.ok) throw new Error('finalise failed')
    const version = getVersion(vault.db, result.versionId)
    const def = getFormDefinition('cooperation-agreement', version.schemaVersion)!
    // What the hash is computed from: the stored answers (ids and the client's own words), never a label.
    const hashed = canonicalJson({
      formId: version.formId,
      schemaVersion: version.schemaVersion,
      values: version.values,
    })
    expect(result.contentHash).toBe(contentHashOf(version.formId, version.schemaVersion, version.values))
    for (const language of ['fi', 'sv', 'en'] as const) {
      const labels = formTextEntries(localizeForm(def, language))
        .map((entry) => entry.text)
        .filter((text) => text.length > 12)
      expect(labels.filter((label) => hashed.includes(JSON.stringify(label)))).toEqual([])
    }

    addSignature(vault.db, {
      versionId: result.versionId,
      contentHash: result.contentHash,
      method: 'paper',
      signerRole: 'client',
      signerName: 'Ebba Lindqvist',
      signedOn: '2025-03-03',
    })
    // The coach switches the app to English and back to Finnish; the version, its hash and signature do not move.
    for (const language of ['en', 'sv', 'fi'] as const) {
      setAppLanguage(vault.db, language)
      const again = getVersion(vault.db, result.versionId)
      expect(again.contentHash).toBe(result.contentHash)
      expect(again.signatures.map((signature) => signature.contentHash)).toEqual([result.contentHash])
    }
  })
})
