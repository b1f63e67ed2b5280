import type { FormTextTable } from '../form-texts'

/** The job-end form's own texts: [Finnish, Swedish, English] (shared ones are in common.ts). */
export const jobEndTexts: FormTextTable = {
  title: ['Työsuhteen päättyminen', 'Anställningens slut', 'End of a job'],
  purpose: [
    'Työsuhteen päättyminen: miten ja miksi työ päättyi, mitä opittiin ammatilliseen profiiliin ja miten jatketaan.',
    'Anställningens slut: hur och varför arbetet upphörde, vad man lärde sig till yrkesprofilen och hur man går vidare.',
    'End of a job: how and why it ended, what was learnt for the vocational profile, and what comes next.',
  ],
  'fields.jobTitle.label': ['Tehtävä', 'Uppgift', 'Task'],
  'fields.startDate.label': ['Työsuhde alkoi', 'Anställningen började', 'Job started'],
  'fields.endDate.label': ['Työsuhde päättyi', 'Anställningen upphörde', 'Job ended'],
  'sections.ending.heading': ['Päättyminen', 'Slut', 'Ending'],
  'fields.endType.label': ['Päättymisen tapa', 'Hur anställningen upphörde', 'How the job ended'],
  'fields.endType.options.quit-with-plan.label': [
    'Asiakas irtisanoutui – uusi työ tai opiskelu tiedossa',
    'Klienten sade upp sig – nytt arbete eller studier på gång',
    'The client resigned – new job or studies lined up',
  ],
  'fields.endType.options.quit-without-plan.label': [
    'Asiakas irtisanoutui – ei jatkosuunnitelmaa',
    'Klienten sade upp sig – inga fortsatta planer',
    'The client resigned – no further plans',
  ],
  'fields.endType.options.probation-employer.label': [
    'Koeaikapurku: työnantaja',
    'Hävning under prövotiden: arbetsgivaren',
    'Ended in trial period: by the employer',
  ],
  'fields.endType.options.probation-employee.label': [
    'Koeaikapurku: työntekijä',
    'Hävning under prövotiden: arbetstagaren',
    'Ended in trial period: by the employee',
  ],
  'fields.factors.label': [
    'Päättymiseen vaikuttaneet tekijät',
    'Faktorer som bidrog till slutet',
    'Factors that led to the ending',
  ],
  'fields.factors.options.job-dissatisfaction.label': [
    'Tyytymättömyys työhön',
    'Missnöje med arbetet',
    'Dissatisfaction with the job',
  ],
  'fields.factors.options.hours-or-pay.label': ['Työaika tai palkka', 'Arbetstid eller lön', 'Working hours or pay'],
  'fields.factors.options.relationships.label': [
    'Vuorovaikutus ja ihmissuhteet',
    'Samspel och relationer',
    'Interaction and relationships',
  ],
  'fields.factors.options.mental-health.label': ['Psyykkinen vointi', 'Psykiskt mående', 'Mental wellbeing'],
  'fields.factors.options.physical-health.label': ['Fyysinen terveys', 'Fysisk hälsa', 'Physical health'],
  'fields.factors.options.substances.label': ['Päihteet', 'Rusmedel', 'Substance use'],
  'fields.factors.options.performance.label': [
    'Työsuoritus tai laatu',
    'Arbetsprestation eller kvalitet',
    'Work performance or quality',
  ],
  'fields.factors.options.attendance.label': [
    'Luotettavuus tai poissaolot',
    'Pålitlighet eller frånvaro',
    'Reliability or absences',
  ],
  'fields.factors.options.commute.label': ['Kulkeminen', 'Resor', 'Travel'],
  'fields.factors.options.benefit-effects.label': [
    'Vaikutukset etuuksiin',
    'Inverkan på förmåner',
    'Effects on benefits',
  ],
  'fields.factors.options.family.label': ['Perhesyyt', 'Familjeskäl', 'Family reasons'],
  'fields.lessons.label': [
    'Mitä opittiin (ammatilliseen profiiliin)',
    'Vad man lärde sig (till yrkesprofilen)',
    'What was learnt (for the vocational profile)',
  ],
  'fields.lessons.help': [
    'Mikä toimi ja mikä ei: näiden avulla seuraava työ valitaan paremmin.',
    'Vad fungerade och vad inte: med hjälp av detta väljs nästa arbete bättre.',
    'What worked and what did not: this helps choose the next job better.',
  ],
  'fields.contactAfterDate.label': [
    'Yhteydenotto asiakkaaseen tiedon saamisen jälkeen (pvm)',
    'Kontakt med klienten efter att man fått veta (datum)',
    'Contact with the client after hearing of it (date)',
  ],
  'fields.contactAfterDate.help': [
    'Tavoite: kolmen päivän kuluessa siitä, kun työn päättymisestä tiedetään.',
    'Mål: inom tre dagar från att man fått veta att arbetet upphört.',
    'Aim: within three days of hearing that the job ended.',
  ],
  'fields.nextStep.label': ['Jatko', 'Fortsättning', 'Next step'],
  'fields.nextStep.options.new-search.label': ['Uusi työnhaku', 'Ny jobbsökning', 'New job search'],
  'fields.nextStep.options.studies.label': ['Opiskelu', 'Studier', 'Studies'],
  'fields.nextStep.options.break.label': [
    'Tauko asiakkaan toiveesta',
    'Paus på klientens önskan',
    "Break at the client's wish",
  ],
  'fields.nextStep.options.closure.label': [
    'Valmennuksen päättäminen',
    'Avslutning av arbetsträningen',
    'Ending the coaching',
  ],
}
