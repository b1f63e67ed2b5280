import type { FormTextTable } from '../form-texts'

/** The employer-cooperation form's own texts: [Finnish, Swedish, English] (shared ones are in common.ts). */
export const employerCooperationTexts: FormTextTable = {
  title: [
    'Työskentely työnantajan kanssa – yhteistyösopimus',
    'Samarbete med arbetsgivaren – samarbetsavtal',
    'Working with the employer – cooperation agreement',
  ],
  purpose: [
    'Työnantaja, asiakas ja työhönvalmentaja sopivat työhönvalmentajan roolista työpaikalla, yhteydenpidosta ja siitä, mitä työnantajalle saa kertoa.',
    'Arbetsgivaren, klienten och arbetstränaren kommer överens om arbetstränarens roll på arbetsplatsen, om kontakten och om vad arbetsgivaren får veta.',
    "The employer, the client and the job coach agree on the job coach's role at the workplace, keeping in touch and what may be told to the employer.",
  ],
  'sections.employer.heading': ['Työnantaja', 'Arbetsgivare', 'Employer'],
  'fields.employerContactRole.label': ['Yhteyshenkilön tehtävä', 'Kontaktpersonens uppgift', "Contact person's role"],
  'fields.jobTitle.label': ['Asiakkaan tehtävä', 'Klientens uppgift', "Client's task"],
  'sections.role.heading': [
    'Työhönvalmentajan rooli ja yhteydenpito',
    'Arbetstränarens roll och kontakt',
    "The job coach's role and keeping in touch",
  ],
  'fields.coachRole.label': [
    'Työhönvalmentajan rooli työpaikalla',
    'Arbetstränarens roll på arbetsplatsen',
    "The job coach's role at the workplace",
  ],
  'fields.contactFrequency.label': ['Sovittu yhteydenpito', 'Överenskommen kontakt', 'Agreed contact'],
  'fields.contactFrequency.options.weekly-first-month.label': [
    'Viikoittain ensimmäisen kuukauden ajan, sen jälkeen sovitusti',
    'Varje vecka under den första månaden, därefter enligt överenskommelse',
    'Weekly for the first month, then as agreed',
  ],
  'fields.workplaceVisits.label': [
    'Milloin työhönvalmentaja voi käydä työpaikalla',
    'När arbetstränaren kan besöka arbetsplatsen',
    'When the job coach may visit the workplace',
  ],
  'sections.confidentiality.heading': [
    'Mitä työnantajalle voidaan kertoa',
    'Vad som får berättas för arbetsgivaren',
    'What may be told to the employer',
  ],
  'fields.disclosureDecision.label': [
    'Asiakkaan kertomispäätös',
    'Klientens beslut om att berätta',
    "The client's disclosure decision",
  ],
  'fields.whatMayBeShared.label': ['Sovittu sisältö', 'Överenskommet innehåll', 'Agreed content'],
  'fields.confidentiality.label': [
    'Työnantaja käsittelee asiakasta koskevia tietoja luottamuksellisina eikä kerro niitä muille ilman asiakkaan lupaa. Työhönvalmentaja kertoo työnantajalle vain sen, mistä asiakkaan kanssa on sovittu.',
    'Arbetsgivaren behandlar uppgifter om klienten konfidentiellt och berättar inte om dem för andra utan klientens tillstånd. Arbetstränaren berättar för arbetsgivaren bara det som överenskommits med klienten.',
    "The employer treats information about the client as confidential and does not pass it on without the client's permission. The job coach tells the employer only what has been agreed with the client.",
  ],
}
