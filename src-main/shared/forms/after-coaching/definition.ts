import { headerSection, signatureSection } from '../common'
import type { FormValues, ReportIssue } from '../definition'
import { date, number, options, radio, select, text, textarea, yesNo } from '../fields'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readString } from '../values'

export const followUpMethodOptions = options(
  ['phone', 'Puhelu'],
  ['meeting', 'Tapaaminen'],
  ['message', 'Viesti'],
  ['via-care-team', 'Hoitotahon kautta'],
  ['records', 'Asiakirjoista (asiakasta ei tavoitettu)'],
)

export const situationAfterOptions = options(
  ['working', 'Työssä'],
  ['studying', 'Opiskelee'],
  ['working-and-studying', 'Työssä ja opiskelee'],
  ['neither', 'Ei työssä eikä opiskele'],
  ['unknown', 'Ei tiedossa'],
)

const WORKING = ['working', 'working-and-studying']
const STUDYING = ['studying', 'working-and-studying']

function rules(values: FormValues, report: ReportIssue): void {
  if (isBefore(readString(values, 'followUpDate'), readString(values, 'closureDate'))) {
    report('followUpDate', 'forms.validation.rules.afterCoaching.followUpBeforeClosure')
  }
}

/** The follow-up a year after closure: working, studying or neither (THL's "55 % working or studying at one year"). */
export const afterCoachingForm = defineForm({
  id: 'after-coaching',
  schemaVersion: 1,
  title: 'Työhönvalmennuksen jälkeen – seuranta',
  purpose:
    'Seuranta noin vuoden kuluttua valmennuksen päättymisestä: onko asiakas työssä, opiskelemassa vai ei kumpaakaan.',
  signers: [
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    { role: 'client', nameField: 'clientName', label: 'Asiakas (vapaaehtoinen)', required: false },
  ],
  sections: [
    headerSection(),
    {
      id: 'follow-up',
      heading: 'Seuranta',
      fields: [
        date('closureDate', 'Valmennus päättyi', { required: true, prefill: 'latest:closure.closureDate' }),
        date('followUpDate', 'Seurannan päivämäärä', { required: true, prefill: 'today' }),
        select('followUpMethod', 'Miten tieto saatiin', followUpMethodOptions, { required: true }),
      ],
    },
    {
      id: 'situation',
      heading: 'Tilanne seurantahetkellä',
      fields: [
        radio('situation', 'Asiakas on nyt', situationAfterOptions, { required: true }),
        yesNo('competitiveWork', 'Työ on avointen työmarkkinoiden palkkatyötä', {
          required: true,
          visibleWhen: { field: 'situation', oneOf: WORKING },
        }),
        number('hoursPerWeek', 'Työaika', {
          min: 0.5,
          max: 168,
          unit: 'h/vko',
          visibleWhen: { field: 'situation', oneOf: WORKING },
        }),
        text('studies', 'Mitä opiskelee', { required: true, visibleWhen: { field: 'situation', oneOf: STUDYING } }),
        textarea('note', 'Asiakkaan kuulumiset'),
        yesNo('wantsToReturn', 'Asiakas haluaa palata valmennukseen'),
      ],
    },
    signatureSection(),
  ],
  rules,
})
