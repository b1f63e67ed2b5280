import type { FormTextTable } from '../form-texts'

/** The after-coaching form's own texts: [Finnish, Swedish, English] (shared ones are in common.ts). */
export const afterCoachingTexts: FormTextTable = {
  title: [
    'Työhönvalmennuksen jälkeen – seuranta',
    'Efter arbetsträningen – uppföljning',
    'After job coaching – follow-up',
  ],
  purpose: [
    'Seuranta noin vuoden kuluttua valmennuksen päättymisestä: onko asiakas työssä, opiskelemassa vai ei kumpaakaan.',
    'Uppföljning cirka ett år efter att arbetsträningen avslutades: arbetar klienten, studerar hen eller ingetdera.',
    'Follow-up about a year after coaching ended: is the client working, studying or neither.',
  ],
  'sections.follow-up.heading': ['Seuranta', 'Uppföljning', 'Follow-up'],
  'fields.closureDate.label': ['Valmennus päättyi', 'Arbetsträningen avslutades', 'Coaching ended'],
  'fields.followUpDate.label': ['Seurannan päivämäärä', 'Uppföljningens datum', 'Date of follow-up'],
  'fields.followUpMethod.label': ['Miten tieto saatiin', 'Hur uppgiften fåtts', 'How the information was obtained'],
  'fields.followUpMethod.options.meeting.label': ['Tapaaminen', 'Möte', 'Meeting'],
  'fields.followUpMethod.options.message.label': ['Viesti', 'Meddelande', 'Message'],
  'fields.followUpMethod.options.records.label': [
    'Asiakirjoista (asiakasta ei tavoitettu)',
    'Ur handlingarna (klienten nåddes inte)',
    'From records (the client was not reached)',
  ],
  'sections.situation.heading': ['Tilanne seurantahetkellä', 'Situationen vid uppföljningen', 'Situation at follow-up'],
  'fields.situation.label': ['Asiakas on nyt', 'Klienten är nu', 'The client is now'],
  'fields.situation.options.working.label': ['Työssä', 'I arbete', 'Working'],
  'fields.situation.options.working-and-studying.label': [
    'Työssä ja opiskelee',
    'Arbetar och studerar',
    'Working and studying',
  ],
  'fields.situation.options.neither.label': [
    'Ei työssä eikä opiskele',
    'Varken arbetar eller studerar',
    'Neither working nor studying',
  ],
  'fields.competitiveWork.label': [
    'Työ on avointen työmarkkinoiden palkkatyötä',
    'Arbetet är avlönat arbete på den öppna arbetsmarknaden',
    'The job is paid work in the open labour market',
  ],
  'fields.studies.label': ['Mitä opiskelee', 'Vad hen studerar', 'What they are studying'],
  'fields.note.label': ['Asiakkaan kuulumiset', 'Hur klienten mår', 'How the client is doing'],
  'fields.wantsToReturn.label': [
    'Asiakas haluaa palata valmennukseen',
    'Klienten vill komma tillbaka till arbetsträningen',
    'The client wants to come back to coaching',
  ],
}
