import { headerSection, signatureSection, supportTypeOptions } from '../common'
import type { FormValues, ReportIssue } from '../definition'
import { checkboxes, date, number, radio, rows, select, text, textarea, yesNo } from '../fields'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readString, readStrings } from '../values'
import {
  contactFrequencyOptions,
  disclosedToEmployerOptions,
  meetingPlaceOptions,
  supportPhaseOptions,
  supportProviderOptions,
} from './options'

const employerKnows = { field: 'disclosedToEmployer', notOneOf: ['not-disclosed', ''] } as const

function rules(values: FormValues, report: ReportIssue): void {
  const notDisclosed = readString(values, 'disclosedToEmployer') === 'not-disclosed'
  if (notDisclosed && readStrings(values, 'meetingPlaces').includes('at-workplace')) {
    report('meetingPlaces', 'forms.validation.rules.employmentSupportPlan.workplaceMeetingsNeedDisclosure')
  }
  if (notDisclosed && readStrings(values, 'supportTypes').includes('employer-feedback')) {
    report('supportTypes', 'forms.validation.rules.employmentSupportPlan.employerFeedbackNeedsDisclosure')
  }
  const jobStart = readString(values, 'jobStartDate')
  if (isBefore(readString(values, 'plannedEndDate'), jobStart)) {
    report('plannedEndDate', 'forms.validation.rules.employmentSupportPlan.plannedEndBeforeEmploymentStart')
  }
  if (isBefore(readString(values, 'reviewDate'), readString(values, 'formDate'))) {
    report('reviewDate', 'forms.validation.rules.employmentSupportPlan.reviewBeforeFormDate')
  }
}

export const employmentSupportPlanForm = defineForm({
  id: 'employment-support-plan',
  schemaVersion: 1,
  title: 'Suunnitelma työsuhteen aikaisesta tuesta',
  purpose:
    'Yksilöllinen tuki työn säilyttämiseen ja urakehitykseen: kuka tukee, miten ja kuinka usein, sekä siirtymä kevyempään tukeen.',
  signers: [
    { role: 'client', nameField: 'clientName', label: 'Asiakas', required: true },
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    {
      role: 'employer',
      nameField: 'employerContact',
      label: 'Työnantajan edustaja',
      required: false,
      when: { field: 'employerSigns', equals: true },
    },
  ],
  sections: [
    headerSection(),
    {
      id: 'job',
      heading: 'Työsuhde',
      fields: [
        text('employer', 'Työnantaja', { required: true }),
        text('jobTitle', 'Tehtävänimike', { required: true }),
        date('jobStartDate', 'Työsuhteen alkamispäivä', { required: true }),
        number('hoursPerWeek', 'Työaika', { min: 0, max: 80, unit: 'h/vko' }),
        select('disclosedToEmployer', 'Mitä työnantaja tietää', disclosedToEmployerOptions, { required: true }),
        text('employerContact', 'Työnantajan yhteyshenkilö', { visibleWhen: employerKnows }),
      ],
    },
    {
      id: 'support',
      heading: 'Tuen järjestäminen',
      fields: [
        radio('supportPhase', 'Tuen vaihe', supportPhaseOptions, { required: true, defaultValue: 'active' }),
        select('contactFrequency', 'Tapaamistiheys', contactFrequencyOptions, {
          required: true,
          help: 'Ensimmäisen kuukauden ajan tavataan viikoittain, sen jälkeen vähintään kuukausittain.',
        }),
        checkboxes('meetingPlaces', 'Tapaamispaikka', meetingPlaceOptions, { required: true }),
        checkboxes('supportTypes', 'Tuen muodot', supportTypeOptions, { required: true }),
        text('supportTypesOther', 'Muu tuki, mikä', {
          required: true,
          visibleWhen: { field: 'supportTypes', includes: 'other' },
        }),
        rows(
          'supportProviders',
          'Tuen antajat',
          [
            select('provider', 'Kuka', supportProviderOptions, { required: true }),
            text('name', 'Nimi'),
            text('support', 'Mitä tukea', { required: true }),
          ],
          {
            required: true,
            minRows: 1,
            addLabel: 'Lisää tuen antaja',
            rowLabel: 'Tuen antaja',
            print: { as: 'table' },
          },
        ),
      ],
    },
    {
      id: 'wellbeing',
      heading: 'Työssä jaksaminen ja urakehitys',
      fields: [
        textarea('earlyWarningSigns', 'Varhaiset varoitusmerkit ja sovitut toimet'),
        textarea('employerSupport', 'Työnantajalle annettava tuki', { visibleWhen: employerKnows }),
        textarea('careerGoal', 'Urakehitystavoite'),
      ],
    },
    {
      id: 'continuity',
      heading: 'Tuen jatkuminen',
      fields: [
        textarea('transitionPlan', 'Siirtymäsuunnitelma: kuka jatkaa tukea', {
          required: true,
          visibleWhen: { field: 'supportPhase', equals: 'transition' },
        }),
        date('plannedEndDate', 'Arvioitu tuen päättymispäivä', {
          help: 'Tavallisesti noin vuosi työn alkamisesta; tukea jatketaan, jos asiakas haluaa.',
        }),
        date('reviewDate', 'Tarkistuspäivä', { required: true }),
        yesNo('employerSigns', 'Työnantaja allekirjoittaa suunnitelman', { visibleWhen: employerKnows }),
      ],
    },
    signatureSection(),
  ],
  rules,
})
