import { describe, expect, it } from 'vitest'
import { reviewCaseload } from './index'
import { attempt, client, job, metEmployer, phase, reached, records } from './test-helpers'

// Each rule at its edges, on small caseloads. Today is Monday 16.3.2026 (listed up to 23.3.); February 2026 has 28 days.
const TODAY = '2026-03-16'

describe('due rules at their edges', () => {
  const entered = (id: string, on: string) => client(id, { enteredOn: on, phases: [phase(3, on)] })
  const dueOf = (input: ReturnType<typeof records>, today: string, rules = {}) =>
    reviewCaseload(input, today, rules).due.map(({ kind, dueOn, overdue }) => ({ kind, dueOn, overdue }))

  it('uses the rules given and the defaults for the rest', () => {
    const input = records({ clients: [entered('a', '2026-03-02')], contacts: [metEmployer('a', '2026-03-03')] })
    // 2.3. + 14 = 16.3.
    expect(dueOf(input, TODAY, { noContactDays: 14 })).toEqual([
      { kind: 'no-recent-contact', dueOn: '2026-03-16', overdue: false },
    ])
    expect(reviewCaseload(input, TODAY, { model: 'travelling' }).recommendedMax).toBe(25)
  })

  it('lists an item due on today + 7 but not one due on today + 8', () => {
    const input = records({
      clients: [entered('a', '2026-03-02'), entered('b', '2026-03-03')],
      contacts: [metEmployer('a', '2026-03-02'), metEmployer('b', '2026-03-03')],
    })
    // a: 2.3. + 21 = 23.3. (listed); b: 3.3. + 21 = 24.3. (not yet)
    expect(reviewCaseload(input, TODAY).due.map((item) => item.clientId)).toEqual(['a'])
  })

  it('counts only reached contacts with the client itself, on or before today', () => {
    const input = records({
      clients: [entered('a', '2026-02-02')],
      contacts: [
        metEmployer('a', '2026-02-03'),
        { clientId: 'a', on: '2026-03-01', with: 'family', reached: true, faceToFace: true },
        { clientId: 'a', on: '2026-03-02', with: 'care-team', reached: true, faceToFace: false },
        attempt('a', '2026-03-03'),
        reached('a', '2026-03-20'), // logged ahead of today: does not count
      ],
    })
    // 2.2. + 21 = 23.2.
    expect(dueOf(input, TODAY)).toEqual([{ kind: 'no-recent-contact', dueOn: '2026-02-23', overdue: true }])
  })

  it('starts the contact clock at entry when the last contact was before it', () => {
    const input = records({
      clients: [entered('a', '2026-03-01')],
      contacts: [reached('a', '2026-02-01'), metEmployer('a', '2026-03-02')],
    })
    // max(1.2., 1.3.) + 21 = 22.3.
    expect(dueOf(input, TODAY)).toEqual([{ kind: 'no-recent-contact', dueOn: '2026-03-22', overdue: false }])
  })

  it('clears the first employer contact only with a reached face-to-face contact about this client', () => {
    const input = records({
      clients: [entered('a', '2026-02-01')],
      contacts: [
        reached('a', '2026-03-10'),
        { on: '2026-02-05', with: 'employer', reached: true, faceToFace: true }, // general, no client
        { clientId: 'a', on: '2026-02-06', with: 'employer', reached: true, faceToFace: false }, // phone
        { clientId: 'a', on: '2026-02-07', with: 'employer', reached: false, faceToFace: true }, // not met
      ],
    })
    // 1.2. + 30 = 3.3.
    expect(dueOf(input, TODAY)).toEqual([{ kind: 'first-employer-contact', dueOn: '2026-03-03', overdue: true }])
    const met = records({ ...input, contacts: [...input.contacts, metEmployer('a', '2026-03-03')] })
    expect(dueOf(met, TODAY)).toEqual([])
  })

  it('treats two unreached attempts as not enough and three as unreachable', () => {
    const base = records({
      clients: [entered('a', '2025-12-01')],
      contacts: [metEmployer('a', '2025-12-02'), reached('a', '2026-01-10'), attempt('a', '2026-01-10')],
    })
    // the attempt on 10.1. is on the clock's own day and does not count; 10.1. + 21 = 31.1.
    const two = records({
      ...base,
      contacts: [...base.contacts, attempt('a', '2026-02-01'), attempt('a', '2026-03-01')],
    })
    expect(dueOf(two, TODAY)).toEqual([{ kind: 'no-recent-contact', dueOn: '2026-01-31', overdue: true }])
    // 65 days since 10.1. ≥ 60 and 3 attempts since: 10.1. + 60 = 11.3. (21 + 28 + 11)
    const three = records({ ...two, contacts: [...two.contacts, attempt('a', '2026-03-15')] })
    expect(dueOf(three, TODAY)).toEqual([{ kind: 'unreachable', dueOn: '2026-03-11', overdue: true }])
    // three attempts but only 59 days since the last contact: not yet
    expect(dueOf(three, '2026-03-10').map((item) => item.kind)).toEqual(['no-recent-contact'])
  })

  it('switches in-work support from weekly to monthly when the next contact would fall after day 28', () => {
    const started = '2026-02-01' // day 28 = 1.3.
    const withContact = (on: string) =>
      records({
        clients: [entered('a', '2025-12-01')],
        contacts: [metEmployer('a', '2025-12-02'), reached('a', on)],
        jobs: [job('a', started)],
      })
    // contact on day 21 (22.2.): 22.2. + 7 = 1.3. = day 28 → weekly
    expect(dueOf(withContact('2026-02-22'), '2026-02-25')).toEqual([
      { kind: 'in-work-support', dueOn: '2026-03-01', overdue: false },
    ])
    // contact on day 22 (23.2.): 23.2. + 7 = 2.3. > day 28 → monthly: 23.2. + 30 = 25.3.
    expect(dueOf(withContact('2026-02-23'), '2026-03-18')).toEqual([
      { kind: 'in-work-support', dueOn: '2026-03-25', overdue: false },
    ])
    // a contact before the start does not count: the clock is the start, 1.2. + 7 = 8.2., long overdue
    expect(dueOf(withContact('2026-01-20'), TODAY)).toEqual([
      { kind: 'in-work-support', dueOn: '2026-02-08', overdue: true },
    ])
  })

  it('lists job start support up to startedOn + 3 and only while no contact since the start', () => {
    const starting = (on: string) =>
      records({
        clients: [entered('a', '2025-12-01')],
        contacts: [metEmployer('a', '2025-12-02'), reached('a', '2026-03-15')],
        jobs: [job('a', on)],
      })
    // starts 20.3.: 20.3. + 3 = 23.3. (listed); starts 21.3.: 24.3. (not yet)
    expect(dueOf(starting('2026-03-20'), TODAY)).toEqual([
      { kind: 'job-start-support', dueOn: '2026-03-23', overdue: false },
    ])
    expect(dueOf(starting('2026-03-21'), TODAY)).toEqual([])
    // started 15.3. and met the client that day: supported
    expect(dueOf(starting('2026-03-15'), TODAY)).toEqual([])
  })

  it('keeps maintenance reminders for exactly one year after maintenanceFrom', () => {
    const maintained = (from: string) =>
      records({
        clients: [client('a', { enteredOn: '2024-01-01', phases: [phase(5, '2024-06-01')], maintenanceFrom: from })],
        contacts: [metEmployer('a', '2024-01-02'), reached('a', '2025-09-20')],
      })
    // from 16.3.2025: today is the last day of the year; 20.9.2025 + 182 = 21.3.2026
    expect(dueOf(maintained('2025-03-16'), TODAY)).toEqual([
      { kind: 'maintenance-contact', dueOn: '2026-03-21', overdue: false },
    ])
    // from 15.3.2025: the year ended yesterday, no reminder (and no no-recent-contact: still in maintenance)
    expect(dueOf(maintained('2025-03-15'), TODAY)).toEqual([])
  })

  it('gives no items to a client not yet entered, even with a job', () => {
    const input = records({ clients: [client('a', { referredOn: '2026-03-01' })], jobs: [job('a', '2026-03-15')] })
    expect(reviewCaseload(input, TODAY)).toEqual({
      active: 0,
      byPhase: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 },
      recommendedMax: 20,
      due: [],
    })
  })
})

