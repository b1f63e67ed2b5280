// (Over 300 lines: one file for the process records a caseload engine reads, so the record shapes are tested together.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outcomeReport, prefillFidelity, reviewCaseload } from '../../process'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { contactInputSchema } from '../../shared/contacts/contact-schema'
import { employerInputSchema } from '../../shared/employers/employer-schema'
import { jobStartSchema } from '../../shared/jobs/job-schema'
import { validAgreement, validClosure, validReferral, withChanges } from '../../../tests/unit/support/form-fixtures'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { ApiError } from '../api/api-error'
import { createClient, getClient, setClientArchived } from '../clients/client-service'
import { createContact, listClientContacts, listEmployerContacts } from '../contacts/contact-service'
import { createEmployer, listEmployers } from '../employers/employer-service'
import { createForm, finaliseForm } from '../forms/form-service'
import { endEducation, endJob, listJobs, startEducation, startJob } from '../jobs/job-service'
import { changePhase, listPhases, removePhase } from '../phases/phase-service'
import { addProcedureCode, endProcedureCode, listProcedureCodes } from '../procedure-codes/procedure-code-service'
import { clientTimeline } from '../timeline/timeline-service'
import type { Vault } from '../vault/vault'
import { loadCaseloadRecords } from './caseload-records'

let vault: Vault
beforeAll(async () => {
  vault = (await unlockedVault()).vault
})
afterAll(() => vault.lock())

const newClient = (firstName: string, extra: Record<string, unknown> = {}) =>
  createClient(vault.db, clientInputSchema.parse({ firstName, lastName: 'Testinen', status: 'waiting', ...extra }))

const finalise = (clientId: string, formId: string, values: Record<string, unknown>) => {
  const { documentId } = createForm(vault, clientId, formId)
  const result = finaliseForm(vault, documentId, values)
  if (!result.ok) throw new Error(`${formId}: ${JSON.stringify(result.issues)}`)
}

const contact = (fields: Record<string, unknown>) =>
  createContact(vault.db, contactInputSchema.parse({ mode: 'face-to-face', reached: true, ...fields }))

describe('phases', () => {
  it('keeps every change with its date and note; the client shows the newest; an entry can be removed', () => {
    const client = newClient('Vaihe')
    changePhase(vault, {
      clientId: client.id,
      phase: 2,
      fromDate: '2026-02-01',
      maintenance: false,
      note: 'Profilointi',
    })
    changePhase(vault, { clientId: client.id, phase: 5, fromDate: '2026-04-01', maintenance: false, note: null })
    const history = changePhase(vault, {
      clientId: client.id,
      phase: 5,
      fromDate: '2026-09-01',
      maintenance: true,
      note: null,
    })
    expect(history.map((entry) => [entry.phase, entry.fromDate, entry.maintenance])).toEqual([
      [5, '2026-09-01', true],
      [5, '2026-04-01', false],
      [2, '2026-02-01', false],
    ])
    expect(getClient(vault.db, client.id).phase).toBe(5)
    // A change dated earlier than the newest does not become the current phase.
    changePhase(vault, { clientId: client.id, phase: 3, fromDate: '2026-03-01', maintenance: false, note: null })
    expect(getClient(vault.db, client.id).phase).toBe(5)
    removePhase(vault, history[0]!.id)
    removePhase(vault, history[1]!.id)
    expect(getClient(vault.db, client.id).phase).toBe(3)
    expect(listPhases(vault.db, client.id)).toHaveLength(2)
  })
})

