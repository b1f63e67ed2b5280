import { headerSection } from '../common'
import { checkboxes, date, options, rows, select, text, textarea } from '../fields'
import { actionStatusOptions, responsibleOptions } from '../job-search-plan/options'
import { OTHER_SIGNERS, signatureSectionWithOthers } from '../revise'
import { defineForm } from '../schema'
import { educationTypeOptions } from '../../jobs/job-options'

export const applicationRouteOptions = options(
  ['joint-application', 'Yhteishaku'],
  ['continuous', 'Jatkuva haku'],
  ['separate', 'Erillishaku'],
  ['apprenticeship', 'Oppisopimus'],
  ['open-studies', 'Avoin opetus'],
)

export const studyFundingOptions = options(
  ['study-grant', 'Opintotuki'],
  ['kela-rehabilitation', 'Kelan kuntoutusraha (ammatillinen kuntoutus)'],
  ['pension-rehabilitation', 'Työeläkelaitoksen ammatillinen kuntoutus'],
  ['unemployment-benefit', 'Työttömyysetuudella tuettu omaehtoinen opiskelu'],
  ['labour-market-training', 'Työvoimakoulutus'],
  ['own', 'Oma rahoitus'],
  ['other', 'Muu'],
)

export const studySupportOptions = options(
  ['accessibility-contact', 'Erityisen tuen tai esteettömyyden yhteyshenkilö'],
  ['individual-arrangements', 'Yksilölliset järjestelyt (esim. lisäaika kokeissa)'],
  ['study-plan', 'Henkilökohtainen opintosuunnitelma (HOKS / HOPS)'],
  ['tutor', 'Tutor tai opinto-ohjaaja'],
  ['time-management', 'Ajanhallinnan tuki'],
  ['student-health', 'Opiskeluterveydenhuolto'],
  ['peer-support', 'Vertaistuki'],
)

export const institutionDisclosureOptions = options(
  ['no-disclosure', 'Oppilaitokselle ei kerrota terveydestä'],
  ['general', 'Kerrotaan yleisellä tasolla tuen tarpeesta'],
  ['specified', 'Kerrotaan tarkemmin sovittu sisältö'],
  ['undecided', 'Ei vielä päätetty'],
)

export const studyStatusOptions = options(
  ['applied', 'Hakenut'],
  ['accepted', 'Hyväksytty'],
  ['started', 'Aloittanut'],
  ['paused', 'Tauolla'],
  ['interrupted', 'Keskeyttänyt'],
  ['graduated', 'Valmistunut'],
)

/** Research §4.6: when the goal is (also) studies: choosing, applying, funding, supports and completion. */
export const educationPlanForm = defineForm({
  id: 'education-plan',
  schemaVersion: 1,
  title: 'Opintoihin liittyvä suunnitelma',
  purpose:
    'Kun tavoitteena on opiskelu: koulutuksen valinta, haku, rahoitus, opintoja tukevat järjestelyt ja konkreettiset askeleet.',
  signers: [
    { role: 'client', nameField: 'clientName', label: 'Asiakas', required: true },
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    ...OTHER_SIGNERS,
  ],
  sections: [
    headerSection(),
    {
      id: 'goal',
      heading: 'Koulutustavoite',
      fields: [
        textarea('educationGoal', 'Koulutustavoite omin sanoin', {
          required: true,
          prefill: 'latest:vocational-profile.educationGoals',
        }),
        select('educationType', 'Koulutuksen tyyppi', educationTypeOptions, { required: true }),
        text('institutionAndProgramme', 'Oppilaitos ja koulutusohjelma', { required: true }),
      ],
    },
    {
      id: 'application',
      heading: 'Haku',
      fields: [
        select('applicationRoute', 'Hakutapa', applicationRouteOptions),
        date('applicationDeadline', 'Haku päättyy'),
      ],
    },
    {
      id: 'funding-supports',
      heading: 'Rahoitus ja tuki opinnoissa',
      fields: [
        checkboxes('funding', 'Rahoitus', studyFundingOptions, {
          help: 'Selvitä etuusneuvonnassa, miten opiskelu vaikuttaa etuuksiin.',
        }),
        checkboxes('studySupports', 'Opintoja tukevat järjestelyt', studySupportOptions),
        select('disclosureToInstitution', 'Kertominen oppilaitokselle', institutionDisclosureOptions, {
          required: true,
          help: 'Oppilaitokselle kerrotaan vain asiakkaan suostumuksella.',
        }),
      ],
    },
    {
      id: 'actions',
      heading: 'Toimenpiteet',
      fields: [
        rows(
          'actionSteps',
          'Toimenpiteet',
          [
            text('action', 'Toimenpide', { required: true }),
            select('responsible', 'Vastuuhenkilö', responsibleOptions, { required: true }),
            date('targetDate', 'Tavoitepäivä', { required: true }),
            select('status', 'Tila', actionStatusOptions, { required: true, defaultValue: 'planned' }),
          ],
          { required: true, minRows: 1, addLabel: 'Lisää toimenpide', rowLabel: 'Toimenpide', print: { as: 'table' } },
        ),
      ],
    },
    {
      id: 'status',
      heading: 'Opintojen tila',
      fields: [
        select('studyStatus', 'Tila', studyStatusOptions),
        date('statusDate', 'Tilanne päivitetty', { visibleWhen: { field: 'studyStatus', filled: true } }),
        date('startDate', 'Opinnot alkoivat (toteutunut)', {
          required: true,
          visibleWhen: { field: 'studyStatus', oneOf: ['started', 'paused', 'interrupted', 'graduated'] },
        }),
      ],
    },
    signatureSectionWithOthers(),
  ],
})
