// The contact log (käyntikirjaus): meetings, calls and messages, with clients, the care team, family and employers.
import { randomUUID } from 'node:crypto'
import { desc, eq, type SQL } from 'drizzle-orm'
import type { Contact, ContactFields } from '../../shared/contacts/contact-schema'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { clients, contacts, employerPersons, employers, procedureCodes } from '../db/schema'
import { clientConsents } from '../forms/form-consents'

export function listClientContacts(db: Db, clientId: string): Contact[] {
  return selectContacts(db, eq(contacts.clientId, clientId))
}

export function listEmployerContacts(db: Db, employerId: string): Contact[] {
  return selectContacts(db, eq(contacts.employerId, employerId))
}

export function createContact(db: Db, fields: ContactFields, now = new Date()): Contact {
  checkReferences(db, fields)
  const timestamp = now.toISOString()
  const id = randomUUID()
  db.insert(contacts)
    .values({ id, ...toColumns(fields), createdAt: timestamp, updatedAt: timestamp })
    .run()
  return getContact(db, id)
}

export function updateContact(db: Db, id: string, fields: ContactFields, now = new Date()): Contact {
  getContact(db, id)
  checkReferences(db, fields)
  db.update(contacts)
    .set({ ...toColumns(fields), updatedAt: now.toISOString() })
    .where(eq(contacts.id, id))
    .run()
  return getContact(db, id)
}

export function deleteContact(db: Db, id: string): null {
  const result = db.delete(contacts).where(eq(contacts.id, id)).run()
  if (result.changes === 0) throw new ApiError('not-found')
  return null
}

export function getContact(db: Db, id: string): Contact {
  const contact = selectContacts(db, eq(contacts.id, id))[0]
  if (!contact) throw new ApiError('not-found')
  return contact
}

/**
 * May the coach contact employers about this client? Only when the client's disclosure decision allows it: a
 * decision that forbids it, one not made yet, or no cooperation agreement at all blocks the contact (research §4.7,
 * 7.7). Enforced here, whatever the screen showed.
 */
export function requireEmployerContactAllowed(db: Db, clientId: string) {
  const decision = clientConsents(db, clientId).employerContact
  if (decision === null) throw new ApiError('contacts/employer-contact-not-allowed', { reason: 'no-agreement' })
  if (decision.mayContactEmployers === false) {
    throw new ApiError('contacts/employer-contact-not-allowed', { reason: 'no-contact' })
  }
  if (decision.mayContactEmployers === null) {
    throw new ApiError('contacts/employer-contact-not-allowed', { reason: 'undecided' })
  }
}

function checkReferences(db: Db, fields: ContactFields) {
  if (fields.clientId && !db.select({ id: clients.id }).from(clients).where(eq(clients.id, fields.clientId)).get()) {
    throw new ApiError('not-found')
  }
  if (fields.employerId) {
    if (!db.select({ id: employers.id }).from(employers).where(eq(employers.id, fields.employerId)).get()) {
      throw new ApiError('not-found')
    }
    const person = fields.employerPersonId
      ? db.select().from(employerPersons).where(eq(employerPersons.id, fields.employerPersonId)).get()
      : null
    if (fields.employerPersonId && person?.employerId !== fields.employerId) throw new ApiError('not-found')
  }
  if (
    fields.procedureCodeId &&
    !db
      .select({ id: procedureCodes.id })
      .from(procedureCodes)
      .where(eq(procedureCodes.id, fields.procedureCodeId))
      .get()
  ) {
    throw new ApiError('not-found')
  }
  if (fields.withWhom === 'employer' && fields.clientId) requireEmployerContactAllowed(db, fields.clientId)
}

function toColumns(fields: ContactFields) {
  const { purposes, ...rest } = fields
  return { ...rest, purposesJson: purposes.length > 0 ? JSON.stringify(purposes) : null }
}

function selectContacts(db: Db, where: SQL): Contact[] {
  return db
    .select({
      contact: contacts,
      code: procedureCodes.code,
      codeLabel: procedureCodes.label,
      employerName: employers.name,
      personName: employerPersons.name,
    })
    .from(contacts)
    .leftJoin(procedureCodes, eq(procedureCodes.id, contacts.procedureCodeId))
    .leftJoin(employers, eq(employers.id, contacts.employerId))
    .leftJoin(employerPersons, eq(employerPersons.id, contacts.employerPersonId))
    .where(where)
    .orderBy(desc(contacts.onDate), desc(contacts.startTime), desc(contacts.createdAt))
    .all()
    .map(({ contact, code, codeLabel, employerName, personName }) => {
      const { purposesJson, ...rest } = contact
      return {
        ...rest,
        outcome: rest.outcome as Contact['outcome'],
        purposes: purposesJson ? (JSON.parse(purposesJson) as Contact['purposes']) : [],
        procedureCode: code !== null && codeLabel !== null ? { code, label: codeLabel } : null,
        employerName,
        employerPersonName: personName,
      }
    })
}
