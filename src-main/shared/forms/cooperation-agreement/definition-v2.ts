import { coachContactFields } from '../common'
import { checkboxes, confirm, date, options, text, textarea, yesNo } from '../fields'
import { reviseForm } from '../revise'
import { cooperationAgreementForm } from './definition'

/** The client's service network (palveluverkosto) beside the care team. */
export const serviceNetworkOptions = options(
  ['employment-services', 'Työvoimaviranomainen (kunta / työllisyysalue)'],
  ['typ', 'Työllisyyttä edistävä monialainen yhteispalvelu (TYP)'],
  ['housing-services', 'Asumispalvelut'],
  ['kela-rehabilitation', 'Kelan kuntoutus (esim. Nuotti-valmennus, TEAK)'],
  ['pension-rehabilitation', 'Työeläkelaitoksen ammatillinen kuntoutus'],
  ['social-services', 'Sosiaalipalvelut'],
  ['guardian', 'Edunvalvoja'],
  ['other', 'Muu'],
)

/**
 * Version 2, so that a client signs knowingly and the model's intake is recorded: the coach's phone and e-mail and the
 * controller of the client register (from Settings); the service is voluntary and refusing it affects no benefits or
 * sanctions; the second intake meeting with the care-team nurse; the client's service network; guardian and
 * interpreter signatures.
 */
export const cooperationAgreementFormV2 = reviseForm(cooperationAgreementForm, {
  schemaVersion: 2,
  fieldsAfter: {
    coachUnit: coachContactFields,
    entryDate: [
      yesNo('secondMeetingWithNurse', 'Toinen aloitustapaaminen pidettiin yhdessä hoitotahon sairaanhoitajan kanssa', {
        required: true,
        help: 'IPS-mallissa aloitusvaiheen toinen tapaaminen pidetään yhdessä asiakkaan omahoitajan kanssa.',
      }),
      date('secondMeetingDate', 'Yhteisen tapaamisen päivämäärä', {
        required: true,
        visibleWhen: { field: 'secondMeetingWithNurse', equals: true },
      }),
      text('secondMeetingNurse', 'Sairaanhoitaja', {
        prefill: 'client.nurseName',
        visibleWhen: { field: 'secondMeetingWithNurse', equals: true },
      }),
    ],
    principlesExplained: [
      confirm(
        'voluntaryNoSanctions',
        'Asiakkaalle on kerrottu, että työhönvalmennus on vapaaehtoista: siitä kieltäytyminen tai sen keskeyttäminen ei vaikuta etuuksiin eikä aiheuta seuraamuksia',
        { required: true },
      ),
    ],
    privacyNoticeGiven: [
      text('controller', 'Rekisterinpitäjä', {
        required: true,
        prefill: 'coach.organisation',
        help: 'Hyvinvointialue tai muu organisaatio, jonka asiakasrekisteriin valmennuksen tiedot kirjataan. Tulee Asetuksista.',
      }),
    ],
  },
  sectionsBefore: {
    'closure-privacy': [
      {
        id: 'service-network',
        heading: 'Asiakkaan palveluverkosto',
        help: 'Tahot, joiden kanssa asiakas on asioinut tai joiden kanssa valmennuksessa tehdään yhteistyötä.',
        fields: [
          checkboxes('serviceNetwork', 'Palveluverkosto', serviceNetworkOptions),
          textarea('serviceNetworkDetails', 'Yhteyshenkilöt ja lisätiedot'),
        ],
        print: { omitWhenEmpty: true },
      },
    ],
  },
  otherSigners: true,
})
