// The records the caseload engine (src-main/process) reads, loaded from the vault in the engine's shape.
import { asc } from 'drizzle-orm'
import type { ClosureReason, FidelityJob, FidelityRecords, Phase } from '../../process'
import { CLOSURE_REASONS } from '../../process'
import { isCompetitive } from '../../shared/jobs/job-schema'
import type { Db, Sqlite } from '../db/open-database'
import type { ContactWith } from '../../shared/contacts/contact-schema'
import { clients, education, jobs, phaseHistory } from '../db/schema'

export type CaseloadLoadOptions = {
  /** Archived clients (and their contacts, jobs and studies) too; default false: the caseload as the list shows it. */
  includeArchived?: boolean
}

/** Situations at referral that make the client a retention client (already in paid work). */
const WORKING_AT_REFERRAL: ReadonlySet<string> = new Set(['working', 'sick-leave'])

/**
 * Every client with their phase history, every contact, job and course, as `CaseloadRecords` for `reviewCaseload`
 * and `outcomeReport` (jobs also carry `employerId` and `jobType`: `FidelityRecords` for `prefillFidelity`).
 * Reads each table once, in a single read transaction, so the figures are of one moment.
 */
export function loadCaseloadRecords(db: Db, options: CaseloadLoadOptions = {}): FidelityRecords {
  return db.transaction((tx) => {
    // Only the columns the engine reads: a contact's note alone would make reading 30 000 contacts ten times slower.
    const clientRows = tx
      .select({
        id: clients.id,
        archivedAt: clients.archivedAt,
        referralDate: clients.referralDate,
        enteredOn: clients.enteredOn,
        closedOn: clients.closedOn,
        closureReason: clients.closureReason,
        situationAtReferral: clients.situationAtReferral,
      })
      .from(clients)
      .all()
    const included = new Set(
      clientRows.filter((row) => options.includeArchived || row.archivedAt === null).map((row) => row.id),
    )
    const phaseColumns = {
      clientId: phaseHistory.clientId,
      phase: phaseHistory.phase,
      fromDate: phaseHistory.fromDate,
      maintenance: phaseHistory.maintenance,
    }
    const phasesByClient = new Map<string, Array<{ phase: number; fromDate: string; maintenance: boolean }>>()
    for (const row of tx
      .select(phaseColumns)
      .from(phaseHistory)
      .orderBy(asc(phaseHistory.fromDate), asc(phaseHistory.createdAt))
      .all()) {
      const list = phasesByClient.get(row.clientId) ?? []
      list.push(row)
      phasesByClient.set(row.clientId, list)
    }

    const records: FidelityRecords = { clients: [], contacts: [], jobs: [], education: [] }
    for (const row of clientRows) {
      if (!included.has(row.id)) continue
      const history = phasesByClient.get(row.id) ?? []
      const current = history.at(-1)
      records.clients.push({
        id: row.id,
        referredOn: row.referralDate ?? undefined,
        enteredOn: row.enteredOn ?? undefined,
        // A closure before the entry would be an earlier episode's (the form hook clears those); never pass one on.
        closedOn: row.closedOn && (!row.enteredOn || row.closedOn >= row.enteredOn) ? row.closedOn : undefined,
        closureReason:
          row.closedOn && CLOSURE_REASONS.includes(row.closureReason as ClosureReason)
            ? (row.closureReason as ClosureReason)
            : undefined,
        workingAtReferral: row.situationAtReferral ? WORKING_AT_REFERRAL.has(row.situationAtReferral) : undefined,
        phases: history.map((entry) => ({ phase: entry.phase as Phase, from: entry.fromDate })),
        // In maintenance while the newest entry is phase 5 maintenance support.
        maintenanceFrom: current?.phase === 5 && current.maintenance ? current.fromDate : undefined,
      })
    }
    // The contacts, the bulk of the records, as plain rows in storage order: the engine needs them neither sorted nor
    // mapped by the ORM, and each costs a third of the load at 30 000 contacts.
    const contactRows = (db as Db & { $client: Sqlite }).$client
      .prepare('SELECT client_id, on_date, with_whom, reached, mode FROM contacts')
      .raw()
      .all() as Array<[string | null, string, ContactWith, number, string]>
    for (const [clientId, on, withWhom, reached, mode] of contactRows) {
      if (clientId !== null && !included.has(clientId)) continue
      if (clientId === null && withWhom !== 'employer') continue
      records.contacts.push({
        ...(clientId !== null ? { clientId } : {}),
        on,
        with: withWhom,
        reached: reached === 1,
        faceToFace: mode === 'face-to-face',
      })
    }
    const jobColumns = {
      clientId: jobs.clientId,
      employerId: jobs.employerId,
      title: jobs.title,
      jobType: jobs.jobType,
      startedOn: jobs.startedOn,
      endedOn: jobs.endedOn,
      hoursPerWeek: jobs.hoursPerWeek,
      wageAsCoworkers: jobs.wageAsCoworkers,
      openToAnyone: jobs.openToAnyone,
      serviceTimeLimit: jobs.serviceTimeLimit,
    }
    for (const row of tx.select(jobColumns).from(jobs).orderBy(asc(jobs.startedOn)).all()) {
      if (!included.has(row.clientId)) continue
      const job: FidelityJob = {
        clientId: row.clientId,
        startedOn: row.startedOn,
        hoursPerWeek: row.hoursPerWeek,
        competitive: isCompetitive(row),
        employerId: row.employerId,
        ...(row.endedOn ? { endedOn: row.endedOn } : {}),
        ...(row.jobType || row.title ? { jobType: row.jobType ?? row.title } : {}),
      }
      records.jobs.push(job)
    }
    const educationColumns = {
      clientId: education.clientId,
      startedOn: education.startedOn,
      endedOn: education.endedOn,
    }
    for (const row of tx.select(educationColumns).from(education).orderBy(asc(education.startedOn)).all()) {
      if (!included.has(row.clientId)) continue
      records.education.push({
        clientId: row.clientId,
        startedOn: row.startedOn,
        ...(row.endedOn ? { endedOn: row.endedOn } : {}),
      })
    }
    return records
  })
}
