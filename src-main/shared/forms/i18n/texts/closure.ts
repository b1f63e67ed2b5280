import type { FormTextTable } from '../form-texts'

/** The closure form's own texts: [Finnish, Swedish, English] (shared ones are in common.ts). */
export const closureTexts: FormTextTable = {
  title: ['Työhönvalmennuksen päättäminen', 'Avslutning av arbetsträningen', 'Ending job coaching'],
  purpose: [
    'Valmennusjakson päättäminen: syy, tilanne päättyessä, yhteenveto asiakkaalle ja hoitotaholle sekä päättyvät suostumukset.',
    'Avslutning av arbetsträningsperioden: orsak, situationen vid avslutningen, sammanfattning för klienten och vårdenheten samt samtycken som upphör.',
    'Ending the coaching period: reason, situation at the end, a summary for the client and the care provider, and the consents that end.',
  ],
  'signers.client.label': ['Asiakas (jos tavoitettavissa)', 'Klient (om anträffbar)', 'Client (if reachable)'],
  'sections.closure.heading': ['Päättäminen', 'Avslutning', 'Ending'],
  'fields.closureDate.label': ['Päättymispäivä', 'Slutdatum', 'End date'],
  'fields.reason.label': ['Päättymisen syy', 'Orsak till att anställningen upphörde', 'Reason the job ended'],
  'fields.reason.options.client-wish.label': ['Asiakkaan toive', 'Klientens önskan', "The client's wish"],
  'fields.reason.options.not-reached.label': [
    'Asiakasta ei ole tavoitettu kahteen kuukauteen yrityksistä huolimatta',
    'Klienten har inte nåtts på två månader trots försök',
    'The client has not been reached for two months despite attempts',
  ],
  'fields.reason.options.support-completed.label': [
    'Ylläpitävä tuki toteutettu – asiakas pärjää ilman tukea',
    'Upprätthållande stöd genomfört – klienten klarar sig utan stöd',
    'Maintenance support completed – the client manages without support',
  ],
  'fields.reason.options.not-progressing.label': [
    'Palvelu ei etene (yhteinen arvio)',
    'Tjänsten går inte framåt (gemensam bedömning)',
    'The service is not moving forward (joint assessment)',
  ],
  'fields.reason.options.transferred.label': [
    'Siirtyi muuhun palveluun',
    'Övergick till en annan tjänst',
    'Moved to another service',
  ],
  'fields.reason.options.moved-away.label': [
    'Muutti pois alueelta',
    'Flyttade bort från området',
    'Moved away from the area',
  ],
  'fields.reason.options.treatment-ended.label': [
    'Hoitosuhde päättyi',
    'Vårdrelationen upphörde',
    'The care relationship ended',
  ],
  'fields.reason.options.deceased.label': ['Asiakas kuoli', 'Klienten avled', 'The client died'],
  'fields.reason.help': [
    'Valmennusta ei päätetä yksittäisten peruuntuneiden tapaamisten tai määräajan vuoksi.',
    'Arbetsträningen avslutas inte på grund av enstaka inställda möten eller en tidsgräns.',
    'Coaching is not ended because of single cancelled meetings or a time limit.',
  ],
  'fields.reasonDetail.label': [
    'Tarkennus (mihin palveluun / mikä syy)',
    'Precisering (vilken tjänst / vilken orsak)',
    'Details (which service / which reason)',
  ],
  'fields.phaseAtClosure.label': ['IPS-vaihe päättyessä', 'IPS-skede vid avslutningen', 'IPS phase at the end'],
  'fields.phaseAtClosure.options.1.label': [
    '1 Aloitus ja sopiminen',
    '1 Start och överenskommelse',
    '1 Starting and agreeing',
  ],
  'fields.phaseAtClosure.options.2.label': [
    '2 Ammatillinen profilointi',
    '2 Yrkesprofilering',
    '2 Vocational profiling',
  ],
  'fields.phaseAtClosure.options.3.label': ['3 Työn etsintä', '3 Jobbsökning', '3 Job search'],
  'fields.phaseAtClosure.options.4.label': [
    '4 Työskentely työnantajan kanssa',
    '4 Samarbete med arbetsgivaren',
    '4 Working with the employer',
  ],
  'fields.phaseAtClosure.options.5.label': [
    '5 Työsuhteen aikainen tuki',
    '5 Stöd under anställningen',
    '5 In-work support',
  ],
  'sections.outreach.heading': ['Yhteydenottoyritykset', 'Försök att nå klienten', 'Attempts to reach the client'],
  'sections.outreach.help': [
    'Kun asiakasta ei tavoiteta, kirjaa jokainen yritys. Yrityksiä tehdään useilla tavoilla ja yhdessä hoitotahon kanssa vähintään 2 kuukauden ajan.',
    'När klienten inte nås, anteckna varje försök. Försöken görs på flera sätt och tillsammans med vårdenheten i minst 2 månader.',
    'When the client cannot be reached, record every attempt. Attempts are made in several ways and together with the care provider for at least 2 months.',
  ],
  'fields.outreachLog.label': ['Yhteydenottoyritykset', 'Försök att nå klienten', 'Attempts to reach the client'],
  'fields.outreachLog.fields.method.label': ['Tapa', 'Sätt', 'Method'],
  'fields.outreachLog.fields.method.options.letter.label': ['Kirje', 'Brev', 'Letter'],
  'fields.outreachLog.fields.method.options.via-family.label': [
    'Läheisen kautta',
    'Via en närstående',
    'Through a family member or friend',
  ],
  'fields.outreachLog.fields.by.label': ['Kuka', 'Vem', 'Who'],
  'fields.outreachLog.fields.result.label': ['Tulos tai huomio', 'Resultat eller anteckning', 'Outcome or note'],
  'fields.outreachLog.addLabel': ['Lisää yhteydenottoyritys', 'Lägg till kontaktförsök', 'Add an attempt'],
  'fields.outreachLog.rowLabel': ['Yritys', 'Försök', 'Attempt'],
  'sections.status.heading': ['Tilanne päättyessä', 'Situationen vid avslutningen', 'Situation at the end'],
  'fields.careTeamAgreed.label': [
    'Päättämisestä on sovittu hoitotahon kanssa',
    'Avslutningen har överenskommits med vårdenheten',
    'Ending has been agreed with the care provider',
  ],
  'fields.careTeamAgreedDate.label': ['Sovittu (pvm)', 'Överenskommet (datum)', 'Agreed (date)'],
  'fields.statusAtClosure.label': [
    'Asiakkaan tilanne päättyessä',
    'Klientens situation vid avslutningen',
    "The client's situation at the end",
  ],
  'fields.statusAtClosure.options.competitive-work.label': [
    'Työssä avoimilla työmarkkinoilla',
    'I arbete på den öppna arbetsmarknaden',
    'Working in the open labour market',
  ],
  'fields.statusAtClosure.options.other-work.label': [
    'Työssä (muu työ)',
    'I arbete (annat arbete)',
    'Working (other work)',
  ],
  'fields.statusAtClosure.options.work-and-study.label': [
    'Työssä ja opiskelee',
    'Arbetar och studerar',
    'Working and studying',
  ],
  'fields.statusAtClosure.options.unemployed.label': [
    'Työtön työnhakija',
    'Arbetslös arbetssökande',
    'Unemployed jobseeker',
  ],
  'fields.statusAtClosure.options.outside-labour-force.label': [
    'Työvoiman ulkopuolella',
    'Utanför arbetskraften',
    'Outside the labour force',
  ],
  'fields.summary.label': ['Yhteenveto valmennuksesta', 'Sammanfattning av arbetsträningen', 'Summary of the coaching'],
  'fields.continuingSupport.label': [
    'Jatkotuki: kuka jatkaa',
    'Fortsatt stöd: vem fortsätter',
    'Further support: who continues',
  ],
  'fields.reEntryInformed.label': [
    'Asiakas tietää voivansa palata valmennukseen',
    'Klienten vet att hen kan komma tillbaka till arbetsträningen',
    'The client knows they can come back to coaching',
  ],
  'sections.consents-ending.heading': ['Päättyvät suostumukset', 'Samtycken som upphör', 'Consents that end'],
  'sections.consents-ending.help': [
    'Valmennuksen aikana voimassa olleet suostumukset päättyvät valmennuksen päättyessä.',
    'Samtycken som varit i kraft under arbetsträningen upphör när arbetsträningen avslutas.',
    'Consents in force during the coaching end when the coaching ends.',
  ],
  'fields.consentsEnding.label': [
    'Voimassa olleet suostumukset',
    'Samtycken som varit i kraft',
    'Consents that were in force',
  ],
  'fields.consentsEnding.addLabel': ['Lisää suostumus', 'Lägg till samtycke', 'Add a consent'],
  'fields.consentsEnding.rowLabel': ['Suostumus', 'Samtycke', 'Consent'],
  'fields.partiesNotified.label': [
    'Tahoille on ilmoitettu valmennuksen ja suostumusten päättymisestä',
    'Parterna har underrättats om att arbetsträningen och samtyckena upphör',
    'The parties have been told that the coaching and the consents end',
  ],
  'fields.referredTo.label': [
    'Palvelu, johon asiakas ohjataan',
    'Tjänst som klienten hänvisas till',
    'Service the client is referred to',
  ],
  'fields.referredTo.help': [
    'Kun valmennus ei etene, asiakas ohjataan hänelle sopivampaan palveluun.',
    'När arbetsträningen inte går framåt hänvisas klienten till en tjänst som passar hen bättre.',
    'When coaching is not moving forward, the client is referred to a service that suits them better.',
  ],
}
