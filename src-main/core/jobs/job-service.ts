// Jobs and studies: the records the outcome reports count (job starts and ends, education starts and ends).
import { randomUUID } from 'node:crypto'
import { desc, eq } from 'drizzle-orm'
import { isCompetitive, type Education, type Job } from '../../shared/jobs/job-schema'
import type { z } from 'zod'
import type {
  educationEndSchema,
  educationStartSchema,
  jobEndSchema,
  jobStartSchema,
} from '../../shared/jobs/job-schema'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { clients, education, employers, jobs } from '../db/schema'
import type { Store } from '../db/store'
import { employerForJob } from '../employers/employer-service'

type JobStart = z.output<typeof jobStartSchema>
type JobEnd = z.output<typeof jobEndSchema>

export function listJobs(db: Db, clientId: string): Job[] {
  return selectJobs(db, clientId)
}

export function startJob(store: Store, input: JobStart, now = new Date()): Job {
  requireClient(store.db, input.clientId)
  const id = randomUUID()
  const timestamp = now.toISOString()
  store.sqlite.transaction(() => {
    const employerId = employerForJob(store.db, input.employerId, input.newEmployerName, now)
    store.db
      .insert(jobs)
      .values({
        id,
        ...jobColumns(input),
        employerId,
        clientId: input.clientId,
        createdAt: timestamp,
        updatedAt: timestamp,
      })
      .run()
  })()
  return getJob(store.db, id)
}

export function updateJob(store: Store, jobId: string, input: JobStart, now = new Date()): Job {
  const existing = getJob(store.db, jobId)
  if (existing.clientId !== input.clientId) throw new ApiError('not-found')
  if (existing.endedOn && existing.endedOn < input.startedOn) throw new ApiError('records/ends-before-start')
  store.sqlite.transaction(() => {
    const employerId = employerForJob(store.db, input.employerId, input.newEmployerName, now)
    store.db
      .update(jobs)
      .set({ ...jobColumns(input), employerId, updatedAt: now.toISOString() })
      .where(eq(jobs.id, jobId))
      .run()
  })()
  return getJob(store.db, jobId)
}

export function endJob(db: Db, input: JobEnd, now = new Date()): Job {
  const job = getJob(db, input.jobId)
  if (input.endedOn < job.startedOn) throw new ApiError('records/ends-before-start')
  db.update(jobs)
    .set({
      endedOn: input.endedOn,
      endType: input.endType,
      endFactorsJson: JSON.stringify(input.endFactors),
      lessons: input.lessons,
      nextStep: input.nextStep,
      updatedAt: now.toISOString(),
    })
    .where(eq(jobs.id, input.jobId))
    .run()
  return getJob(db, input.jobId)
}

export function getJob(db: Db, id: string): Job {
  const job = selectJobs(db, null, id)[0]
  if (!job) throw new ApiError('not-found')
  return job
}

function jobColumns(input: JobStart) {
  const { clientId: _clientId, employerId: _employerId, newEmployerName: _newName, ...columns } = input
  return columns
}

function selectJobs(db: Db, clientId: string | null, id?: string): Job[] {
  return db
    .select({ job: jobs, employerName: employers.name, employerBusinessId: employers.businessId })
    .from(jobs)
    .innerJoin(employers, eq(employers.id, jobs.employerId))
    .where(id ? eq(jobs.id, id) : eq(jobs.clientId, clientId ?? ''))
    .orderBy(desc(jobs.startedOn), desc(jobs.createdAt))
    .all()
    .map(({ job, employerName, employerBusinessId }) => {
      const { endFactorsJson, ...rest } = job
      return {
        ...rest,
        employerName,
        employerBusinessId,
        competitive: isCompetitive(job),
        endFactors: endFactorsJson ? (JSON.parse(endFactorsJson) as string[]) : [],
      }
    })
}

export function listEducation(db: Db, clientId: string): Education[] {
  return db
    .select()
    .from(education)
    .where(eq(education.clientId, clientId))
    .orderBy(desc(education.startedOn), desc(education.createdAt))
    .all()
}

export function startEducation(db: Db, input: z.output<typeof educationStartSchema>, now = new Date()): Education {
  requireClient(db, input.clientId)
  const timestamp = now.toISOString()
  const row = { id: randomUUID(), ...input, endedOn: null, endType: null, createdAt: timestamp, updatedAt: timestamp }
  db.insert(education).values(row).run()
  return row
}

export function endEducation(db: Db, input: z.output<typeof educationEndSchema>, now = new Date()): Education {
  const row = db.select().from(education).where(eq(education.id, input.educationId)).get()
  if (!row) throw new ApiError('not-found')
  if (input.endedOn < row.startedOn) throw new ApiError('records/ends-before-start')
  const changes = { endedOn: input.endedOn, endType: input.endType, updatedAt: now.toISOString() }
  db.update(education).set(changes).where(eq(education.id, input.educationId)).run()
  return { ...row, ...changes }
}

function requireClient(db: Db, clientId: string) {
  if (!db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get()) {
    throw new ApiError('not-found')
  }
}
