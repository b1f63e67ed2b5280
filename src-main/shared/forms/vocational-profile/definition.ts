import { disclosureOptions, headerSection, signatureSection, supportTypeOptions } from '../common'
import type { FormValues, ReportIssue } from '../definition'
import { checkboxes, date, number, radio, rows, select, text, textarea, yesNo } from '../fields'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readRows, readString, readStrings } from '../values'
import {
  benefitOptions,
  benefitsCounsellingOptions,
  educationLevelOptions,
  educationStatusOptions,
  environmentOptions,
  hoursPreferenceOptions,
  infoSourceOptions,
  jobEndReasonOptions,
  licenceOptions,
  serviceOptions,
  shiftOptions,
  transportOptions,
} from './options'

function rules(values: FormValues, report: ReportIssue): void {
  readRows(values, 'workHistory').forEach((row, index) => {
    if (isBefore(readString(row, 'endDate'), readString(row, 'startDate'))) {
      report(`workHistory.${index}.endDate`, 'forms.validation.rules.vocationalProfile.endBeforeStart')
    }
  })
  const benefits = readStrings(values, 'benefits')
  if (benefits.includes('none') && benefits.length > 1) {
    report('benefits', 'forms.validation.rules.vocationalProfile.noBenefitsWithOthers')
  }
}