describe('phase on a day and the recommended maximum', () => {
  it('takes the last history entry with from <= today, also from an unsorted history', () => {
    const input = records({
      clients: [
        client('a', { enteredOn: '2026-01-01', phases: [phase(3, '2026-03-01'), phase(1, '2026-01-01')] }),
        client('b', { enteredOn: '2026-01-01', phases: [phase(1, '2026-01-01'), phase(2, '2026-03-16')] }),
        client('c', { enteredOn: '2026-01-01', phases: [phase(2, '2026-03-17')] }),
      ],
    })
    // a: 3 (since 1.3.); b: 2 (from today); c: its only entry starts tomorrow → none
    const review = reviewCaseload(input, TODAY)
    expect(review.byPhase).toEqual({ 1: 0, 2: 1, 3: 1, 4: 0, 5: 0, none: 1 })
    // c has no phase, so not every active client is in phases 1–3
    expect(review.recommendedMax).toBe(30)
    expect(reviewCaseload(records({ clients: input.clients.slice(0, 2) }), TODAY).recommendedMax).toBe(20)
  })

  it('lets the later of two same-day entries win', () => {
    const input = records({
      clients: [client('a', { enteredOn: '2026-01-01', phases: [phase(1, '2026-01-01'), phase(2, '2026-01-01')] })],
    })
    expect(reviewCaseload(input, TODAY).byPhase[2]).toBe(1)
  })
})
