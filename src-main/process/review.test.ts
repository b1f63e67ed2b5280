import { describe, expect, it } from 'vitest'
import { CONTACT_THAT_CLEARS, reviewCaseload } from './index'
import { attempt, client, job, metEmployer, phase, reached, records } from './test-helpers'

// A seeded caseload: one client per situation, named after it. Today is Monday 16.3.2026, so items due up to
// 23.3.2026 (today + 7) are listed. February 2026 has 28 days.
const TODAY = '2026-03-16'

const SEEDED = records({
  clients: [
    client('c01-new', { enteredOn: '2026-03-02', phases: [phase(1, '2026-03-02')] }),
    client('c02-quiet', { enteredOn: '2025-12-01', phases: [phase(1, '2025-12-01'), phase(2, '2026-01-05')] }),
    client('c03-employer-due-today', { enteredOn: '2026-02-14', phases: [phase(2, '2026-02-14')] }),
    client('c04-unreached-twice', { enteredOn: '2025-10-01', phases: [phase(3, '2025-11-01')] }),
    client('c05-unreached-three-times', { enteredOn: '2025-10-01', phases: [phase(3, '2025-11-01')] }),
    client('c06-job-starts-soon', {
      enteredOn: '2025-11-01',
      phases: [phase(3, '2025-11-20'), phase(4, '2026-03-01')],
    }),
    client('c07-job-started-3-days-ago', { enteredOn: '2025-09-01', phases: [phase(5, '2026-03-13')] }),
    client('c08-job-start-supported', { enteredOn: '2025-09-01', phases: [phase(5, '2026-03-14')] }),
    client('c09-in-work-weekly', { enteredOn: '2025-06-01', phases: [phase(5, '2026-03-02')] }),
    client('c10-in-work-monthly', { enteredOn: '2025-06-01', phases: [phase(5, '2025-12-01')] }),
    client('c11-job-ended-yesterday', { enteredOn: '2025-06-01', phases: [phase(5, '2025-10-01')] }),
    client('c12-maintenance-due', {
      enteredOn: '2024-09-01',
      phases: [phase(5, '2025-01-01')],
      maintenanceFrom: '2025-09-01',
    }),
    client('c13-maintenance-past-one-year', {
      enteredOn: '2024-01-10',
      phases: [phase(5, '2024-06-01')],
      maintenanceFrom: '2025-03-01',
    }),
    client('c14-closed', { enteredOn: '2025-01-01', closedOn: '2026-03-10', closureReason: 'goal-reached' }),
    client('c15-referred-only', { referredOn: '2026-03-01' }),
    client('c16-closes-next-month', {
      enteredOn: '2026-01-12',
      closedOn: '2026-04-01',
      phases: [phase(2, '2026-01-12')],
    }),
    client('c17-two-items-same-day', { enteredOn: '2026-02-14', phases: [phase(1, '2026-02-14')] }),
  ],
  contacts: [
    reached('c02-quiet', '2026-02-11'),
    metEmployer('c02-quiet', '2026-01-20'),
    reached('c03-employer-due-today', '2026-03-10', true),
    metEmployer('c04-unreached-twice', '2025-10-20'),
    reached('c04-unreached-twice', '2025-12-15'),
    attempt('c04-unreached-twice', '2026-01-10'),
    attempt('c04-unreached-twice', '2026-02-10'),
    metEmployer('c05-unreached-three-times', '2025-10-20'),
    reached('c05-unreached-three-times', '2025-12-15'),
    attempt('c05-unreached-three-times', '2026-01-10'),
    attempt('c05-unreached-three-times', '2026-02-10'),
    attempt('c05-unreached-three-times', '2026-03-10'),
    metEmployer('c06-job-starts-soon', '2025-11-20'),
    reached('c06-job-starts-soon', '2026-03-12'),
    metEmployer('c07-job-started-3-days-ago', '2025-09-15'),
    reached('c07-job-started-3-days-ago', '2026-03-09'),
    metEmployer('c08-job-start-supported', '2025-09-15'),
    reached('c08-job-start-supported', '2026-03-15'),
    metEmployer('c09-in-work-weekly', '2025-06-10'),
    reached('c09-in-work-weekly', '2026-03-05'),
    metEmployer('c10-in-work-monthly', '2025-06-10'),
    reached('c10-in-work-monthly', '2026-02-20'),
    metEmployer('c11-job-ended-yesterday', '2025-06-10'),
    reached('c11-job-ended-yesterday', '2026-02-01'),
    metEmployer('c12-maintenance-due', '2024-09-10'),
    reached('c12-maintenance-due', '2025-09-20'),
    metEmployer('c13-maintenance-past-one-year', '2024-01-20'),
    reached('c13-maintenance-past-one-year', '2025-06-01'),
    metEmployer('c16-closes-next-month', '2026-01-30'),
    reached('c16-closes-next-month', '2026-03-02'),
    reached('c17-two-items-same-day', '2026-02-23'),
  ],
  jobs: [
    job('c06-job-starts-soon', '2026-03-18'),
    job('c07-job-started-3-days-ago', '2026-03-13'),
    job('c08-job-start-supported', '2026-03-14'),
    job('c09-in-work-weekly', '2026-03-02'),
    job('c10-in-work-monthly', '2025-12-01'),
    job('c11-job-ended-yesterday', '2025-10-01', { endedOn: '2026-03-15' }),
    job('c12-maintenance-due', '2025-01-01'),
  ],
})

