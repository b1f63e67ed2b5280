/**
 * A caseload a coach could have on `today`, one client per situation of the caseload review, entered through the API
 * as the app would (clients, cooperation agreements, phases, contacts, jobs, studies, a closure). Used by the core's
 * tests and by the end-to-end tests (through the page's API). Dates are days before or after `today`, so the
 * expected answers are the same on any day; the unit tests run it on Monday 16.3.2026 and write the dates out.
 */
import type { Api, MethodName } from '../../src-main/shared/api'
import { addDays } from '../../src-main/shared/dates/dates'
import { validAgreement, validClosure, withChanges } from '../unit/support/form-fixtures'

export type Invoke = <Name extends MethodName>(name: Name, input: Api[Name]['input']) => Promise<Api[Name]['output']>

/** A valid henkilötunnus for a date of birth (1900s or 2000s) and a running number. */
export function henkilotunnusOf(dateOfBirth: string, individual: number): string {
  const [year, month, day] = [dateOfBirth.slice(2, 4), dateOfBirth.slice(5, 7), dateOfBirth.slice(8, 10)]
  const number = String(individual).padStart(3, '0')
  const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${day}${month}${year}${number}`) % 31]
  return `${day}${month}${year}${dateOfBirth.startsWith('19') ? '-' : 'A'}${number}${check}`
}

type Person = { firstName: string; lastName: string; dateOfBirth: string; municipality: string; nurseName: string }

const PEOPLE = {
  quiet: {
    firstName: 'Aino',
    lastName: 'Virtanen',
    dateOfBirth: '1988-04-12',
    municipality: 'Joensuu',
    nurseName: 'Leena Korpela',
  },
  newClient: {
    firstName: 'Mikko',
    lastName: 'Järvinen',
    dateOfBirth: '1995-11-03',
    municipality: 'Kontiolahti',
    nurseName: 'Outi Hoitaja',
  },
  inWork: {
    firstName: 'Sanna',
    lastName: 'Mäkelä',
    dateOfBirth: '1979-06-21',
    municipality: 'Liperi',
    nurseName: 'Pirjo Pelkonen',
  },
  unreachable: {
    firstName: 'Juha',
    lastName: 'Kettunen',
    dateOfBirth: '1983-02-09',
    municipality: 'Outokumpu',
    nurseName: 'Raili Rantanen',
  },
  jobStarts: {
    firstName: 'Leila',
    lastName: 'Nieminen',
    dateOfBirth: '1991-08-30',
    municipality: 'Kitee',
    nurseName: 'Outi Hoitaja',
  },
  closed: {
    firstName: 'Pekka',
    lastName: 'Heikkilä',
    dateOfBirth: '1970-12-01',
    municipality: 'Nurmes',
    nurseName: 'Marja Mustonen',
  },
  referred: {
    firstName: 'Eeva',
    lastName: 'Koskela',
    dateOfBirth: '2001-01-17',
    municipality: 'Ilomantsi',
    nurseName: 'Leena Korpela',
  },
  maintenance: {
    firstName: 'Ville',
    lastName: 'Laitinen',
    dateOfBirth: '1986-09-14',
    municipality: 'Joensuu',
    nurseName: 'Raili Rantanen',
  },
  studying: {
    firstName: 'Tiina',
    lastName: 'Lehtola',
    dateOfBirth: '1999-05-25',
    municipality: 'Lieksa',
    nurseName: 'Pirjo Pelkonen',
  },
} satisfies Record<string, Person>

export type SeededKey = keyof typeof PEOPLE

export type SeededCaseload = {
  ids: Record<SeededKey, string>
  /** "Aino Virtanen" etc. */
  names: Record<SeededKey, string>
  /** Every personal value typed in (names, dates, ids, free text), for scans of what must not leave the app. */
  personal: string[]
}

export async function seedCaseload(invoke: Invoke, today: string): Promise<SeededCaseload> {
  const day = (offset: number) => addDays(today, offset)
  const personal: string[] = []
  const typed = <T>(value: T): T => {
    const walk = (v: unknown) => {
      // codes such as 'face-to-face' or 'vocational' are the app's words, not the client's
      if (typeof v === 'string' && v.trim().length >= 3 && !/^[a-z][a-z-]*$/.test(v)) personal.push(v)
      else if (Array.isArray(v)) v.forEach(walk)
      else if (v && typeof v === 'object') Object.values(v).forEach(walk)
    }
    walk(value)
    return value
  }
  const ids = {} as Record<SeededKey, string>
  const names = {} as Record<SeededKey, string>
  let running = 100

  const employer = async (name: string, businessId: string) =>
    (
      await invoke(
        'employers-create',
        typed({ name, businessId, municipality: 'Joensuu', note: `Yhteyshenkilö ${name}` }),
      )
    ).id
  const cafe = await employer('Kahvila Aurora', '0737546-2')
  const library = await employer('Kirjasto Lukutoukka Oy', '1572860-0')

  const client = async (key: SeededKey, extra: { referralDate?: string; situationAtReferral?: 'working' } = {}) => {
    const person = PEOPLE[key]
    const created = await invoke(
      'clients-create',
      typed({
        ...person,
        henkilotunnus: henkilotunnusOf(person.dateOfBirth, (running += 2)),
        phone: `040 ${String(running).padStart(3, '0')} 4567`,
        email: `${person.firstName.toLowerCase()}.asiakas@example.fi`,
        treatingUnit: `${person.municipality}n psykiatrian poliklinikka`,
        status: 'waiting' as const,
        ...extra,
      }),
    )
    ids[key] = created.id
    names[key] = `${person.firstName} ${person.lastName}`
    personal.push(created.id)
    return created.id
  }
  const finalise = async (clientId: string, formId: string, values: Record<string, unknown>) => {
    const { documentId } = await invoke('forms-create', { clientId, formId })
    const result = await invoke('forms-finalise', { documentId, values: typed(values) as never })
    if (!result.ok) throw new Error(`${formId} did not finalise: ${JSON.stringify(result.issues)}`)
  }
  const enter = async (clientId: string, offset: number) =>
    finalise(clientId, 'cooperation-agreement', withChanges(validAgreement, { entryDate: day(offset) }))
  const phase = (clientId: string, value: 1 | 2 | 3 | 4 | 5, offset: number, maintenance = false) =>
    invoke(
      'phases-change',
      typed({ clientId, phase: value, fromDate: day(offset), maintenance, note: `Vaihe ${value}` }),
    )
  const met = (clientId: string, offset: number, note: string) =>
    invoke(
      'contacts-create',
      typed({ clientId, onDate: day(offset), withWhom: 'client', mode: 'face-to-face', reached: true, note }),
    )
  const attempt = (clientId: string, offset: number) =>
    invoke(
      'contacts-create',
      typed({
        clientId,
        onDate: day(offset),
        withWhom: 'client',
        mode: 'phone',
        reached: false,
        note: 'Ei vastannut puhelimeen.',
      }),
    )
  const metEmployer = (clientId: string, employerId: string, offset: number) =>
    invoke(
      'contacts-create',
      typed({
        clientId,
        employerId,
        onDate: day(offset),
        withWhom: 'employer',
        mode: 'face-to-face',
        reached: true,
        note: 'Työnantajakäynti asiakkaan puolesta.',
      }),
    )
  const job = (clientId: string, employerId: string, offset: number, title: string) =>
    invoke(
      'jobs-start',
      typed({
        clientId,
        employerId,
        title,
        jobType: title,
        startedOn: day(offset),
        hoursPerWeek: 20,
        contractType: 'permanent',
        wageSubsidy: false,
        wageAsCoworkers: true,
        openToAnyone: true,
        serviceTimeLimit: false,
        note: `${title}, aamuvuorot`,
      }),
    )

  // Aino: nobody has met her for 25 days: "no recent contact", due 4 days ago.
  const quiet = await client('quiet', { referralDate: day(-70) })
  await enter(quiet, -60)
  await phase(quiet, 2, -40)
  await metEmployer(quiet, cafe, -50)
  await met(quiet, -25, 'Ammatillinen profiili, osa 2.')

  // Mikko: entered 25 days ago, no employer met yet: "first employer contact", due in 5 days.
  const newClient = await client('newClient', { referralDate: day(-30) })
  await enter(newClient, -25)
  await met(newClient, -3, 'Työnhakusuunnitelma aloitettu.')

  // Sanna: a job since 30 days, last seen 10 days ago: weekly in-work support, due 3 days ago.
  const inWork = await client('inWork')
  await enter(inWork, -200)
  await metEmployer(inWork, cafe, -150)
  await phase(inWork, 5, -30)
  await job(inWork, cafe, -30, 'Kahvilatyöntekijä')
  await met(inWork, -10, 'Työpaikkakäynti, sujuu hyvin.')

  // Juha: last reached 70 days ago, three unanswered calls since: "unreachable", due 10 days ago.
  const unreachable = await client('unreachable')
  await enter(unreachable, -150)
  await metEmployer(unreachable, library, -140)
  await phase(unreachable, 3, -120)
  await met(unreachable, -70, 'Tapaaminen kirjastossa.')
  for (const offset of [-40, -20, -5]) await attempt(unreachable, offset)

  // Leila: a job starts in 2 days: "support at the job start", due in 5 days.
  const jobStarts = await client('jobStarts')
  await enter(jobStarts, -100)
  await metEmployer(jobStarts, library, -90)
  await phase(jobStarts, 4, -10)
  await met(jobStarts, -2, 'Valmistauduttiin ensimmäiseen työpäivään.')
  await job(jobStarts, library, 2, 'Kirjastoapulainen')

  // Pekka: closed 30 days ago (goal reached); a job that ended long before.
  const closed = await client('closed')
  await enter(closed, -300)
  await metEmployer(closed, cafe, -290)
  const pekkaJob = await job(closed, cafe, -280, 'Varastotyöntekijä')
  await invoke(
    'jobs-end',
    typed({ jobId: pekkaJob.id, endedOn: day(-120), endType: 'fixed-term-ended', lessons: 'Hyvä kokemus varastosta.' }),
  )
  await finalise(closed, 'closure', withChanges(validClosure, { closureDate: day(-30), careTeamAgreedDate: day(-31) }))

  // Eeva: referred 5 days ago, no cooperation agreement yet: not in the caseload.
  await client('referred', { referralDate: day(-5) })

  // Ville: maintenance support since 180 days, in work, last seen 178 days ago: maintenance contact due in 4 days.
  const maintenance = await client('maintenance', { situationAtReferral: 'working' })
  await enter(maintenance, -400)
  await metEmployer(maintenance, library, -390)
  await job(maintenance, library, -300, 'Kiinteistöhuoltaja')
  await phase(maintenance, 5, -180, true)
  await met(maintenance, -178, 'Ylläpitävä tuki sovittu.')

  // Tiina: studying since 60 days, seen 5 days ago: nothing due this week.
  const studying = await client('studying')
  await enter(studying, -90)
  await metEmployer(studying, cafe, -80)
  await phase(studying, 3, -70)
  await invoke(
    'education-start',
    typed({
      clientId: studying,
      educationType: 'vocational',
      institution: 'Riveria',
      programme: 'Liiketalouden perustutkinto',
      startedOn: day(-60),
      note: 'Opiskelee iltaisin.',
    }),
  )
  await met(studying, -5, 'Opintojen tuki.')

  return { ids, names, personal: [...new Set(personal)] }
}
