// Builders for the engine's tests: one short call per record, so a test reads like the coach's log.
import type { CaseloadRecords, Phase } from './types'

type Client = CaseloadRecords['clients'][number]
type Contact = CaseloadRecords['contacts'][number]
type Job = CaseloadRecords['jobs'][number]

export function client(id: string, fields: Omit<Partial<Client>, 'id'> = {}): Client {
  return { id, phases: [], ...fields }
}

export function phase(phaseNumber: Phase, from: string) {
  return { phase: phaseNumber, from }
}

/** A contact with the client that reached them (by phone unless faceToFace). */
export function reached(clientId: string, on: string, faceToFace = false): Contact {
  return { clientId, on, with: 'client', reached: true, faceToFace }
}

/** An attempt to reach the client that did not reach them. */
export function attempt(clientId: string, on: string): Contact {
  return { clientId, on, with: 'client', reached: false, faceToFace: false }
}

/** A face-to-face employer contact about the client that reached the employer. */
export function metEmployer(clientId: string, on: string): Contact {
  return { clientId, on, with: 'employer', reached: true, faceToFace: true }
}

export function job(clientId: string, startedOn: string, fields: Partial<Job> = {}): Job {
  return { clientId, startedOn, hoursPerWeek: 20, competitive: true, ...fields }
}

export function records(parts: Partial<CaseloadRecords>): CaseloadRecords {
  return { clients: [], contacts: [], jobs: [], education: [], ...parts }
}
