import { headerSection, signatureSection } from '../common'
import { consentsField } from '../consent-fields'
import { consentsInForce } from '../consents'
import { addMonths, isIsoDate } from '../../dates/dates'
import type { FormValues, PrefillContext, ReportIssue } from '../definition'
import { date, rows, select, text, textarea, yesNo, confirm } from '../fields'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readRows, readString } from '../values'
import {
  closureReasonOptions,
  outreachByOptions,
  outreachMethodOptions,
  phaseOptions,
  statusAtClosureOptions,
} from './options'

/** Closure for "not reached" needs at least two months of documented attempts (IPS-25 item 25). */
export const UNREACHABLE_MONTHS = 2
export const MIN_OUTREACH_ATTEMPTS = 3

const clientReachable = { field: 'reason', notOneOf: ['not-reached', 'deceased'] } as const

function rules(values: FormValues, report: ReportIssue): void {
  const closureDate = readString(values, 'closureDate')
  if (readString(values, 'reason') !== 'not-reached') return
  const attempts = readRows(values, 'outreachLog')
  attempts.forEach((row, index) => {
    if (isBefore(closureDate, readString(row, 'date'))) {
      report(`outreachLog.${index}.date`, 'forms.validation.rules.closure.outreachAfterEnd')
    }
  })
  const dates = attempts
    .map((row) => readString(row, 'date'))
    .filter((value) => value !== '')
    .sort()
  const first = dates[0]
  if (first && isIsoDate(closureDate) && isBefore(addMonths(closureDate, -UNREACHABLE_MONTHS), first)) {
    report('outreachLog', 'forms.validation.rules.closure.tooFewOutreachAttempts', { months: UNREACHABLE_MONTHS })
  }
  const byWhom = attempts.map((row) => readString(row, 'by')).filter((value) => value !== '')
  if (byWhom.length > 0 && byWhom.every((value) => value === 'coach')) {
    report('outreachLog', 'forms.validation.rules.closure.careUnitOutreachMissing')
  }
}

function prefill(context: PrefillContext, today: string): FormValues {
  const agreement = context.latest?.['cooperation-agreement']
  return agreement ? { consentsEnding: consentsInForce(agreement, today) } : {}
}

export const closureForm = defineForm({
  id: 'closure',
  schemaVersion: 1,
  title: 'Työhönvalmennuksen päättäminen',
  purpose:
    'Valmennusjakson päättäminen: syy, tilanne päättyessä, yhteenveto asiakkaalle ja hoitotaholle sekä päättyvät suostumukset.',
  signers: [
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    {
      role: 'client',
      nameField: 'clientName',
      label: 'Asiakas (jos tavoitettavissa)',
      required: false,
      when: clientReachable,
    },
  ],
  sections: [
    headerSection(),
    {
      id: 'closure',
      heading: 'Päättäminen',
      fields: [
        date('closureDate', 'Päättymispäivä', { required: true, prefill: 'today' }),
        select('reason', 'Päättymisen syy', closureReasonOptions, {
          required: true,
          help: 'Valmennusta ei päätetä yksittäisten peruuntuneiden tapaamisten tai määräajan vuoksi.',
        }),
        text('reasonDetail', 'Tarkennus (mihin palveluun / mikä syy)', {
          required: true,
          visibleWhen: { field: 'reason', oneOf: ['transferred', 'other'] },
        }),
        select('phaseAtClosure', 'IPS-vaihe päättyessä', phaseOptions, { prefill: 'client.phase' }),
      ],
    },
    {
      id: 'outreach',
      heading: 'Yhteydenottoyritykset',
      help: `Kun asiakasta ei tavoiteta, kirjaa jokainen yritys. Yrityksiä tehdään useilla tavoilla ja yhdessä hoitotahon kanssa vähintään ${UNREACHABLE_MONTHS} kuukauden ajan.`,
      visibleWhen: { field: 'reason', equals: 'not-reached' },
      fields: [
        rows(
          'outreachLog',
          'Yhteydenottoyritykset',
          [
            date('date', 'Päivämäärä', { required: true }),
            select('method', 'Tapa', outreachMethodOptions, { required: true }),
            select('by', 'Kuka', outreachByOptions, { required: true }),
            text('result', 'Tulos tai huomio'),
          ],
          {
            required: true,
            minRows: MIN_OUTREACH_ATTEMPTS,
            initialRows: 1,
            addLabel: 'Lisää yhteydenottoyritys',
            rowLabel: 'Yritys',
            print: { as: 'table' },
          },
        ),
      ],
    },
    {
      id: 'status',
      heading: 'Tilanne päättyessä',
      fields: [
        yesNo('careTeamAgreed', 'Päättämisestä on sovittu hoitotahon kanssa', { required: true }),
        date('careTeamAgreedDate', 'Sovittu (pvm)', {
          required: true,
          visibleWhen: { field: 'careTeamAgreed', equals: true },
        }),
        select('statusAtClosure', 'Asiakkaan tilanne päättyessä', statusAtClosureOptions, { required: true }),
        textarea('summary', 'Yhteenveto valmennuksesta', { required: true }),
        textarea('continuingSupport', 'Jatkotuki: kuka jatkaa'),
        confirm('reEntryInformed', 'Asiakas tietää voivansa palata valmennukseen', {
          required: true,
          visibleWhen: clientReachable,
        }),
      ],
    },
    {
      id: 'consents-ending',
      heading: 'Päättyvät suostumukset',
      help: 'Valmennuksen aikana voimassa olleet suostumukset päättyvät valmennuksen päättyessä.',
      fields: [
        consentsField('consentsEnding', 'Voimassa olleet suostumukset', { readOnly: true }),
        yesNo('partiesNotified', 'Tahoille on ilmoitettu valmennuksen ja suostumusten päättymisestä'),
      ],
      print: { omitWhenEmpty: true },
    },
    signatureSection(),
  ],
  rules,
  prefill,
})
