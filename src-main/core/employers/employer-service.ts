// The employer register: employers, their contact persons, and what the lists show of the work done with them.
import { randomUUID } from 'node:crypto'
import { and, asc, count, eq, isNull, max, ne, sql } from 'drizzle-orm'
import type { Employer, EmployerFields, EmployerListItem, EmployerPerson } from '../../shared/employers/employer-schema'
import { foldForSearch } from '../../shared/text/search-text'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { contacts, employerPersons, employers, jobs } from '../db/schema'

type PersonFields = Omit<EmployerPerson, 'id' | 'employerId'>

export function listEmployers(db: Db, search = ''): EmployerListItem[] {
  const contactStats = db
    .select({ employerId: contacts.employerId, n: count().as('n'), last: max(contacts.onDate).as('last') })
    .from(contacts)
    .groupBy(contacts.employerId)
    .as('contact_stats')
  const jobStats = db
    .select({ employerId: jobs.employerId, n: count().as('jobs_n') })
    .from(jobs)
    .groupBy(jobs.employerId)
    .as('job_stats')
  const rows = db
    .select({
      id: employers.id,
      name: employers.name,
      businessId: employers.businessId,
      sector: employers.sector,
      municipality: employers.municipality,
      contactCount: contactStats.n,
      lastContactOn: contactStats.last,
      jobCount: jobStats.n,
    })
    .from(employers)
    .leftJoin(contactStats, eq(contactStats.employerId, employers.id))
    .leftJoin(jobStats, eq(jobStats.employerId, employers.id))
    .where(isNull(employers.archivedAt))
    .orderBy(asc(sql`${employers.name} COLLATE NOCASE`))
    .all()
  const words = foldForSearch(search).split(' ').filter(Boolean)
  return rows
    .filter((row) => {
      const text = foldForSearch([row.name, row.businessId, row.municipality].filter(Boolean).join(' '))
      return words.every((word) => text.includes(word))
    })
    .map((row) => ({
      ...row,
      sector: row.sector as EmployerListItem['sector'],
      contactCount: row.contactCount ?? 0,
      lastContactOn: row.lastContactOn ?? null,
      jobCount: row.jobCount ?? 0,
    }))
}

export function getEmployer(db: Db, id: string): Employer {
  const row = db.select().from(employers).where(eq(employers.id, id)).get()
  if (!row) throw new ApiError('not-found')
  const persons = db
    .select()
    .from(employerPersons)
    .where(eq(employerPersons.employerId, id))
    .orderBy(asc(employerPersons.createdAt))
    .all()
    .map(({ createdAt: _createdAt, ...person }) => person)
  return { ...row, sector: row.sector as Employer['sector'], persons }
}

export function createEmployer(db: Db, fields: EmployerFields, now = new Date()): Employer {
  requireUniqueBusinessId(db, fields.businessId, null)
  const timestamp = now.toISOString()
  const id = randomUUID()
  db.insert(employers)
    .values({ id, ...fields, archivedAt: null, createdAt: timestamp, updatedAt: timestamp })
    .run()
  return getEmployer(db, id)
}

export function updateEmployer(db: Db, id: string, fields: EmployerFields, now = new Date()): Employer {
  requireUniqueBusinessId(db, fields.businessId, id)
  const result = db
    .update(employers)
    .set({ ...fields, updatedAt: now.toISOString() })
    .where(eq(employers.id, id))
    .run()
  if (result.changes === 0) throw new ApiError('not-found')
  return getEmployer(db, id)
}

export function addEmployerPerson(db: Db, employerId: string, person: PersonFields, now = new Date()): Employer {
  getEmployer(db, employerId)
  db.insert(employerPersons)
    .values({ id: randomUUID(), employerId, ...person, createdAt: now.toISOString() })
    .run()
  return getEmployer(db, employerId)
}

/** The employer a job names: one from the register, or a new one by name (found by name first, ignoring case). */
export function employerForJob(db: Db, employerId: string | null, newName: string | null, now: Date): string {
  if (employerId) {
    getEmployer(db, employerId)
    return employerId
  }
  const name = newName ?? ''
  const existing = db
    .select({ id: employers.id })
    .from(employers)
    .where(sql`${employers.name} = ${name} COLLATE NOCASE`)
    .get()
  if (existing) return existing.id
  return createEmployer(db, { name, businessId: null, sector: null, municipality: null, note: null }, now).id
}

function requireUniqueBusinessId(db: Db, businessId: string | null, exceptId: string | null) {
  if (!businessId) return
  const clash = db
    .select({ id: employers.id })
    .from(employers)
    .where(and(eq(employers.businessId, businessId), exceptId ? ne(employers.id, exceptId) : undefined))
    .get()
  if (clash) throw new ApiError('employers/duplicate-business-id')
}
