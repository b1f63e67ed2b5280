// IPS-25 item 23 (time-unlimited follow-along supports) from the contacts around each job.
import { oneYearAfter, type Day } from '../dates'
import { countBetween } from '../days'
import type { PreparedClient, PreparedJob } from '../records'
import type { FidelityScore } from './items'
import type { SupportElement, TimeUnlimitedSupportPrefill } from './prefill'

const MONTH_DAYS = 30
const WEEKS_IN_FIRST_MONTH = 4

// Item 23 anchors: 5 = face to face within a week before the start, within 3 days after it, weekly in the first
// month and at least monthly for a year or more; 1 = no contact after the first month. The sources give no steps
// between, so the suggestion is: 1 when at least half of the jobs followed past the first month had no contact
// after it; otherwise 1 + the number of the four elements met in at least half of the jobs they were checked on
// (at least 2). Maintenance support (twice a year) is the step-down the anchor allows, so the monthly element stops
// there.
export function supportItem(jobs: Array<{ job: PreparedJob; client: PreparedClient }>, since: Day, on: Day) {
  const weekBeforeStart = { met: 0, evaluated: 0 }
  const within3DaysOfStart = { met: 0, evaluated: 0 }
  const weeklyFirstMonth = { met: 0, evaluated: 0 }
  const monthlyAfterFirstMonth = { met: 0, evaluated: 0 }
  let noContactAfterFirstMonth = 0
  for (const { job, client } of jobs) {
    const start = job.startedOn
    const meetings = client.faceToFaceClientContacts
    const metBetween = (from: Day, to: Day) => countBetween(meetings, from, to) > 0
    const lastDay = Math.min(job.endedOn ?? on, on)
    if (start >= since) {
      tally(weekBeforeStart, metBetween(start - 7, start - 1))
      if (start + 3 <= on) tally(within3DaysOfStart, metBetween(start, start + 3))
      if (start + 28 <= lastDay) {
        let everyWeek = true
        for (let week = 0; week < WEEKS_IN_FIRST_MONTH; week++)
          everyWeek &&= metBetween(start + 1 + 7 * week, start + 7 * (week + 1))
        tally(weeklyFirstMonth, everyWeek)
      }
    }
    const maintenanceFrom = client.maintenanceFrom
    const until = Math.min(
      lastDay,
      oneYearAfter(start),
      maintenanceFrom !== null && maintenanceFrom > start ? maintenanceFrom - 1 : Infinity,
    )
    let blocks = 0
    let everyMonth = true
    for (let block = start + 29; block + MONTH_DAYS - 1 <= until; block += MONTH_DAYS) {
      if (block + MONTH_DAYS - 1 < since) continue
      blocks++
      everyMonth &&= metBetween(block, block + MONTH_DAYS - 1)
    }
    if (blocks > 0) {
      tally(monthlyAfterFirstMonth, everyMonth)
      if (countBetween(client.reachedClientContacts, start + 29, until) === 0) noContactAfterFirstMonth++
    }
  }
  const elements = [weekBeforeStart, within3DaysOfStart, weeklyFirstMonth, monthlyAfterFirstMonth]
  const mostly = (element: SupportElement) => element.met * 2 >= element.evaluated
  let suggested: FidelityScore | null = null
  if (elements.every((element) => element.evaluated > 0)) {
    suggested =
      noContactAfterFirstMonth * 2 >= monthlyAfterFirstMonth.evaluated
        ? 1
        : (Math.max(2, 1 + elements.filter(mostly).length) as FidelityScore)
  }
  const line = (label: string, element: SupportElement) => `${label}: ${element.met}/${element.evaluated} työsuhteessa.`
  const result: TimeUnlimitedSupportPrefill = {
    item: 23,
    suggested,
    jobs: jobs.length,
    weekBeforeStart,
    within3DaysOfStart,
    weeklyFirstMonth,
    monthlyAfterFirstMonth,
    noContactAfterFirstMonth,
    explanation: [
      `Jaksolla ${jobs.length} työsuhdetta. Kasvokkaiset tapaamiset asiakkaan kanssa:`,
      line('viikon sisällä ennen työn alkua', weekBeforeStart),
      line('3 päivän sisällä aloituksesta', within3DaysOfStart),
      line('joka viikko ensimmäisen kuukauden ajan', weeklyFirstMonth),
      line('vähintään kuukausittain sen jälkeen (vuoden ajan tai ylläpitotukeen asti)', monthlyAfterFirstMonth),
      `Ei yhteyttä ensimmäisen kuukauden jälkeen: ${noContactAfterFirstMonth} työsuhteessa.`,
      suggested === null
        ? 'Ehdotusta ei voi tehdä: jokaista osatekijää ei voi vielä tarkistaa yhdestäkään työsuhteesta.'
        : 'Ehdotus: 1 + niiden osatekijöiden määrä, jotka toteutuivat vähintään puolessa työsuhteista (vähintään 2), ' +
          'tai 1, jos vähintään puolessa ei ollut yhteyttä ensimmäisen kuukauden jälkeen.',
    ],
  }
  return result
}

function tally(element: SupportElement, met: boolean) {
  element.evaluated++
  if (met) element.met++
}
