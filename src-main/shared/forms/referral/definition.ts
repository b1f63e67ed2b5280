import { headerSection, signatureSection } from '../common'
import type { FormValues, ReportIssue } from '../definition'
import { checkboxes, confirm, date, email, options, phone, select, text, textarea, yesNo } from '../fields'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readString } from '../values'

export const referringUnitOptions = options(
  ['adult-psychiatry', 'Aikuispsykiatrian poliklinikka'],
  ['primary-mental-health', 'Mielenterveys- ja päihdepalvelut (perustaso)'],
  ['early-psychosis', 'Varhaisen psykoosin (EPI) tiimi'],
  ['act-team', 'ACT-tiimi'],
  ['housing-services', 'Asumispalvelu'],
  ['other', 'Muu'],
)

export const referralRouteOptions = options(
  ['care-team', 'Hoitotahon lähete'],
  ['self', 'Asiakas itse'],
  ['family', 'Läheinen'],
  ['employment-authority', 'Työvoimaviranomainen'],
  ['kela', 'Kela'],
  ['pension-provider', 'Työeläkelaitos'],
  ['other', 'Muu'],
)

/** No "not work ready" status on purpose: zero exclusion (IPS-25 item 9). */
export const referralStatusOptions = options(
  ['pending', 'Odottaa käsittelyä'],
  ['waitlisted', 'Jonossa'],
  ['accepted', 'Hyväksytty asiakkuuteen'],
  ['not-started', 'Ei aloitettu (asiakkaan päätös)'],
  ['transferred', 'Ohjattu muualle'],
)

export const clientWishOptions = options(
  ['work', 'Työllistyä palkkatyöhön'],
  ['keep-job', 'Pysyä nykyisessä työssä (työpaikka uhattuna)'],
  ['study', 'Opiskella'],
  ['explore', 'Selvittää mahdollisuuksia'],
)

export const currentSituationOptions = options(
  ['unemployed', 'Työtön'],
  ['employed-sick-leave', 'Työssä, sairauslomalla'],
  ['employed-at-risk', 'Työssä, työ uhattuna'],
  ['student', 'Opiskelija'],
  ['pension', 'Kuntoutustuella tai eläkkeellä'],
  ['other', 'Muu'],
)

function rules(values: FormValues, report: ReportIssue): void {
  const referralDate = readString(values, 'referralDate')
  const acceptedDate = readString(values, 'acceptedDate')
  if (isBefore(acceptedDate, referralDate)) {
    report('acceptedDate', 'forms.validation.rules.referral.acceptedBeforeReferral')
  }
  const meeting = readString(values, 'jointMeetingProposal')
  if (isBefore(meeting, referralDate)) {
    report('jointMeetingProposal', 'forms.validation.rules.referral.meetingBeforeReferral')
  }
}

export const referralForm = defineForm({
  id: 'referral',
  schemaVersion: 1,
  title: 'Työhönvalmennukseen ohjautuminen (lähete)',
  purpose:
    'Pyyntö IPS-työhönvalmennuksesta asiakkaalle, joka haluaa töihin tai opiskelemaan; käynnistää valmennuksen ajanlaskun.',
  signers: [
    { role: 'referrer', nameField: 'referrerName', label: 'Lähettäjä', required: true },
    { role: 'client', nameField: 'clientName', label: 'Asiakas (vapaaehtoinen)', required: false },
  ],
  sections: [
    headerSection({ henkilotunnus: true, contactDetails: true }),
    {
      id: 'referrer',
      heading: 'Lähettäjä',
      fields: [
        text('referrerName', 'Lähettäjän nimi', { required: true }),
        text('referrerProfession', 'Ammatti', { required: true, placeholder: 'esim. sairaanhoitaja, lääkäri' }),
        select('referringUnit', 'Lähettävä yksikkö', referringUnitOptions, { required: true }),
        text('referringUnitOther', 'Muu yksikkö, mikä', {
          required: true,
          visibleWhen: { field: 'referringUnit', equals: 'other' },
        }),
        phone('referrerPhone', 'Lähettäjän puhelinnumero', { required: true }),
        email('referrerEmail', 'Lähettäjän sähköposti'),
      ],
    },
    {
      id: 'referral',
      heading: 'Lähete',
      fields: [
        date('referralDate', 'Lähetepäivä', { required: true, prefill: 'client.referralDate' }),
        select('route', 'Ohjautumistapa', referralRouteOptions, { required: true, defaultValue: 'care-team' }),
        text('routeOther', 'Muu ohjautumistapa, mikä', {
          required: true,
          visibleWhen: { field: 'route', equals: 'other' },
        }),
        select('status', 'Lähetteen tila', referralStatusOptions, { required: true, defaultValue: 'pending' }),
        date('acceptedDate', 'Vastaanotettu ja hyväksytty asiakkuuteen', {
          required: true,
          visibleWhen: { field: 'status', equals: 'accepted' },
          help: 'Päivä, jona asiakas otettiin työhönvalmennukseen.',
        }),
      ],
    },
    {
      id: 'situation',
      heading: 'Asiakkaan tilanne ja toiveet',
      fields: [
        checkboxes('clientWishes', 'Asiakas haluaa', clientWishOptions, { required: true }),
        select('currentSituation', 'Nykyinen työ- tai opiskelutilanne', currentSituationOptions, { required: true }),
        text('currentSituationOther', 'Muu tilanne, mikä', {
          required: true,
          visibleWhen: { field: 'currentSituation', equals: 'other' },
        }),
        textarea('workHistoryBrief', 'Aiempi työkokemus lyhyesti', {
          help: 'Tarkemmin ammatillisessa profiilissa.',
        }),
        textarea('clinicalConsiderations', 'Hoitotahon näkemys huomioitavista asioista', {
          help: 'Vain työn kannalta tarpeellinen: esim. vahvuudet, oireet tai lääkityksen vaikutukset työhön. Ei diagnooseja ilman tarvetta.',
        }),
      ],
    },
    {
      id: 'agreement',
      heading: 'Asiakkaan suostumus ja hoitosuhde',
      fields: [
        confirm('clientInformed', 'Asiakas on tietoinen lähetteestä ja haluaa työhönvalmennukseen', { required: true }),
        yesNo('ongoingTreatment', 'Asiakkaalla on hoitosuhde, joka jatkuu valmennuksen ajan', {
          required: true,
          help: 'IPS-valmennus kulkee yhdessä hoidon kanssa. Vastaus ”ei” ei estä lähetettä: sovitaan, miten hoito järjestetään.',
        }),
        date('jointMeetingProposal', 'Ehdotus yhteisen aloitustapaamisen ajankohdaksi', {
          help: 'Ensimmäisellä tapaamisella mukana työhönvalmentaja ja hoitotahon työntekijä.',
        }),
      ],
    },
    signatureSection(),
  ],
  rules,
})