export const vocationalProfileForm = defineForm({
  id: 'vocational-profile',
  schemaVersion: 1,
  title: 'Ammatillinen profiili',
  purpose:
    'Elävä kuvaus asiakkaan toiveista, kokemuksesta, osaamisesta ja tuen tarpeista; työnhaku rakennetaan sen pohjalta ja sitä päivitetään jokaisen työ- tai opiskelukokemuksen jälkeen.',
  signers: [
    { role: 'client', nameField: 'clientName', label: 'Asiakas (tarkistettu yhdessä)', required: false },
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: false },
  ],
  sections: [
    headerSection(),
    {
      id: 'basics',
      heading: 'Profiloinnin tiedot',
      fields: [
        date('profileStartDate', 'Profiloinnin aloituspäivä', { required: true, prefill: 'today' }),
        checkboxes('infoSources', 'Tietolähteet', infoSourceOptions, { required: true, defaultValue: ['client'] }),
      ],
    },
    {
      id: 'goals',
      heading: 'Työtavoite ja toiveet',
      fields: [
        textarea('workGoal', 'Työtavoite omin sanoin', {
          required: true,
          prefill: 'latest:cooperation-agreement.clientGoal',
        }),
        rows(
          'preferredJobs',
          'Toivotut työtehtävät tai ammatit',
          [
            text('jobTitle', 'Työtehtävä tai ammatti', { required: true }),
            text('occupationCode', 'Ammattiluokka (valinnainen)', {
              help: 'Tilastokeskuksen ammattiluokitus tai ISCO-08.',
            }),
          ],
          { required: true, minRows: 1, addLabel: 'Lisää työtehtävä', rowLabel: 'Toive', print: { as: 'table' } },
        ),
        textarea('jobsToAvoid', 'Ei-toivotut työt tai työympäristöt'),
        radio('hoursPreference', 'Toivottu työaika', hoursPreferenceOptions, { required: true }),
        number('hoursPerWeek', 'Toivottu tuntimäärä viikossa', { min: 1, max: 60, unit: 'h/vko' }),
        checkboxes('shiftPreferences', 'Työajan ajoitus', shiftOptions),
        checkboxes('environmentPreferences', 'Työympäristötoiveet', environmentOptions),
        textarea('environmentNotes', 'Lisätietoja työympäristöstä'),
        text('wageExpectation', 'Palkkatoive tai toimeentulon tarve'),
      ],
    },
    {
      id: 'location',
      heading: 'Sijainti ja kulkeminen',
      fields: [
        text('preferredAreas', 'Toivotut työskentelyalueet tai paikkakunnat'),
        checkboxes('transport', 'Kulkeminen töihin', transportOptions, { required: true }),
        number('maxCommuteMinutes', 'Työmatka enintään', { min: 0, max: 300, integer: true, unit: 'min' }),
        yesNo('drivingLicence', 'Ajokortti'),
        text('drivingLicenceClass', 'Ajokorttiluokka', { visibleWhen: { field: 'drivingLicence', equals: true } }),
      ],
    },
    {
      id: 'work-history',
      heading: 'Työhistoria',
      help: 'Myös lyhyet työt, keikat ja työkokeilut. Aiemmista töistä opittu ohjaa työnhakua.',
      fields: [
        rows(
          'workHistory',
          'Työpaikat',
          [
            text('employer', 'Työnantaja', { required: true }),
            text('jobTitle', 'Tehtävä', { required: true }),
            date('startDate', 'Alkoi'),
            date('endDate', 'Päättyi'),
            text('workingHours', 'Työaika', { placeholder: 'esim. kokoaika, 20 h/vko' }),
            textarea('whatWentWell', 'Mikä oli hyvää'),
            textarea('whatWasHard', 'Mikä oli vaikeaa'),
            select('endReason', 'Päättymisen syy', jobEndReasonOptions),
            textarea('lessons', 'Mitä opittiin'),
          ],
          { addLabel: 'Lisää työpaikka', rowLabel: 'Työpaikka', print: { as: 'list' } },
        ),
      ],
    },
    {
      id: 'education',
      heading: 'Koulutus, kortit ja luvat',
      fields: [
        rows(
          'education',
          'Koulutus',
          [
            select('level', 'Koulutusaste', educationLevelOptions, { required: true }),
            text('degree', 'Tutkinto tai ala', { required: true }),
            select('status', 'Tilanne', educationStatusOptions, { required: true }),
            number('year', 'Vuosi', { integer: true, min: 1940, max: 2100 }),
          ],
          { addLabel: 'Lisää koulutus', rowLabel: 'Koulutus', print: { as: 'table' } },
        ),
        checkboxes('licences', 'Kortit, luvat ja sertifikaatit', licenceOptions),
        text('licencesOther', 'Muut kortit tai luvat', { visibleWhen: { field: 'licences', includes: 'other' } }),
        select('militaryService', 'Varusmies- tai siviilipalvelus', serviceOptions),
      ],
    },
    {
      id: 'skills',
      heading: 'Osaaminen, vahvuudet ja verkosto',
      fields: [
        textarea('skills', 'Taidot ja osaaminen', { required: true }),
        textarea('strengths', 'Vahvuudet', { required: true }),
        textarea('interests', 'Kiinnostuksen kohteet ja harrastukset'),
        rows(
          'personalNetwork',
          'Henkilökohtainen verkosto työnhaussa',
          [text('contact', 'Henkilö tai taho', { required: true }), text('relation', 'Miten voi auttaa')],
          { addLabel: 'Lisää henkilö', rowLabel: 'Kontakti', print: { as: 'table' } },
        ),
        textarea('dailyRoutine', 'Arki ja vuorokausirytmi'),
      ],
    },
    {
      id: 'wellbeing',
      heading: 'Hyvinvointi ja terveys työn kannalta',
      help: 'Kirjaa vain työn kannalta olennainen ja asiakkaan kanssa sovittu. Nämä tiedot eivät ole poissulkuperuste.',
      fields: [
        textarea('symptomsAffectingWork', 'Oireet, jotka voivat vaikuttaa työhön'),
        textarea('copingStrategies', 'Keinot, joilla asiakas pärjää'),
        textarea('medicationEffects', 'Lääkityksen mahdolliset vaikutukset työhön'),
        textarea('physicalHealth', 'Fyysinen terveys ja rajoitteet'),
        textarea('substanceUse', 'Päihteiden käyttö työn kannalta'),
        yesNo('criminalRecordRelevant', 'Rikostausta, jolla voi olla merkitystä työnhaussa', {
          help: 'Esim. työt, joihin vaaditaan rikostaustaote.',
        }),
        textarea('criminalRecordNote', 'Lisätiedot', {
          visibleWhen: { field: 'criminalRecordRelevant', equals: true },
        }),
        text('housing', 'Asuminen'),
      ],
      print: { omitWhenEmpty: true },
    },
    {
      id: 'benefits',
      heading: 'Etuudet ja toimeentulo',
      fields: [
        checkboxes('benefits', 'Nykyiset etuudet', benefitOptions, { required: true }),
        text('benefitsOther', 'Muu etuus, mikä', {
          required: true,
          visibleWhen: { field: 'benefits', includes: 'other' },
        }),
        radio('benefitsCounselling', 'Etuusneuvonta', benefitsCounsellingOptions, {
          required: true,
          help: 'Etuusneuvonta kannattaa tehdä ennen työn aloittamista.',
        }),
        text('benefitsCounsellingWhere', 'Kenelle ohjattu', {
          visibleWhen: { field: 'benefitsCounselling', equals: 'needed' },
        }),
        date('benefitsCounsellingDate', 'Etuusneuvonnan päivämäärä', {
          visibleWhen: { field: 'benefitsCounselling', oneOf: ['needed', 'done'] },
        }),
      ],
    },
    {
      id: 'disclosure-supports',
      heading: 'Kertominen työnantajalle ja tuen tarpeet',
      fields: [
        select('disclosurePreference', 'Kertominen työnantajalle', disclosureOptions, {
          required: true,
          prefill: 'latest:cooperation-agreement.employerDisclosure',
        }),
        checkboxes('anticipatedSupports', 'Mahdolliset tuen tarpeet työssä', supportTypeOptions),
        textarea('supportNotes', 'Lisätietoja tuen tarpeista'),
        textarea('educationGoals', 'Koulutustavoitteet'),
      ],
    },
    {
      id: 'summary',
      heading: 'Yhteenveto',
      fields: [
        textarea('summary', 'Yhteenveto: sopivat työt ja työympäristöt', { required: true }),
        rows(
          'updateLog',
          'Päivityshistoria',
          [date('date', 'Päivämäärä', { required: true }), text('note', 'Mitä päivitettiin', { required: true })],
          { addLabel: 'Lisää päivitys', rowLabel: 'Päivitys', print: { as: 'table' } },
        ),
      ],
    },
    signatureSection(),
  ],
  rules,
})