describe('reviewCaseload on the seeded caseload (16.3.2026)', () => {
  const review = reviewCaseload(SEEDED, TODAY)

  it('counts the active clients: entered and not closed on today', () => {
    // 17 clients − c14 (closed 10.3.) − c15 (never entered) = 15; c16 closes only on 1.4.
    expect(review.active).toBe(15)
  })

  it('counts active clients by their phase on today', () => {
    // phase 1: c01, c17 · 2: c02 (1 → 2 on 5.1.), c03, c16 · 3: c04, c05 · 4: c06 (3 → 4 on 1.3.)
    // 5: c07, c08, c09, c10, c11, c12, c13
    expect(review.byPhase).toEqual({ 1: 2, 2: 3, 3: 2, 4: 1, 5: 7, none: 0 })
  })

  it('recommends 30 when some active client is past phase 3', () => {
    expect(review.recommendedMax).toBe(30)
  })

  it('lists exactly the items computed by hand, sorted by dueOn, clientId, kind', () => {
    expect(review.due).toEqual([
      // 15.12. (last reached contact) + 21 = 5.1.; only 2 attempts since, so not yet "unreachable"
      { clientId: 'c04-unreached-twice', kind: 'no-recent-contact', dueOn: '2026-01-05', overdue: true },
      // 15.12. + 60 = 13.2. (16 + 31 + 13 days); 91 days without contact and 3 attempts since → no no-recent-contact
      { clientId: 'c05-unreached-three-times', kind: 'unreachable', dueOn: '2026-02-13', overdue: true },
      // job ended 15.3. (yesterday): not ongoing, so the contact rule applies: 1.2. + 21 = 22.2.
      { clientId: 'c11-job-ended-yesterday', kind: 'no-recent-contact', dueOn: '2026-02-22', overdue: true },
      // 11.2. + 21 = 4.3.
      { clientId: 'c02-quiet', kind: 'no-recent-contact', dueOn: '2026-03-04', overdue: true },
      // job started 2.3., last contact 5.3.: 5.3. + 7 = 12.3. is within the first 28 days (≤ 30.3.)
      { clientId: 'c09-in-work-weekly', kind: 'in-work-support', dueOn: '2026-03-12', overdue: true },
      // entered 14.2. + 30 = 16.3. = today: due, not overdue
      { clientId: 'c03-employer-due-today', kind: 'first-employer-contact', dueOn: '2026-03-16', overdue: false },
      // job started 13.3. (3 days ago), no contact since: 13.3. + 3 = 16.3.
      { clientId: 'c07-job-started-3-days-ago', kind: 'job-start-support', dueOn: '2026-03-16', overdue: false },
      // entered 14.2. + 30 = 16.3. and last contact 23.2. + 21 = 16.3.: same day, sorted by kind
      { clientId: 'c17-two-items-same-day', kind: 'first-employer-contact', dueOn: '2026-03-16', overdue: false },
      { clientId: 'c17-two-items-same-day', kind: 'no-recent-contact', dueOn: '2026-03-16', overdue: false },
      // job starts 18.3.: 18.3. + 3 = 21.3.
      { clientId: 'c06-job-starts-soon', kind: 'job-start-support', dueOn: '2026-03-21', overdue: false },
      // maintenance since 1.9.2025, last contact 20.9.2025 + 182 = 21.3.2026 (10+31+30+31+31+28+21)
      { clientId: 'c12-maintenance-due', kind: 'maintenance-contact', dueOn: '2026-03-21', overdue: false },
      // job since 1.12.2025, last contact 20.2.: 20.2. + 7 = 27.2. is past day 28 (29.12.), so 20.2. + 30 = 22.3.
      { clientId: 'c10-in-work-monthly', kind: 'in-work-support', dueOn: '2026-03-22', overdue: false },
      // entered 2.3. + 21 = 23.3. = today + 7: the last listed day
      { clientId: 'c01-new', kind: 'no-recent-contact', dueOn: '2026-03-23', overdue: false },
      // 2.3. + 21 = 23.3.
      { clientId: 'c16-closes-next-month', kind: 'no-recent-contact', dueOn: '2026-03-23', overdue: false },
    ])
  })

  it('gives no items to closed, referred-only, supported or past-maintenance clients', () => {
    const listed = new Set(review.due.map((item) => item.clientId))
    // c08: contact the day after the start; c13: maintenance ended 1.3.2026 (a year after 1.3.2025)
    for (const id of ['c08-job-start-supported', 'c13-maintenance-past-one-year', 'c14-closed', 'c15-referred-only']) {
      expect(listed.has(id), id).toBe(false)
    }
  })

  it('clears each item for now when the coach logs the contact the review names, except a job start still ahead', () => {
    for (const item of review.due) {
      const contact = { clientId: item.clientId, on: TODAY, reached: true, ...CONTACT_THAT_CLEARS[item.kind] }
      const after = reviewCaseload({ ...SEEDED, contacts: [...SEEDED.contacts, contact] }, TODAY)
      const next = after.due.find((other) => other.clientId === item.clientId && other.kind === item.kind)
      if (item.clientId === 'c06-job-starts-soon') {
        // the job starts on 18.3.: only a contact on or after the start supports the start
        expect(next).toEqual(item)
      } else if (item.clientId === 'c09-in-work-weekly') {
        // weekly support: the next contact falls due a week later, 16.3. + 7 = 23.3., still within this week's list
        expect(next).toEqual({ ...item, dueOn: '2026-03-23', overdue: false })
      } else expect(next, `${item.clientId} ${item.kind}`).toBeUndefined()
    }
  })
})
