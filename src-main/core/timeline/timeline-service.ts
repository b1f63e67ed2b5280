// A client's timeline: every record about the client in one list, newest first.
import { eq } from 'drizzle-orm'
import { getFormDefinition, localToday } from '../../shared/forms'
import type { Phase } from '../../shared/phases/phase-schema'
import type { TimelineItem } from '../../shared/timeline/timeline-types'
import { getClient } from '../clients/client-service'
import { listClientContacts } from '../contacts/contact-service'
import type { Db } from '../db/open-database'
import { formDocuments, formVersions, phaseHistory, savedCalculations } from '../db/schema'
import { listEducation, listJobs } from '../jobs/job-service'

export function clientTimeline(db: Db, clientId: string): TimelineItem[] {
  getClient(db, clientId)
  const items: TimelineItem[] = []
  for (const contact of listClientContacts(db, clientId)) {
    items.push({
      kind: 'contact',
      group: 'contacts',
      id: contact.id,
      on: contact.onDate,
      recordedAt: `${contact.onDate}T${contact.startTime ?? '00:00'}|${contact.createdAt}`,
      contact,
    })
  }
  const versions = db
    .select({ version: formVersions })
    .from(formVersions)
    .innerJoin(formDocuments, eq(formDocuments.id, formVersions.documentId))
    .where(eq(formDocuments.clientId, clientId))
    .all()
  for (const { version } of versions) {
    items.push({
      kind: 'form',
      group: 'forms',
      id: version.id,
      on: localToday(new Date(version.finalisedAt)),
      recordedAt: version.finalisedAt,
      documentId: version.documentId,
      versionNumber: version.versionNumber,
      title: getFormDefinition(version.formId, version.schemaVersion)?.title ?? version.formId,
    })
  }
  for (const entry of db.select().from(phaseHistory).where(eq(phaseHistory.clientId, clientId)).all()) {
    items.push({
      kind: 'phase',
      group: 'phases',
      id: entry.id,
      on: entry.fromDate,
      recordedAt: entry.createdAt,
      phase: entry.phase as Phase,
      maintenance: entry.maintenance,
      note: entry.note,
    })
  }
  for (const job of listJobs(db, clientId)) {
    const common = { group: 'work' as const, jobId: job.id, title: job.title, employerName: job.employerName }
    items.push({
      ...common,
      kind: 'job-start',
      id: `${job.id}:start`,
      on: job.startedOn,
      recordedAt: job.createdAt,
      endType: null,
    })
    if (job.endedOn) {
      items.push({
        ...common,
        kind: 'job-end',
        id: `${job.id}:end`,
        on: job.endedOn,
        recordedAt: job.updatedAt,
        endType: job.endType,
      })
    }
  }
  for (const course of listEducation(db, clientId)) {
    const common = {
      group: 'work' as const,
      educationId: course.id,
      institution: course.institution,
      programme: course.programme,
    }
    items.push({
      ...common,
      kind: 'education-start',
      id: `${course.id}:start`,
      on: course.startedOn,
      recordedAt: course.createdAt,
      endType: null,
    })
    if (course.endedOn) {
      items.push({
        ...common,
        kind: 'education-end',
        id: `${course.id}:end`,
        on: course.endedOn,
        recordedAt: course.updatedAt,
        endType: course.endType,
      })
    }
  }
  const calculations = db
    .select({ id: savedCalculations.id, month: savedCalculations.month, createdAt: savedCalculations.createdAt })
    .from(savedCalculations)
    .where(eq(savedCalculations.clientId, clientId))
    .all()
  for (const calculation of calculations) {
    items.push({
      kind: 'calculation',
      group: 'calculations',
      id: calculation.id,
      on: localToday(new Date(calculation.createdAt)),
      recordedAt: calculation.createdAt,
      month: calculation.month,
    })
  }
  return items.sort((a, b) => b.on.localeCompare(a.on) || b.recordedAt.localeCompare(a.recordedAt))
}
