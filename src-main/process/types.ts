// The public contract of the caseload engine (product spec "caseload and reports" §1). Names and shapes are fixed:
// checks outside this repository call them. Add new types beside these; never change these.

export type Phase = 1 | 2 | 3 | 4 | 5

export type ClosureReason = 'goal-reached' | 'client-wish' | 'not-reached' | 'not-progressing' | 'moved' | 'other'

export type CaseloadRecords = {
  clients: Array<{
    id: string
    /** referral received */
    referredOn?: string
    /** IPS entry: the cooperation agreement was made (phase 1 begins) */
    enteredOn?: string
    closedOn?: string
    closureReason?: ClosureReason
    /** already in paid work when referred (retention clients) */
    workingAtReferral?: boolean
    /** history; the phase on a day is the last entry with from <= day */
    phases: Array<{ phase: Phase; from: string }>
    /** phase 5 moved from active support to maintenance support */
    maintenanceFrom?: string
  }>
  contacts: Array<{
    /** absent: a general employer contact not about one client */
    clientId?: string
    on: string
    with: 'client' | 'employer' | 'care-team' | 'family' | 'other'
    /** false = an attempt that did not reach the person (outreach log) */
    reached: boolean
    faceToFace: boolean
  }>
  jobs: Array<{ clientId: string; startedOn: string; endedOn?: string; hoursPerWeek: number; competitive: boolean }>
  education: Array<{ clientId: string; startedOn: string; endedOn?: string }>
}

export type CaseloadRules = {
  /** default 21 */
  noContactDays: number
  /** default 30 */
  firstEmployerContactDays: number
  /** default 60 */
  unreachableDays: number
  /** default 3 */
  unreachableAttempts: number
  /** default 182 */
  maintenanceIntervalDays: number
  /** default 'central' */
  model: 'central' | 'travelling'
}

export type PhaseCounts = { 1: number; 2: number; 3: number; 4: number; 5: number; none: number }

export type DueKind =
  | 'no-recent-contact'
  | 'first-employer-contact'
  | 'job-start-support'
  | 'in-work-support'
  | 'maintenance-contact'
  | 'unreachable'

export type DueItem = { clientId: string; kind: DueKind; dueOn: string; overdue: boolean }

export type CaseloadReview = {
  /** clients open on `today`: enteredOn <= today and (no closedOn or closedOn > today) */
  active: number
  /** active clients by their phase on `today` */
  byPhase: PhaseCounts
  /** 20 if every active client is in phases 1–3 (a client with no phase is not); 30 otherwise; 25 travelling */
  recommendedMax: number
  /** sorted by dueOn, then clientId, then kind (alphabetical) */
  due: DueItem[]
}

export type OutcomeReport = {
  period: { from: string; to: string }
  referrals: number
  entries: number
  served: number
  employed: number
  employmentRate: number | null
  outOfWorkServed: number
  outOfWorkEmployed: number
  outOfWorkEmploymentRate: number | null
  jobStarts: number
  firstJobStarts: number
  inEducation: number
  workingOrStudying: number
  medianDaysToFirstEmployerContact: number | null
  firstEmployerContactWithin30Days: number | null
  closures: Record<NonNullable<CaseloadRecords['clients'][number]['closureReason']>, number>
  byPhaseAtEnd: PhaseCounts
}

/**
 * What one client adds to the outcome report of a period (outcomeRows): the report's figures are the sums of these
 * rows, so the anonymised export's per-client rows add up to the figures. A client who adds nothing has no row.
 */
export type OutcomeClientRow = {
  clientId: string
  /** referredOn in the period */
  referred: boolean
  /** enteredOn in the period */
  entered: boolean
  /** open at any time in the period */
  served: boolean
  /** served, with a competitive job overlapping the period */
  employed: boolean
  /** served, not working at referral */
  outOfWork: boolean
  /** out of work and a competitive job started in the period */
  outOfWorkEmployed: boolean
  /** start days of the competitive jobs that started in the period, ascending (every job, served or not) */
  jobStartsOn: string[]
  /** the client's first competitive job ever started in the period */
  firstJobStart: boolean
  /** served, with education overlapping the period */
  inEducation: boolean
  workingOrStudying: boolean
  /** entered in the period: days to the first face-to-face employer contact; null without one (or not entered) */
  daysToFirstEmployerContact: number | null
  /** closedOn in the period */
  closed: boolean
  /** the recorded reason of a closure in the period */
  closureReason: ClosureReason | null
  /** open on the period's last day: the phase then ('none' without one); null when not open on it */
  phaseAtEnd: Phase | 'none' | null
}
