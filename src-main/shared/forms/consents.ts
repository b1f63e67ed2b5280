import { consentParties } from './consent-fields'
import { disclosureOptions } from './common'
import type { ConsentDirection, ConsentRow, ConsentValidity, FormValues } from './definition'
import { isIsoDate } from '../dates/dates'
import { emptyConsentRow } from './schema'
import { isPlainObject, readBoolean, readString, readStrings } from './values'

const DIRECTIONS: readonly string[] = ['give', 'receive', 'both']
const VALIDITIES: readonly string[] = ['until-end', 'until-date']

/** Reads the consent rows of a cooperation agreement's values into typed rows (untrusted JSON in, clean rows out). */
export function readConsentRows(values: FormValues | undefined, fieldId = 'consents'): ConsentRow[] {
  const raw = values?.[fieldId]
  if (!Array.isArray(raw)) return []
  return raw.filter(isPlainObject).map((row) => {
    const direction = readString(row, 'direction')
    const validity = readString(row, 'validity')
    return {
      ...emptyConsentRow(),
      party: readString(row, 'party'),
      partyName: readString(row, 'partyName'),
      direction: DIRECTIONS.includes(direction) ? (direction as ConsentDirection) : '',
      dataContent: readStrings(row, 'dataContent'),
      dataContentOther: readString(row, 'dataContentOther'),
      purpose: readString(row, 'purpose'),
      validity: VALIDITIES.includes(validity) ? (validity as ConsentValidity) : '',
      validUntil: readString(row, 'validUntil'),
      consent: readBoolean(row, 'consent'),
      givenOn: readString(row, 'givenOn'),
      withdrawnOn: readString(row, 'withdrawnOn'),
    }
  })
}

/**
 * Is this consent in force on `today`? A "yes" that has been given (not in the future), is not withdrawn
 * on or before today, and, when date-limited, is valid through today. "Until end of coaching" stays in force
 * until the closure form ends it.
 */
export function isConsentInForce(row: ConsentRow, today: string): boolean {
  if (row.consent !== true) return false
  if (isIsoDate(row.givenOn) && row.givenOn > today) return false
  if (isIsoDate(row.withdrawnOn) && row.withdrawnOn <= today) return false
  if (row.validity === 'until-date') return isIsoDate(row.validUntil) && row.validUntil >= today
  return row.validity === 'until-end'
}

export function consentsInForce(agreementValues: FormValues | undefined, today: string): ConsentRow[] {
  return readConsentRows(agreementValues).filter((row) => isConsentInForce(row, today))
}

export interface PartyConsentSummary {
  party: string
  partyLabel: string
  /** Named organisations/persons with a consent in force. */
  names: string[]
  /** The coach may give information to this party. */
  mayShare: boolean
  /** The coach may ask this party for information. */
  mayRequest: boolean
  /** Health data (or diagnosis) may be shared with this party. */
  mayShareHealthData: boolean
  /** The client explicitly refused (a "no" row) and nothing is in force. */
  refused: boolean
  /** Consents withdrawn on or before today. */
  withdrawn: ConsentRow[]
  inForce: ConsentRow[]
}

/** What is currently allowed for each party that appears in the consent table, in the party list order. */
export function consentSummary(agreementValues: FormValues | undefined, today: string): PartyConsentSummary[] {
  const rows = readConsentRows(agreementValues).filter((row) => row.party !== '')
  const parties = [...new Set(rows.map((row) => row.party))].sort((a, b) => partyOrder(a) - partyOrder(b))
  return parties.map((party) => {
    const ofParty = rows.filter((row) => row.party === party)
    const inForce = ofParty.filter((row) => isConsentInForce(row, today))
    const sharing = inForce.filter((row) => row.direction === 'give' || row.direction === 'both')
    return {
      party,
      partyLabel: consentParties.find((option) => option.value === party)?.label ?? party,
      names: [...new Set(inForce.map((row) => row.partyName).filter((name) => name !== ''))],
      mayShare: sharing.length > 0,
      mayRequest: inForce.some((row) => row.direction === 'receive' || row.direction === 'both'),
      mayShareHealthData: sharing.some(
        (row) => row.dataContent.includes('health') || row.dataContent.includes('diagnosis'),
      ),
      refused: inForce.length === 0 && ofParty.some((row) => row.consent === false),
      withdrawn: ofParty.filter((row) => isIsoDate(row.withdrawnOn) && row.withdrawnOn <= today),
      inForce,
    }
  })
}

function partyOrder(party: string): number {
  const index = consentParties.findIndex((option) => option.value === party)
  return index === -1 ? consentParties.length : index
}

export interface EmployerContactDecision {
  /** true/false when decided; null when the decision is still open. */
  mayContactEmployers: boolean | null
  decision: string
  decisionLabel: string
  /** Named employers with a consent to share information in force. */
  namedEmployers: string[]
  /** Health information may be told to (named) employers: the decision allows it and a consent covers it. */
  mayShareHealthData: boolean
}

/**
 * The client's disclosure decision from their newest finalised forms: the disclosure plan's (where the decision is
 * made and re-signed whenever it changes), else the vocational profile's preference; undefined when neither has one
 * (the cooperation agreement's answer then applies).
 */
export function newestDisclosureDecision(latest: Partial<Record<string, FormValues>>): string | undefined {
  return (
    readString(latest['disclosure-plan'], 'decision') ||
    readString(latest['vocational-profile'], 'disclosurePreference') ||
    readString(latest['cooperation-agreement'], 'employerDisclosure') ||
    undefined
  )
}

/**
 * The disclosure decision: may the coach contact employers on the client's behalf?
 * `latestDecision` (e.g. the vocational profile's disclosurePreference) overrides the agreement's answer.
 */
export function employerContactDecision(
  agreementValues: FormValues | undefined,
  today: string,
  latestDecision?: string,
): EmployerContactDecision {
  const decision = latestDecision || readString(agreementValues, 'employerDisclosure') || 'undecided'
  const employer = consentSummary(agreementValues, today).find((summary) => summary.party === 'employer')
  const allowsHealth = decision === 'general' || decision === 'specified'
  return {
    mayContactEmployers:
      decision === 'no-contact' ? false : ['coach-role-only', 'general', 'specified'].includes(decision) ? true : null,
    decision,
    decisionLabel: disclosureOptions.find((option) => option.value === decision)?.label ?? decision,
    namedEmployers: employer?.names.filter(() => employer.mayShare) ?? [],
    mayShareHealthData: allowsHealth && (employer?.mayShareHealthData ?? false),
  }
}