describe('finalised forms record the entry, the closure and the situation at referral', () => {
  it('the agreement sets the entry and starts phase 1; the closure closes; a new agreement reopens', () => {
    const client = newClient('Sopimus')
    finalise(client.id, 'referral', validReferral)
    expect(getClient(vault.db, client.id)).toMatchObject({
      situationAtReferral: 'unemployed',
      referralDate: '2025-02-20',
    })
    finalise(client.id, 'cooperation-agreement', validAgreement)
    expect(getClient(vault.db, client.id)).toMatchObject({ enteredOn: '2025-03-03', phase: 1, status: 'active' })
    expect(listPhases(vault.db, client.id)).toMatchObject([{ phase: 1, fromDate: '2025-03-03', source: 'agreement' }])
    finalise(client.id, 'closure', validClosure)
    expect(getClient(vault.db, client.id)).toMatchObject({
      closedOn: '2026-05-15',
      closureReason: 'goal-reached',
      status: 'closed',
    })
    finalise(client.id, 'cooperation-agreement', withChanges(validAgreement, { entryDate: '2027-01-10' }))
    expect(getClient(vault.db, client.id)).toMatchObject({
      enteredOn: '2027-01-10',
      closedOn: null,
      closureReason: null,
      status: 'active',
      phase: 1,
    })
  })
})

describe('contacts and employers', () => {
  it('blocks employer contacts about a client until the disclosure decision allows them, with the reason', () => {
    const employer = createEmployer(
      vault.db,
      employerInputSchema.parse({ name: 'Kahvila Aurora', businessId: '0737546-2' }),
    )
    const client = newClient('Kertominen')
    const aboutClient = { clientId: client.id, employerId: employer.id, withWhom: 'employer', onDate: '2026-03-10' }
    const reason = (fields: Record<string, unknown>) => {
      try {
        contact(fields)
        return 'allowed'
      } catch (error) {
        return error instanceof ApiError && error.code === 'contacts/employer-contact-not-allowed'
          ? (error.details as { reason: string }).reason
          : String(error)
      }
    }
    expect(reason(aboutClient)).toBe('no-agreement')
    finalise(client.id, 'cooperation-agreement', withChanges(validAgreement, { employerDisclosure: 'undecided' }))
    expect(reason(aboutClient)).toBe('undecided')
    finalise(client.id, 'cooperation-agreement', withChanges(validAgreement, { employerDisclosure: 'no-contact' }))
    expect(reason(aboutClient)).toBe('no-contact')
    // A general employer contact (no client) is never blocked.
    expect(reason({ employerId: employer.id, withWhom: 'employer', onDate: '2026-03-10' })).toBe('allowed')
    finalise(client.id, 'cooperation-agreement', withChanges(validAgreement, { employerDisclosure: 'coach-role-only' }))
    expect(reason(aboutClient)).toBe('allowed')
    expect(listEmployerContacts(vault.db, employer.id)).toHaveLength(2)
    expect(listEmployers(vault.db, 'aurora')).toMatchObject([{ name: 'Kahvila Aurora', contactCount: 2 }])
    expect(() =>
      createEmployer(vault.db, employerInputSchema.parse({ name: 'Toinen', businessId: '0737546-2' })),
    ).toThrow(ApiError)
  })

  it('lists a client contact with its procedure code; codes are dated and a county adds its own', () => {
    const client = newClient('Koodi')
    const iey07 = listProcedureCodes(vault.db).find((code) => code.code === 'IEY07')!
    const saved = contact({
      clientId: client.id,
      withWhom: 'client',
      onDate: '2026-03-11',
      procedureCodeId: iey07.id,
      setting: 'community',
      note: 'Työnhakua',
    })
    expect(listClientContacts(vault.db, client.id)).toMatchObject([
      {
        id: saved.id,
        procedureCode: { code: 'IEY07', label: expect.stringContaining('Työvalmennus') },
        setting: 'community',
      },
    ])
    const own = addProcedureCode(vault.db, {
      code: 'X100',
      label: 'Oma koodi',
      classification: 'local',
      validFrom: '2026-01-01',
      validTo: null,
    })
    expect(() =>
      addProcedureCode(vault.db, {
        code: 'X100',
        label: 'Sama',
        classification: 'local',
        validFrom: '2026-01-01',
        validTo: null,
      }),
    ).toThrow(ApiError)
    expect(endProcedureCode(vault.db, own.id, '2026-12-31').validTo).toBe('2026-12-31')
    expect(() => endProcedureCode(vault.db, own.id, '2025-12-31')).toThrow(ApiError)
  })
})

