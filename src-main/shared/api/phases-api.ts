import { z } from 'zod'
import { phaseChangeSchema, type PhaseEntry } from '../phases/phase-schema'
import { endpoint } from './endpoint'

export const phasesApi = {
  /** The client's phase history, newest first. */
  'phases-list': endpoint<PhaseEntry[]>()(z.object({ clientId: z.uuid() })),
  /** Records a phase change; returns the history. */
  'phases-change': endpoint<PhaseEntry[]>()(phaseChangeSchema),
  /** Removes an entry recorded by mistake; returns the history. */
  'phases-remove': endpoint<PhaseEntry[]>()(z.object({ entryId: z.uuid() })),
}
