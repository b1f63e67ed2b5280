// The records' explanations of the IPS-25 suggestions (items 1, 15, 19, 20, 21, 23) in each language. The core
// writes them in Finnish (`explanation`, part of the process engine's contract); every number behind them is in the
// suggestion too, so the lines are written here again from those numbers. The Finnish lines here must equal the
// core's (prefill-explanation.test.ts), so a changed core sentence shows up as a translation to update.
import { round2 } from '../../../benefits/round'
import type { FidelityPrefillItem, SupportElement } from '../../../process'
import type { Language } from '../../i18n/languages'

type Words = {
  number: (value: number) => string
  percent: (share: number) => string
  caseload: (active: string | number, specialists: string, perSpecialist: string) => string
  entered: (entered: number, withContact: number) => string
  median: (days: string, within30: number, withContact: number) => string
  waiting: (count: number) => string
  recorded: (item: 19 | 20, jobs: number, recorded: number) => string
  different: (item: 19 | 20, different: number, share: string) => string
  competitive: (jobs: number, competitive: number, share: string | null) => string
  supportJobs: (jobs: number) => string
  supportLine: (element: 0 | 1 | 2 | 3, met: number, evaluated: number) => string
  noContactAfterFirstMonth: (count: number) => string
  supportRule: (suggested: boolean) => string
}

const commaNumber = (value: number) => String(round2(value)).replace('.', ',')

const finnish: Words = {
  number: commaNumber,
  percent: (share) => `${commaNumber(share * 100)}\u00a0%`,
  caseload: (active, specialists, per) =>
    `Aktiivisia asiakkaita arviointipäivänä ${active}, valmentajia ${specialists}: ${per} asiakasta valmentajaa kohden.`,
  entered: (entered, withContact) =>
    `Jaksolla palveluun tuli ${entered} asiakasta; ${withContact} heistä on tavannut työnantajan.`,
  median: (days, within30, withContact) =>
    `Mediaani ${days} päivää palveluun tulosta ensimmäiseen kasvokkaiseen työnantajakontaktiin; ` +
    `${within30}/${withContact} enintään 30 päivässä.`,
  waiting: (count) => `${count} asiakasta on ollut palvelussa yli 30 päivää ilman työnantajakontaktia.`,
  recorded: (item, jobs, recorded) =>
    `Jaksolla ${jobs} työsuhdetta; ${item === 19 ? 'työtehtävä' : 'työnantaja'} kirjattu ${recorded}:een.`,
  different: (item, different, share) => `Eri ${item === 19 ? 'työtehtäviä' : 'työnantajia'} ${different}: ${share}.`,
  competitive: (jobs, competitive, share) =>
    `Jaksolla ${jobs} työsuhdetta, joista kilpailullisia ${competitive}${share === null ? '.' : `: ${share}.`}`,
  supportJobs: (jobs) => `Jaksolla ${jobs} työsuhdetta. Kasvokkaiset tapaamiset asiakkaan kanssa:`,
  supportLine: (element, met, evaluated) =>
    `${
      [
        'viikon sisällä ennen työn alkua',
        '3 päivän sisällä aloituksesta',
        'joka viikko ensimmäisen kuukauden ajan',
        'vähintään kuukausittain sen jälkeen (vuoden ajan tai ylläpitotukeen asti)',
      ][element]
    }: ${met}/${evaluated} työsuhteessa.`,
  noContactAfterFirstMonth: (count) => `Ei yhteyttä ensimmäisen kuukauden jälkeen: ${count} työsuhteessa.`,
  supportRule: (suggested) =>
    suggested
      ? 'Ehdotus: 1 + niiden osatekijöiden määrä, jotka toteutuivat vähintään puolessa työsuhteista (vähintään 2), ' +
        'tai 1, jos vähintään puolessa ei ollut yhteyttä ensimmäisen kuukauden jälkeen.'
      : 'Ehdotusta ei voi tehdä: jokaista osatekijää ei voi vielä tarkistaa yhdestäkään työsuhteesta.',
}

