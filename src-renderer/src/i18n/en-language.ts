import type { Translation } from './resources'

/** English words about languages (see fi-language.ts). */
export const enLanguage: Translation['language'] = {
  autonyms: { fi: 'Suomi', sv: 'Svenska', en: 'English' },
  names: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
  settingsTitle: 'Language',
  appLanguage: 'Language of the app',
  appLanguageHelp:
    "The screens change at once. Forms and calculations are printed in the client's language of service, whichever language you choose here.",
  saved: 'Language changed.',
  printLanguage: 'Language of the printout',
  printLanguageHelp:
    "The client's language of service by default. An English printout is a translation to help the client.",
  datePlaceholder: 'd.m.yyyy',
  help: {
    title: 'Languages',
    text: "Choose the language of the app (Finnish, Swedish or English) in Settings. Documents are made in the client's language whatever the app's language: a form prints in the form's language of service and a calculation in the language of service recorded in the client's cooperation agreement. The language of a printout can be changed on the print page. A signature covers the content of a form, not the language it is printed in: the same version can be printed in Finnish and in Swedish, and both show the same checksum.",
  },
}
