import { z } from 'zod'
import { optionalIsoDate, optionalText, requiredIsoDate, requiredText } from '../validation/fields'
import { withMessage } from '../validation/messages'
import {
  contractTypeOptions,
  educationEndTypeOptions,
  educationTypeOptions,
  howFoundOptions,
  jobEndFactorOptions,
  jobEndTypeOptions,
  jobNextStepOptions,
  valuesOf,
} from './job-options'

const choice = (list: ReadonlyArray<{ value: string }>) => z.enum(valuesOf(list), withMessage('errors.required'))
const optionalChoiceOf = (list: ReadonlyArray<{ value: string }>) =>
  z
    .enum(valuesOf(list))
    .nullable()
    .optional()
    .transform((value) => value ?? null)

const yes = z.boolean(withMessage('errors.required'))

/**
 * A job start. The employer is one from the register (`employerId`) or a new one by name (`newEmployerName`), which
 * the core adds to the register. Competitive (IPS-25 item 21): pay as co-workers', open to anyone, and no time limit
 * set by a service; a wage subsidy is recorded apart and does not decide it.
 */
export const jobStartSchema = z
  .object({
    clientId: z.uuid(),
    employerId: z.uuid().nullable().default(null),
    newEmployerName: optionalText(200),
    title: requiredText(200),
    jobType: optionalText(200),
    startedOn: requiredIsoDate,
    paidHoursOn: optionalIsoDate,
    hoursPerWeek: z
      .number(withMessage('errors.required'))
      .gt(0, withMessage('errors.invalidValue'))
      .max(168, withMessage('errors.invalidValue')),
    wagePerHour: z
      .number(withMessage('errors.invalidValue'))
      .min(0, withMessage('errors.invalidValue'))
      .max(1000, withMessage('errors.invalidValue'))
      .nullable()
      .default(null),
    contractType: choice(contractTypeOptions),
    fixedTermUntil: optionalIsoDate,
    wageSubsidy: yes,
    wageSubsidyPercent: z
      .number(withMessage('errors.invalidValue'))
      .int(withMessage('errors.invalidValue'))
      .min(1, withMessage('errors.invalidValue'))
      .max(100, withMessage('errors.invalidValue'))
      .nullable()
      .default(null),
    wageAsCoworkers: yes,
    openToAnyone: yes,
    serviceTimeLimit: yes,
    howFound: optionalChoiceOf(howFoundOptions),
    note: optionalText(2000),
  })
  .superRefine((job, context) => {
    if (!job.employerId && !job.newEmployerName) {
      context.addIssue({ code: 'custom', path: ['employerId'], ...withMessage('errors.required') })
    }
    if (job.paidHoursOn && job.paidHoursOn < job.startedOn) {
      context.addIssue({ code: 'custom', path: ['paidHoursOn'], ...withMessage('errors.beforeStart') })
    }
    if (job.fixedTermUntil && job.fixedTermUntil < job.startedOn) {
      context.addIssue({ code: 'custom', path: ['fixedTermUntil'], ...withMessage('errors.beforeStart') })
    }
  })
  .transform((job) => ({
    ...job,
    fixedTermUntil: job.contractType === 'fixed-term' ? job.fixedTermUntil : null,
    wageSubsidyPercent: job.wageSubsidy ? job.wageSubsidyPercent : null,
  }))
export type JobStartInput = z.input<typeof jobStartSchema>

/** Changing a job's start details: the same fields, the job named by id (the client stays). */
export const jobUpdateSchema = z.object({ jobId: z.uuid(), fields: jobStartSchema })

export const jobEndSchema = z.object({
  jobId: z.uuid(),
  endedOn: requiredIsoDate,
  endType: choice(jobEndTypeOptions),
  endFactors: z
    .array(z.enum(valuesOf(jobEndFactorOptions)))
    .max(jobEndFactorOptions.length)
    .default([]),
  lessons: requiredText(4000),
  nextStep: optionalChoiceOf(jobNextStepOptions),
})
export type JobEndInput = z.input<typeof jobEndSchema>

export type Job = {
  id: string
  clientId: string
  employerId: string
  employerName: string
  employerBusinessId: string | null
  title: string
  jobType: string | null
  startedOn: string
  paidHoursOn: string | null
  hoursPerWeek: number
  wagePerHour: number | null
  contractType: string
  fixedTermUntil: string | null
  wageSubsidy: boolean
  wageSubsidyPercent: number | null
  wageAsCoworkers: boolean
  openToAnyone: boolean
  serviceTimeLimit: boolean
  /** wageAsCoworkers ∧ openToAnyone ∧ ¬serviceTimeLimit */
  competitive: boolean
  howFound: string | null
  note: string | null
  endedOn: string | null
  endType: string | null
  endFactors: string[]
  lessons: string | null
  nextStep: string | null
  createdAt: string
  updatedAt: string
}

/** The competitive-job test (research §4.8, 8.18). */
export function isCompetitive(job: Pick<Job, 'wageAsCoworkers' | 'openToAnyone' | 'serviceTimeLimit'>): boolean {
  return job.wageAsCoworkers && job.openToAnyone && !job.serviceTimeLimit
}

export const educationStartSchema = z.object({
  clientId: z.uuid(),
  educationType: choice(educationTypeOptions),
  institution: requiredText(200),
  programme: optionalText(200),
  startedOn: requiredIsoDate,
  note: optionalText(2000),
})
export type EducationStartInput = z.input<typeof educationStartSchema>

export const educationEndSchema = z.object({
  educationId: z.uuid(),
  endedOn: requiredIsoDate,
  endType: choice(educationEndTypeOptions),
})
export type EducationEndInput = z.input<typeof educationEndSchema>

export type Education = {
  id: string
  clientId: string
  educationType: string
  institution: string
  programme: string | null
  startedOn: string
  endedOn: string | null
  endType: string | null
  note: string | null
  createdAt: string
  updatedAt: string
}
