import type { Translation } from './resources'

/** Swedish words about languages (see fi-language.ts). */
export const svLanguage: Translation['language'] = {
  autonyms: { fi: 'Suomi', sv: 'Svenska', en: 'English' },
  names: { fi: 'finska', sv: 'svenska', en: 'engelska' },
  settingsTitle: 'Språk',
  appLanguage: 'Appens språk',
  appLanguageHelp:
    'Skärmarna byts genast. Blanketter och kalkyler skrivs ut på klientens kontaktspråk, oberoende av vilket språk du väljer här.',
  saved: 'Språket har bytts.',
  printLanguage: 'Utskriftens språk',
  printLanguageHelp:
    'Som standard klientens kontaktspråk. En utskrift på engelska är en översättning till hjälp för klienten.',
  datePlaceholder: 'dd.mm.åååå',
  help: {
    title: 'Språk',
    text: 'Appens språk (finska, svenska eller engelska) väljer du i Inställningar. Dokument görs på klientens språk oberoende av appens språk: en blankett skrivs ut på blankettens kontaktspråk och en kalkyl på det kontaktspråk som antecknats i klientens samarbetsavtal. Utskriftens språk kan bytas på utskriftssidan. Underskriften gäller blankettens innehåll, inte utskriftens språk: samma version kan skrivas ut på finska och svenska, och båda har samma kontrollsumma.',
  },
}