const swedish: Words = {
  number: commaNumber,
  percent: finnish.percent,
  caseload: (active, specialists, per) =>
    `Aktiva klienter på bedömningsdagen ${active}, arbetstränare ${specialists}: ${per} klienter per arbetstränare.`,
  entered: (entered, withContact) =>
    `Under perioden började ${entered} klienter i tjänsten; ${withContact} av dem har träffat en arbetsgivare.`,
  median: (days, within30, withContact) =>
    `Median ${days} dagar från starten i tjänsten till den första personliga arbetsgivarkontakten; ` +
    `${within30}/${withContact} inom 30 dagar.`,
  waiting: (count) => `${count} klienter har varit i tjänsten över 30 dagar utan arbetsgivarkontakt.`,
  recorded: (item, jobs, recorded) =>
    `Under perioden ${jobs} anställningar; ${item === 19 ? 'arbetsuppgiften' : 'arbetsgivaren'} antecknad för ${recorded}.`,
  different: (item, different, share) =>
    `Olika ${item === 19 ? 'arbetsuppgifter' : 'arbetsgivare'} ${different}: ${share}.`,
  competitive: (jobs, competitive, share) =>
    `Under perioden ${jobs} anställningar, varav konkurrensutsatta ${competitive}${share === null ? '.' : `: ${share}.`}`,
  supportJobs: (jobs) => `Under perioden ${jobs} anställningar. Personliga möten med klienten:`,
  supportLine: (element, met, evaluated) =>
    `${
      [
        'inom en vecka före arbetets början',
        'inom 3 dagar från starten',
        'varje vecka under den första månaden',
        'minst en gång i månaden efter det (under ett år eller tills upprätthållande stöd)',
      ][element]
    }: i ${met}/${evaluated} anställningar.`,
  noContactAfterFirstMonth: (count) => `Ingen kontakt efter den första månaden: i ${count} anställningar.`,
  supportRule: (suggested) =>
    suggested
      ? 'Förslag: 1 + antalet delfaktorer som uppfylldes i minst hälften av anställningarna (minst 2), eller 1 om ' +
        'det i minst hälften inte fanns någon kontakt efter den första månaden.'
      : 'Inget förslag kan göras: ännu kan inte varje delfaktor kontrolleras i någon anställning.',
}

const english: Words = {
  number: (value) => String(round2(value)),
  percent: (share) => `${round2(share * 100)}%`,
  caseload: (active, specialists, per) =>
    `Active clients on the review day ${active}, job coaches ${specialists}: ${per} clients per job coach.`,
  entered: (entered, withContact) =>
    `${entered} clients entered the service in the period; ${withContact} of them have met an employer.`,
  median: (days, within30, withContact) =>
    `Median ${days} days from entering the service to the first face-to-face employer contact; ` +
    `${within30}/${withContact} within 30 days.`,
  waiting: (count) => `${count} clients have been in the service over 30 days without an employer contact.`,
  recorded: (item, jobs, recorded) =>
    `${jobs} jobs in the period; ${item === 19 ? 'job type' : 'employer'} recorded for ${recorded}.`,
  different: (item, different, share) => `Different ${item === 19 ? 'job types' : 'employers'} ${different}: ${share}.`,
  competitive: (jobs, competitive, share) =>
    `${jobs} jobs in the period, of which competitive ${competitive}${share === null ? '.' : `: ${share}.`}`,
  supportJobs: (jobs) => `${jobs} jobs in the period. Face-to-face meetings with the client:`,
  supportLine: (element, met, evaluated) =>
    `${
      [
        'within a week before the job started',
        'within 3 days of the start',
        'every week in the first month',
        'at least monthly after that (for a year or until maintenance support)',
      ][element]
    }: in ${met}/${evaluated} jobs.`,
  noContactAfterFirstMonth: (count) => `No contact after the first month: in ${count} jobs.`,
  supportRule: (suggested) =>
    suggested
      ? 'Suggestion: 1 + the number of elements met in at least half of the jobs (at least 2), or 1 if at least ' +
        'half had no contact after the first month.'
      : 'No suggestion yet: not every element can be checked on any job so far.',
}

const WORDS: Record<Language, Words> = { fi: finnish, sv: swedish, en: english }

/** The explanation lines of one suggestion, written from its numbers in `language`. */
export function explanationLines(item: FidelityPrefillItem, language: Language): string[] {
  const w = WORDS[language]
  switch (item.item) {
    case 1:
      return [w.caseload(item.activeClients, w.number(item.employmentSpecialists), w.number(item.clientsPerSpecialist))]
    case 15:
      return [
        w.entered(item.entered, item.withContact),
        ...(item.medianDays === null ? [] : [w.median(w.number(item.medianDays), item.within30Days, item.withContact)]),
        ...(item.waitingOver30Days > 0 ? [w.waiting(item.waitingOver30Days)] : []),
      ]
    case 19:
    case 20:
      return [
        w.recorded(item.item, item.jobs, item.recorded),
        ...(item.share === null ? [] : [w.different(item.item, item.different, w.percent(item.share))]),
      ]
    case 21:
      return [w.competitive(item.jobs, item.competitive, item.share === null ? null : w.percent(item.share))]
    case 23: {
      const elements: SupportElement[] = [
        item.weekBeforeStart,
        item.within3DaysOfStart,
        item.weeklyFirstMonth,
        item.monthlyAfterFirstMonth,
      ]
      return [
        w.supportJobs(item.jobs),
        ...elements.map((element, i) => w.supportLine(i as 0 | 1 | 2 | 3, element.met, element.evaluated)),
        w.noContactAfterFirstMonth(item.noContactAfterFirstMonth),
        w.supportRule(item.suggested !== null),
      ]
    }
  }
}

/** What the records say about a suggestion, in `language`: Finnish as the core wrote it, the others from its numbers. */
export function prefillExplanation(item: FidelityPrefillItem, language: Language): string[] {
  return language === 'fi' ? item.explanation : explanationLines(item, language)
}
