import { disclosureOptions, headerSection } from '../common'
import type { FormValues, ReportIssue } from '../definition'
import { date, options, radio, rows, select, text, textarea, yesNo } from '../fields'
import { OTHER_SIGNERS, signatureSectionWithOthers } from '../revise'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readString } from '../values'

/** A plan is a decision: "not decided yet" is not one of its answers. */
export const disclosureDecisionOptions = disclosureOptions.filter((option) => option.value !== 'undecided')

const DISCLOSING = ['coach-role-only', 'general', 'specified']

export const whoDisclosesOptions = options(
  ['client', 'Asiakas itse'],
  ['coach', 'Työhönvalmentaja'],
  ['together', 'Yhdessä'],
)

export const disclosureTimingOptions = options(
  ['before-application', 'Ennen hakemusta'],
  ['in-application', 'Hakemuksessa'],
  ['interview', 'Työhaastattelussa'],
  ['after-offer', 'Työtarjouksen jälkeen'],
  ['after-start', 'Työsuhteen alettua'],
  ['only-if-needed', 'Vasta tarvittaessa (esim. mukautuksia pyydettäessä)'],
)

function rules(values: FormValues, report: ReportIssue): void {
  if (isBefore(readString(values, 'reviewBy'), readString(values, 'formDate'))) {
    report('reviewBy', 'forms.validation.rules.disclosurePlan.reviewBeforeFormDate')
  }
}

/** Research §4.4: an informed decision on what is told to employers, when, how and by whom. */
export const disclosurePlanForm = defineForm({
  id: 'disclosure-plan',
  schemaVersion: 1,
  title: 'Kertomissuunnitelma – avoimuus työnantajalle',
  purpose:
    'Asiakkaan tietoinen päätös siitä, mitä työnantajalle kerrotaan terveydestä tai tuen tarpeesta, milloin, miten ja kuka kertoo – ja mitä työhönvalmentaja saa kertoa.',
  signers: [
    { role: 'client', nameField: 'clientName', label: 'Asiakas', required: true },
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    ...OTHER_SIGNERS,
  ],
  sections: [
    headerSection(),
    {
      id: 'weighing',
      heading: 'Hyödyt ja haitat',
      help: 'Kertominen on aina asiakkaan oma päätös. Jo työhönvalmentajan yhteydenotto työnantajaan kertoo, että asiakas saa tukea.',
      fields: [
        textarea('pros', 'Hyödyt asiakkaan näkökulmasta', { required: true }),
        textarea('cons', 'Haitat ja riskit asiakkaan näkökulmasta', { required: true }),
      ],
    },
    {
      id: 'decision',
      heading: 'Päätös',
      fields: [
        select('decision', 'Päätös', disclosureDecisionOptions, {
          required: true,
          prefill: 'latest:cooperation-agreement.employerDisclosure',
        }),
        radio('whoDiscloses', 'Kuka kertoo', whoDisclosesOptions, {
          required: true,
          visibleWhen: { field: 'decision', oneOf: DISCLOSING },
        }),
        textarea('whatToSay', 'Mitä kerrotaan (sovittu sanamuoto)', {
          required: true,
          visibleWhen: { field: 'decision', oneOf: ['general', 'specified'] },
          help: 'Kirjoita sanamuoto esimerkkeineen, esim. ”Minulla on terveyteen liittyvä tuen tarve, joka ei estä työntekoa.”',
        }),
        select('timing', 'Milloin kerrotaan', disclosureTimingOptions, {
          required: true,
          visibleWhen: { field: 'decision', oneOf: DISCLOSING },
        }),
        textarea('mustNotTell', 'Mitä ei saa kertoa', { help: 'Esimerkiksi diagnoosi tai lääkitys.' }),
        yesNo('linkedToAccommodations', 'Kertominen liittyy työn mukautuksiin'),
        text('accommodationsNote', 'Mitä mukautuksia', {
          visibleWhen: { field: 'linkedToAccommodations', equals: true },
        }),
        date('reviewBy', 'Päätös tarkistetaan viimeistään', {
          required: true,
          help: 'Esimerkiksi kahden kuukauden kuluttua, jos työtä ei ole löytynyt, tai kun työssä tulee ongelmia.',
        }),
      ],
    },
    {
      id: 'exceptions',
      heading: 'Työnantajakohtaiset poikkeukset',
      fields: [
        rows(
          'employerExceptions',
          'Poikkeukset',
          [
            text('employer', 'Työnantaja', { required: true }),
            select('decision', 'Päätös tämän työnantajan kohdalla', disclosureDecisionOptions, { required: true }),
            text('note', 'Lisätieto'),
          ],
          { addLabel: 'Lisää poikkeus', rowLabel: 'Poikkeus', print: { as: 'table' } },
        ),
      ],
      print: { omitWhenEmpty: true },
    },
    signatureSectionWithOthers('Suunnitelma allekirjoitetaan uudelleen aina, kun päätös muuttuu.'),
  ],
  rules,
})
