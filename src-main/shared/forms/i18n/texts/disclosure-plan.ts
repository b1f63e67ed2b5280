import type { FormTextTable } from '../form-texts'

/** The disclosure-plan form's own texts: [Finnish, Swedish, English] (shared ones are in common.ts). */
export const disclosurePlanTexts: FormTextTable = {
  title: [
    'Kertomissuunnitelma – avoimuus työnantajalle',
    'Plan för att berätta – öppenhet mot arbetsgivaren',
    'Disclosure plan – openness with the employer',
  ],
  purpose: [
    'Asiakkaan tietoinen päätös siitä, mitä työnantajalle kerrotaan terveydestä tai tuen tarpeesta, milloin, miten ja kuka kertoo – ja mitä työhönvalmentaja saa kertoa.',
    'Klientens informerade beslut om vad som berättas för arbetsgivaren om hälsan eller stödbehovet, när, hur och av vem – och vad arbetstränaren får berätta.',
    "The client's informed decision on what is told to the employer about health or the need for support, when, how and by whom – and what the job coach may say.",
  ],
  'sections.weighing.heading': ['Hyödyt ja haitat', 'Fördelar och nackdelar', 'Benefits and drawbacks'],
  'sections.weighing.help': [
    'Kertominen on aina asiakkaan oma päätös. Jo työhönvalmentajan yhteydenotto työnantajaan kertoo, että asiakas saa tukea.',
    'Att berätta är alltid klientens eget beslut. Redan att arbetstränaren kontaktar arbetsgivaren visar att klienten får stöd.',
    "Disclosure is always the client's own decision. A job coach contacting the employer already shows that the client gets support.",
  ],
  'fields.pros.label': [
    'Hyödyt asiakkaan näkökulmasta',
    'Fördelar ur klientens synvinkel',
    "Benefits from the client's point of view",
  ],
  'fields.cons.label': [
    'Haitat ja riskit asiakkaan näkökulmasta',
    'Nackdelar och risker ur klientens synvinkel',
    "Drawbacks and risks from the client's point of view",
  ],
  'sections.decision.heading': ['Päätös', 'Beslut', 'Decision'],
  'fields.decision.label': ['Päätös', 'Beslut', 'Decision'],
  'fields.whoDiscloses.label': ['Kuka kertoo', 'Vem berättar', 'Who tells'],
  'fields.whoDiscloses.options.client.label': ['Asiakas itse', 'Klienten själv', 'The client'],
  'fields.whatToSay.label': [
    'Mitä kerrotaan (sovittu sanamuoto)',
    'Vad som berättas (överenskommen formulering)',
    'What is told (agreed wording)',
  ],
  'fields.whatToSay.help': [
    'Kirjoita sanamuoto esimerkkeineen, esim. ”Minulla on terveyteen liittyvä tuen tarve, joka ei estä työntekoa.”',
    'Skriv formuleringen med exempel, t.ex. ”Jag har ett hälsorelaterat stödbehov som inte hindrar mig från att arbeta.”',
    'Write the wording with examples, e.g. "I have a health-related need for support that does not stop me working."',
  ],
  'fields.timing.label': ['Milloin kerrotaan', 'När man berättar', 'When to tell'],
  'fields.timing.options.before-application.label': ['Ennen hakemusta', 'Före ansökan', 'Before applying'],
  'fields.timing.options.in-application.label': ['Hakemuksessa', 'I ansökan', 'In the application'],
  'fields.timing.options.interview.label': ['Työhaastattelussa', 'Vid anställningsintervjun', 'At the job interview'],
  'fields.timing.options.after-offer.label': [
    'Työtarjouksen jälkeen',
    'Efter ett arbetserbjudande',
    'After a job offer',
  ],
  'fields.timing.options.after-start.label': [
    'Työsuhteen alettua',
    'Efter att anställningen börjat',
    'After the job has started',
  ],
  'fields.timing.options.only-if-needed.label': [
    'Vasta tarvittaessa (esim. mukautuksia pyydettäessä)',
    'Först vid behov (t.ex. när anpassningar begärs)',
    'Only if needed (e.g. when asking for adjustments)',
  ],
  'fields.mustNotTell.label': ['Mitä ei saa kertoa', 'Vad som inte får berättas', 'What must not be told'],
  'fields.mustNotTell.help': [
    'Esimerkiksi diagnoosi tai lääkitys.',
    'Till exempel diagnos eller medicinering.',
    'For example diagnosis or medication.',
  ],
  'fields.linkedToAccommodations.label': [
    'Kertominen liittyy työn mukautuksiin',
    'Att berätta hänger ihop med anpassningar i arbetet',
    'Disclosure is linked to adjustments at work',
  ],
  'fields.accommodationsNote.label': ['Mitä mukautuksia', 'Vilka anpassningar', 'Which adjustments'],
  'fields.reviewBy.label': [
    'Päätös tarkistetaan viimeistään',
    'Beslutet ses över senast',
    'The decision is reviewed by',
  ],
  'fields.reviewBy.help': [
    'Esimerkiksi kahden kuukauden kuluttua, jos työtä ei ole löytynyt, tai kun työssä tulee ongelmia.',
    'Till exempel efter två månader om inget arbete hittats, eller när problem uppstår i arbetet.',
    'For example after two months if no job has been found, or when problems come up at work.',
  ],
  'sections.exceptions.heading': [
    'Työnantajakohtaiset poikkeukset',
    'Undantag för enskilda arbetsgivare',
    'Exceptions for particular employers',
  ],
  'fields.employerExceptions.label': ['Poikkeukset', 'Undantag', 'Exceptions'],
  'fields.employerExceptions.fields.decision.label': [
    'Päätös tämän työnantajan kohdalla',
    'Beslut för denna arbetsgivare',
    'Decision for this employer',
  ],
  'fields.employerExceptions.fields.note.label': ['Lisätieto', 'Tilläggsuppgift', 'Note'],
  'fields.employerExceptions.addLabel': ['Lisää poikkeus', 'Lägg till undantag', 'Add an exception'],
  'fields.employerExceptions.rowLabel': ['Poikkeus', 'Undantag', 'Exception'],
  'sections.signatures.help': [
    'Suunnitelma allekirjoitetaan uudelleen aina, kun päätös muuttuu.',
    'Planen undertecknas på nytt varje gång beslutet ändras.',
    'The plan is signed again whenever the decision changes.',
  ],
}
