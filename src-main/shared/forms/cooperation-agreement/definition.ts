import { disclosureOptions, headerSection, signatureSection } from '../common'
import { consentsField } from '../consent-fields'
import type { ConsentRow, FormValues, ReportIssue } from '../definition'
import { checkboxes, confirm, date, select, text, textarea, yesNo } from '../fields'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readRows, readString } from '../values'
import {
  contactChannelOptions,
  defaultCareTeamResponsibilities,
  defaultCoachResponsibilities,
  defaultContactLostPlan,
  goalTypeOptions,
} from './options'

function rules(values: FormValues, report: ReportIssue): void {
  readRows(values, 'consents').forEach((row, index) => {
    const path = `consents.${index}`
    const givenOn = readString(row, 'givenOn')
    const withdrawnOn = readString(row, 'withdrawnOn')
    if (isBefore(withdrawnOn, givenOn)) {
      report(`${path}.withdrawnOn`, 'forms.validation.rules.cooperationAgreement.withdrawnBeforeGiven')
    }
    if (readString(row, 'validity') === 'until-date' && isBefore(readString(row, 'validUntil'), givenOn)) {
      report(`${path}.validUntil`, 'forms.validation.rules.cooperationAgreement.validUntilBeforeGiven')
    }
    if (row['consent'] === false && withdrawnOn !== '') {
      report(`${path}.withdrawnOn`, 'forms.validation.rules.cooperationAgreement.refusalCannotBeWithdrawn')
    }
  })
}

/**
 * The first consent row suggested for a new agreement: integration with the care team is a core IPS principle.
 * Health data is not ticked: the client decides it separately (the form's help says so).
 */
export const careTeamConsentRow: Partial<ConsentRow> = {
  party: 'care-team',
  direction: 'both',
  dataContent: ['contact', 'goals-progress', 'employment'],
  purpose: 'Työhönvalmennuksen ja hoidon yhteensovittaminen',
  validity: 'until-end',
}

/**
 * Schema version 1. The current agreement is version 2 (definition-v2.ts: this one revised); the wording, the printed
 * intros and the rules here serve both.
 */
export const cooperationAgreementForm = defineForm({
  id: 'cooperation-agreement',
  schemaVersion: 1,
  title: 'Työhönvalmennuksen aloittaminen – yhteistyösopimus ja suostumukset',
  purpose:
    'Sovitaan valmennuksen tavoitteet, työnjako, yhteydenpito ja päättäminen sekä tietojen vaihdon suostumukset taho kerrallaan.',
  signers: [
    { role: 'client', nameField: 'clientName', label: 'Asiakas', required: true },
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    { role: 'care-team', nameField: 'nurseName', label: 'Hoitotahon yhteyshenkilö', required: false },
  ],
  sections: [
    headerSection({ contactDetails: true }),
    {
      id: 'start',
      heading: 'Valmennuksen aloitus ja tavoite',
      fields: [
        date('entryDate', 'Valmennuksen aloituspäivä', {
          required: true,
          prefill: 'today',
          help: 'Ensimmäisen työnantajakontaktin tavoite on 30 päivän kuluessa tästä päivästä.',
        }),
        textarea('clientGoal', 'Asiakkaan tavoite omin sanoin', { required: true }),
        checkboxes('goalTypes', 'Tavoitteen tyyppi', goalTypeOptions, { required: true }),
      ],
    },
    {
      id: 'roles',
      heading: 'Työnjako ja sitoumukset',
      fields: [
        confirm('principlesExplained', 'IPS-työhönvalmennuksen periaatteet on käyty läpi', { required: true }),
        textarea('coachResponsibilities', 'Työhönvalmentajan tehtävät', {
          required: true,
          defaultValue: defaultCoachResponsibilities,
        }),
        textarea('careTeamResponsibilities', 'Hoitotahon tehtävät', {
          required: true,
          defaultValue: defaultCareTeamResponsibilities,
        }),
        textarea('clientCommitments', 'Asiakkaan sitoumukset', {
          help: 'Kirjaa myönteisesti, mitä asiakas itse haluaa tehdä. Ei sanktioita: valmennus ei pääty poissaoloihin.',
        }),
      ],
    },
    {
      id: 'contact',
      heading: 'Yhteydenpito',
      fields: [
        text('meetingPlaceAndFrequency', 'Tapaamisten paikka ja tiheys', {
          required: true,
          help: 'IPS-valmennus tapahtuu pääosin toimiston ulkopuolella, asiakkaan arjessa.',
        }),
        checkboxes('contactChannels', 'Yhteydenpitotavat', contactChannelOptions, { required: true }),
        textarea('contactLostPlan', 'Toiminta, jos yhteys katkeaa', {
          required: true,
          defaultValue: defaultContactLostPlan,
        }),
        yesNo('familyInvolved', 'Läheinen osallistuu valmennukseen'),
        text('familyMember', 'Läheisen nimi ja yhteystiedot', {
          required: true,
          visibleWhen: { field: 'familyInvolved', equals: true },
        }),
      ],
    },
    {
      id: 'closure-privacy',
      heading: 'Päättäminen ja tietosuoja',
      fields: [
        confirm('closureRulesExplained', 'Valmennuksen päättymisen perusteet on käyty läpi', { required: true }),
        confirm('privacyNoticeGiven', 'Tietosuojaseloste on annettu asiakkaalle', { required: true }),
      ],
      print: {
        intro:
          'Valmennuksen tiedot kirjataan rekisterinpitäjän asiakasrekisteriin. Asiakkaalla on oikeus saada tietää, ' +
          'mitä tietoja hänestä on kirjattu, ja pyytää virheellisen tiedon korjaamista. Tietosuojaseloste kertoo ' +
          'tarkemmin, miten tietoja käsitellään.',
      },
    },
    {
      id: 'consents',
      heading: 'Suostumukset tietojen vaihtoon',
      help:
        'Yksi rivi kutakin tahoa kohden. Suostumus on vapaaehtoinen, yksilöity ja tietoinen, ja sen voi peruuttaa ' +
        'milloin tahansa. Terveystiedot ja diagnoosi on rastitettava erikseen. Myös kieltäytyminen kirjataan.',
      fields: [
        consentsField('consents', 'Suostumukset', { required: true, defaultRows: [careTeamConsentRow] }),
        select('employerDisclosure', 'Yhteydenotot työnantajiin asiakkaan puolesta', disclosureOptions, {
          required: true,
          defaultValue: 'undecided',
          help: 'Työhönvalmentajan yhteydenotto työnantajaan kertoo jo, että asiakas saa tukea. Päätöstä voi muuttaa.',
        }),
      ],
      print: {
        intro:
          'Suostumus on vapaaehtoinen. Asiakas päättää jokaisesta tahosta erikseen, eikä kieltäytyminen vaikuta ' +
          'valmennukseen eikä hoitoon. Terveystietoja ja diagnoosia luovutetaan vain, jos ne on mainittu ' +
          'suostumuksessa. Asiakas voi peruuttaa suostumuksen milloin tahansa kertomalla siitä työhönvalmentajalle ' +
          'puhelimessa, sähköpostilla tai tapaamisessa. Peruutus kirjataan päivämäärineen, eikä tietoja sen jälkeen ' +
          'luovuteta eikä pyydetä.',
      },
    },
    signatureSection(),
  ],
  rules,
  prefill: (context, today) => ({
    consents: [
      {
        ...careTeamConsentRow,
        partyName: [context.client.treatingUnit, context.client.nurseName].filter(Boolean).join(', '),
        givenOn: today,
      },
    ],
  }),
})