describe('jobs, studies and the timeline', () => {
  it('starts a job with a new employer, ends it, and shows everything newest first', () => {
    const client = newClient('Työ')
    const job = startJob(
      vault,
      jobStartSchema.parse({
        clientId: client.id,
        newEmployerName: 'Kirjasto Oy',
        title: 'Kirjastoapulainen',
        startedOn: '2026-04-01',
        paidHoursOn: '2026-04-02',
        hoursPerWeek: 20,
        wagePerHour: 12.5,
        contractType: 'fixed-term',
        fixedTermUntil: '2026-12-31',
        wageSubsidy: true,
        wageSubsidyPercent: 50,
        wageAsCoworkers: true,
        openToAnyone: true,
        serviceTimeLimit: false,
      }),
    )
    expect(job).toMatchObject({ employerName: 'Kirjasto Oy', competitive: true, wageSubsidyPercent: 50 })
    expect(() =>
      endJob(vault.db, {
        jobId: job.id,
        endedOn: '2026-03-01',
        endType: 'other',
        endFactors: [],
        lessons: 'x',
        nextStep: null,
      }),
    ).toThrow(ApiError)
    endJob(vault.db, {
      jobId: job.id,
      endedOn: '2026-06-30',
      endType: 'quit-with-plan',
      endFactors: ['hours-or-pay'],
      lessons: 'Aamuvuorot sopivat',
      nextStep: 'studies',
    })
    expect(listJobs(vault.db, client.id)[0]).toMatchObject({ endedOn: '2026-06-30', endFactors: ['hours-or-pay'] })
    const course = startEducation(vault.db, {
      clientId: client.id,
      educationType: 'vocational',
      institution: 'Riveria',
      programme: null,
      startedOn: '2026-08-15',
      note: null,
    })
    endEducation(vault.db, { educationId: course.id, endedOn: '2027-05-31', endType: 'completed' })
    changePhase(vault, { clientId: client.id, phase: 3, fromDate: '2026-02-01', maintenance: false, note: null })
    contact({ clientId: client.id, withWhom: 'client', onDate: '2026-04-04', note: 'Ensimmäinen työviikko' })
    const timeline = clientTimeline(vault.db, client.id)
    expect(timeline.map((item) => [item.kind, item.on])).toEqual([
      ['education-end', '2027-05-31'],
      ['education-start', '2026-08-15'],
      ['job-end', '2026-06-30'],
      ['contact', '2026-04-04'],
      ['job-start', '2026-04-01'],
      ['phase', '2026-02-01'],
    ])
  })
})

