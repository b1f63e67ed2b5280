// The bench's caseload written into a real encrypted vault database (SQLCipher, every migration applied), so that
// `npm run bench` can time loading it with loadCaseloadRecords and the API methods that read it.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadMigrations, migrate } from '../../src-main/core/db/migrations'
import { openEncryptedDatabase, toDrizzle, type Db, type Sqlite } from '../../src-main/core/db/open-database'
import { clients, contacts, education, employers, jobs, phaseHistory } from '../../src-main/core/db/schema'
import type { CaseloadRecords } from '../../src-main/process/index'

const ROOT = join(import.meta.dirname, '..', '..')
const at = '2026-01-15T08:00:00.000Z'

/** Rows of one table in chunks (SQLite limits the variables of one statement). */
function insertAll<T>(rows: T[], insert: (chunk: T[]) => void, size = 500) {
  for (let i = 0; i < rows.length; i += size) insert(rows.slice(i, i + size))
}

/** An encrypted vault database holding `records`; `close()` removes it. */
export function vaultWith(records: CaseloadRecords): { db: Db; sqlite: Sqlite; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-bench-'))
  const sqlite = openEncryptedDatabase(join(dir, 'vault.db'), randomBytes(32), { create: true })
  migrate(sqlite, loadMigrations(join(ROOT, 'drizzle')))
  const db = toDrizzle(sqlite)
  const employerIds = Array.from({ length: 40 }, (_, i) => `employer-${i}`)
  sqlite.transaction(() => {
    db.insert(employers)
      .values(employerIds.map((id, i) => ({ id, name: `Työnantaja ${i}`, createdAt: at, updatedAt: at })))
      .run()
    insertAll(records.clients, (chunk) =>
      db
        .insert(clients)
        .values(
          chunk.map((client, i) => ({
            id: client.id,
            firstName: `Etunimi${i}`,
            lastName: `Sukunimi${client.id}`,
            status: client.closedOn ? ('closed' as const) : ('active' as const),
            searchText: `etunimi${i} sukunimi${client.id}`,
            referralDate: client.referredOn ?? null,
            enteredOn: client.enteredOn ?? null,
            closedOn: client.closedOn ?? null,
            closureReason: client.closureReason ?? null,
            situationAtReferral: client.workingAtReferral ? 'working' : 'unemployed',
            phase: client.phases.at(-1)?.phase ?? null,
            createdAt: at,
            updatedAt: at,
          })),
        )
        .run(),
    )
    // Maintenance support is a phase 5 entry of its own, from the day it began (as the phase dialog records it).
    const phases = records.clients.flatMap((client) => [
      ...client.phases.map((entry, i) => ({
        id: `${client.id}-phase-${i}`,
        clientId: client.id,
        phase: entry.phase,
        fromDate: entry.from,
        maintenance: false,
        source: 'coach' as const,
        createdAt: at,
      })),
      ...(client.maintenanceFrom
        ? [
            {
              id: `${client.id}-maintenance`,
              clientId: client.id,
              phase: 5,
              fromDate: client.maintenanceFrom,
              maintenance: true,
              source: 'coach' as const,
              createdAt: at,
            },
          ]
        : []),
    ])
    insertAll(phases, (chunk) => db.insert(phaseHistory).values(chunk).run())
    let contactNumber = 0
    insertAll(records.contacts, (chunk) =>
      db
        .insert(contacts)
        .values(
          chunk.map((contact, i) => ({
            id: `contact-${contactNumber++}`,
            clientId: contact.clientId ?? null,
            employerId: contact.with === 'employer' ? employerIds[i % employerIds.length]! : null,
            onDate: contact.on,
            withWhom: contact.with,
            mode: contact.faceToFace ? ('face-to-face' as const) : ('phone' as const),
            reached: contact.reached,
            note: 'Kirjaus, jonka pituus on tavallinen: mitä tehtiin ja mitä sovittiin seuraavaksi.',
            createdAt: at,
            updatedAt: at,
          })),
        )
        .run(),
    )
    insertAll(records.jobs, (chunk) =>
      db
        .insert(jobs)
        .values(
          chunk.map((job, i) => ({
            id: `job-${job.clientId}-${i}`,
            clientId: job.clientId,
            employerId: employerIds[i % employerIds.length]!,
            title: `Tehtävä ${i % 15}`,
            startedOn: job.startedOn,
            endedOn: job.endedOn ?? null,
            hoursPerWeek: job.hoursPerWeek,
            contractType: 'permanent',
            wageSubsidy: false,
            wageAsCoworkers: job.competitive,
            openToAnyone: true,
            serviceTimeLimit: false,
            createdAt: at,
            updatedAt: at,
          })),
        )
        .run(),
    )
    insertAll(records.education, (chunk) =>
      db
        .insert(education)
        .values(
          chunk.map((course, i) => ({
            id: `course-${course.clientId}-${i}`,
            clientId: course.clientId,
            educationType: 'vocational',
            institution: 'Oppilaitos',
            startedOn: course.startedOn,
            endedOn: course.endedOn ?? null,
            createdAt: at,
            updatedAt: at,
          })),
        )
        .run(),
    )
  })()
  return {
    db,
    sqlite,
    close() {
      sqlite.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