describe('loadCaseloadRecords', () => {
  it('loads clients, phases, contacts, jobs and studies in the engine shape, and the engine accepts them', async () => {
    const { vault: own } = await unlockedVault()
    const make = (firstName: string, extra: Record<string, unknown> = {}) =>
      createClient(own.db, clientInputSchema.parse({ firstName, lastName: 'Asiakas', status: 'active', ...extra }))
    const aino = make('Aino', { referralDate: '2026-01-05', situationAtReferral: 'unemployed' })
    const bertta = make('Bertta', { situationAtReferral: 'sick-leave' })
    const archived = make('Cecilia')
    const finaliseIn = (clientId: string, formId: string, values: Record<string, unknown>) => {
      const { documentId } = createForm(own, clientId, formId)
      if (!finaliseForm(own, documentId, values).ok) throw new Error(formId)
    }
    finaliseIn(aino.id, 'cooperation-agreement', withChanges(validAgreement, { entryDate: '2026-01-12' }))
    finaliseIn(bertta.id, 'cooperation-agreement', withChanges(validAgreement, { entryDate: '2026-02-01' }))
    finaliseIn(bertta.id, 'closure', withChanges(validClosure, { closureDate: '2026-06-30', reason: 'client-wish' }))
    changePhase(own, { clientId: aino.id, phase: 2, fromDate: '2026-01-20', maintenance: false, note: null })
    changePhase(own, { clientId: aino.id, phase: 5, fromDate: '2026-03-01', maintenance: false, note: null })
    changePhase(own, { clientId: aino.id, phase: 5, fromDate: '2026-09-01', maintenance: true, note: null })
    const employer = createEmployer(own.db, employerInputSchema.parse({ name: 'Kauppa Oy' }))
    const log = (fields: Record<string, unknown>) =>
      createContact(own.db, contactInputSchema.parse({ mode: 'face-to-face', reached: true, ...fields }))
    log({ clientId: aino.id, withWhom: 'client', onDate: '2026-01-19' })
    log({ clientId: aino.id, withWhom: 'client', mode: 'phone', reached: false, onDate: '2026-01-26' })
    log({ clientId: aino.id, employerId: employer.id, withWhom: 'employer', onDate: '2026-02-05' })
    log({ employerId: employer.id, withWhom: 'employer', mode: 'phone', onDate: '2026-02-06' })
    log({ clientId: archived.id, withWhom: 'client', onDate: '2026-02-07' })
    startJob(
      own,
      jobStartSchema.parse({
        clientId: aino.id,
        employerId: employer.id,
        title: 'Myyjä',
        jobType: 'Myyjä',
        startedOn: '2026-03-01',
        hoursPerWeek: 25,
        contractType: 'permanent',
        wageSubsidy: false,
        wageAsCoworkers: true,
        openToAnyone: true,
        serviceTimeLimit: false,
      }),
    )
    startEducation(own.db, {
      clientId: bertta.id,
      educationType: 'vocational',
      institution: 'Riveria',
      programme: null,
      startedOn: '2026-03-01',
      note: null,
    })
    setClientArchived(own.db, archived.id, true)

    const records = loadCaseloadRecords(own.db)
    expect(records.clients).toEqual(
      expect.arrayContaining([
        {
          id: aino.id,
          referredOn: '2026-01-05',
          enteredOn: '2026-01-12',
          closedOn: undefined,
          closureReason: undefined,
          workingAtReferral: false,
          phases: [
            { phase: 1, from: '2026-01-12' },
            { phase: 2, from: '2026-01-20' },
            { phase: 5, from: '2026-03-01' },
            { phase: 5, from: '2026-09-01' },
          ],
          maintenanceFrom: '2026-09-01',
        },
        {
          id: bertta.id,
          referredOn: undefined,
          enteredOn: '2026-02-01',
          closedOn: '2026-06-30',
          closureReason: 'client-wish',
          workingAtReferral: true,
          phases: [{ phase: 1, from: '2026-02-01' }],
          maintenanceFrom: undefined,
        },
      ]),
    )
    expect(records.clients).toHaveLength(2)
    expect(records.contacts).toEqual([
      { clientId: aino.id, on: '2026-01-19', with: 'client', reached: true, faceToFace: true },
      { clientId: aino.id, on: '2026-01-26', with: 'client', reached: false, faceToFace: false },
      { clientId: aino.id, on: '2026-02-05', with: 'employer', reached: true, faceToFace: true },
      { on: '2026-02-06', with: 'employer', reached: true, faceToFace: false },
    ])
    expect(records.jobs).toEqual([
      {
        clientId: aino.id,
        startedOn: '2026-03-01',
        hoursPerWeek: 25,
        competitive: true,
        employerId: employer.id,
        jobType: 'Myyjä',
      },
    ])
    expect(records.education).toEqual([{ clientId: bertta.id, startedOn: '2026-03-01' }])

    // The engine takes them as they are.
    const review = reviewCaseload(records, '2026-03-02')
    expect(review.active).toBe(2)
    expect(review.byPhase).toMatchObject({ 1: 1, 5: 1 })
    const report = outcomeReport(records, { from: '2026-01-01', to: '2026-06-30' })
    expect(report).toMatchObject({
      entries: 2,
      served: 2,
      employed: 1,
      jobStarts: 1,
      inEducation: 1,
      medianDaysToFirstEmployerContact: 24,
    })
    expect(report.closures['client-wish']).toBe(1)
    expect(prefillFidelity(records, { reviewedOn: '2026-06-30' }).items.length).toBeGreaterThan(0)
    expect(loadCaseloadRecords(own.db, { includeArchived: true }).clients).toHaveLength(3)
    own.lock()
  })
})
