import type { Translation } from './resources'
import { svBackup } from './sv-backup'
import { svCalculator } from './sv-calculator'
import { svForms } from './sv-forms'
import { svLanguage } from './sv-language'
import { svNumbers } from './sv-numbers'
import { svAudit, svDataRequests, svPrivacy } from './sv-privacy'
import { svProcess } from './sv-process'
import { svReports } from './sv-reports'
import { svVault } from './sv-vault'

/**
 * Swedish (Finland-Swedish), typed with the Finnish keys: a key Finnish has and Swedish lacks does not compile. The
 * names of benefits, authorities and the IPS model are the official Swedish ones (docs/glossary.md).
 */
export const sv: Translation = {
  forms: svForms,
  calculator: svCalculator,
  process: svProcess,
  ...svReports,
  numbers: svNumbers,
  language: svLanguage,
  privacy: svPrivacy,
  audit: svAudit,
  dataRequests: svDataRequests,
  app: { name: 'Työhönvalmentaja' },
  nav: {
    label: 'Huvudmeny',
    openMenu: 'Öppna menyn',
    closeMenu: 'Stäng menyn',
    skipToContent: 'Gå till innehållet',
    home: 'Startsida',
    clients: 'Klienter',
    calculator: 'Räknare',
    employers: 'Arbetsgivare',
    reports: 'Rapporter',
    fidelity: 'Kvalitetsbedömning',
    settings: 'Inställningar',
    help: 'Hjälp',
  },
  common: {
    save: 'Spara',
    cancel: 'Avbryt',
    edit: 'Redigera',
    close: 'Stäng',
    clearDate: 'Töm: {{label}}',
    showPassphrase: 'Visa lösenfrasen',
  },
  browserMode: {
    missingTokenTitle: 'Öppna appen från adressen som gavs vid starten',
    missingTokenText:
      'I webbläsarläget öppnas appen från den adress som kommandot ”npm run start:browser” skrev ut. Adressen innehåller en engångskod som skyddar klientuppgifterna: den fungerar bara en gång. Om adressen redan har använts, starta appen på nytt och öppna den nya adressen.',
  },
  errors: {
    required: 'En obligatorisk uppgift saknas.',
    tooLong: 'Texten är för lång.',
    invalidValue: 'Kontrollera den här uppgiften.',
    outOfRange: 'Talet ligger inte inom de tillåtna gränserna.',
    pinFormat: 'PIN-koden har 4–8 siffror.',
    invalidDate: 'Ange datumet i formen d.m.åååå, till exempel 5.3.1990.',
    invalidPhone: 'Kontrollera telefonnumret (siffror, mellanslag, + och -).',
    invalidEmail: 'Kontrollera e-postadressen.',
    dateOfBirthMismatch: 'Födelsedatumet motsvarar inte personbeteckningen.',
    passphraseTooShort: 'Lösenfrasen ska ha minst 12 tecken.',
    passphraseMismatch: 'Lösenfraserna är inte likadana.',
    passphraseTooSimple:
      'Lösenfrasen är för lätt att gissa: samma tecken eller teckenföljd upprepas, eller den är bara en rad tecken i följd. Skriv några vanliga ord efter varandra.',
    unsafeCharacters: 'Namnet innehåller osynliga styrtecken. Skriv namnet på nytt med tangentbordet.',
    henkilotunnus: {
      format: 'Personbeteckningen har formen ddmmååXnnnT, till exempel 131052-308T.',
      'century-sign':
        'Skiljetecknet för århundradet i personbeteckningen duger inte. Tillåtna: + - Y X W V U A B C D E F.',
      date: 'Personbeteckningen börjar inte med ett riktigt datum.',
      checksum: 'Personbeteckningens kontrolltecken stämmer inte. Kontrollera siffrorna.',
    },
    invalidTime: 'Ange klockslaget i formen tt:mm, till exempel 9:30.',
    beforeStart: 'Datumet är före startdatumet.',
    codeFormat: 'Koden kan innehålla bokstäver, siffror, punkter, bindestreck och understreck.',
    businessId: {
      format: 'FO-numret har formen 1234567-8.',
      checksum: 'FO-numrets kontrollsiffra stämmer inte. Kontrollera siffrorna.',
    },
    saveFailed: 'Det gick inte att spara. Försök igen.',
    unexpected: 'Något gick fel. Försök igen.',
  },
  vault: svVault,
  backup: svBackup,
  phases: {
    short: {
      '1': '1 Start',
      '2': '2 Profilering',
      '3': '3 Jobbsökning',
      '4': '4 Med arbetsgivaren',
      '5': '5 Stöd i arbetet',
    },
    long: {
      '1': 'Skede 1: start och överenskommelse',
      '2': 'Skede 2: kartläggning av kunnande och profilering',
      '3': 'Skede 3: jobbsökning',
      '4': 'Skede 4: samarbete med arbetsgivaren',
      '5': 'Skede 5: stöd under anställningen',
    },
  },
  home: {
    title: 'Startsida',
    recent: 'Senast behandlade',
    recentHelp: 'Klientuppgifter, besök, blanketter och kalkyler',
    workedAt: 'Behandlad',
    openClients: 'öppna klienter',
  },
  clients: {
    title: 'Klienter',
    new: 'Ny klient',
    newTitle: 'Ny klient',
    editTitle: 'Redigera klientens uppgifter',
    search: 'Sök klient',
    searchPlaceholder: 'Namn, kommun eller egenskötare',
    showArchived: 'Visa arkiverade',
    count_one: '{{formatted}} klient',
    count_other: '{{formatted}} klienter',
    showing: 'visar {{from}}–{{to}}',
    pages: 'Sidor',
    page: 'Sida {{page}}',
    pageControls: {
      first: 'Första sidan',
      previous: 'Föregående sida',
      next: 'Nästa sida',
      last: 'Sista sidan',
    },
    filters: { allPhases: 'Alla skeden', allStatuses: 'Alla statusar', open: 'Öppna (aktiva och väntande)' },
    empty: 'Inga klienter ännu.',
    noMatches: 'Sökningen gav inga klienter.',
    notFound: 'Klienten hittades inte.',
    lastUpdated: 'Uppdaterad',
    updatedAt: 'Uppgifterna uppdaterades {{date}}',
    summary: 'Sammanfattning',
    careTeam: 'Vårdenhet',
    noPhase: 'Inget skede',
    archive: 'Arkivera',
    restore: 'Återställ från arkivet',
    archived: 'Arkiverad',
    archiveConfirmTitle: 'Arkivera klienten?',
    archiveConfirmText:
      '{{name}} försvinner från klientlistan. Uppgifterna finns kvar, och klienten kan återställas under ”Visa arkiverade”.',
    henkilotunnusHelp: 'Frivilligt. Födelsedatumet fylls i utifrån beteckningen.',
    draftRestored: 'Uppgifter som inte var färdiga återställdes. De har ännu inte sparats.',
    draftStartOver: 'Töm blanketten',
    sections: { person: 'Personuppgifter', care: 'Vårdenhet', coaching: 'Arbetsträning' },
    status: { active: 'Aktiv', waiting: 'Väntar', closed: 'Avslutad' },
    fields: {
      name: 'Namn',
      firstName: 'Förnamn',
      lastName: 'Efternamn',
      dateOfBirth: 'Födelsedatum',
      henkilotunnus: 'Personbeteckning',
      phone: 'Telefon',
      email: 'E-post',
      municipality: 'Hemkommun',
      treatingUnit: 'Vårdande enhet',
      nurseName: 'Egenskötare',
      referralDate: 'Remissdatum',
      phase: 'IPS-skede',
      status: 'Status',
    },
  },
  settings: {
    title: 'Inställningar',
    coachTitle: 'Egna uppgifter',
    coachIntro:
      'Ditt namn och din enhet fylls i grunduppgifterna på varje ny blankett. Välfärdsområdet samt ditt telefonnummer och din e-post skrivs ut på samarbetsavtalet, så att klienten vet vem som behandlar hens uppgifter och hur du nås.',
    coachName: 'Arbetstränarens namn',
    coachUnit: 'Enhet',
    coachUnitHelp: 'Till exempel IPS-arbetsträning, Vasa.',
    coachOrganisation: 'Välfärdsområde eller annan organisation (personuppgiftsansvarig)',
    coachOrganisationHelp:
      'Den organisation i vars klientregister uppgifterna om arbetsträningen förs, till exempel Österbottens välfärdsområde.',
    coachPhone: 'Telefonnummer',
    coachEmail: 'E-post',
    reminderTitle: 'Fyll först i dina egna uppgifter',
    reminderText: {
      both: 'Blanketterna behöver ditt namn och välfärdsområdet (personuppgiftsansvarig) innan de kan färdigställas. Fyll i dem i Inställningar, så kommer de med på varje ny blankett.',
      name: 'Blanketterna behöver ditt namn innan de kan färdigställas. Fyll i det i Inställningar, så kommer det med på varje ny blankett.',
      organisation:
        'Samarbetsavtalet behöver välfärdsområdet (personuppgiftsansvarig) innan det kan färdigställas. Fyll i det i Inställningar, så kommer det med på varje nytt avtal.',
    },
    reminderLink: 'Gå till inställningarna',
    coachSave: 'Spara egna uppgifter',
    coachSaved: 'De egna uppgifterna sparades.',
    changePassphrase: 'Byt lösenfras',
    changePassphraseIntro:
      'Att byta lösenfras ändrar inte databasen eller återställningsnyckeln. Den gamla lösenfrasen slutar fungera genast.',
    currentPassphrase: 'Nuvarande lösenfras',
    changePassphraseButton: 'Byt lösenfras',
    passphraseChanged: 'Lösenfrasen byttes.',
    renewRecoveryKey: 'Skapa en ny återställningsnyckel',
    renewRecoveryKeyIntro:
      'Gör en ny återställningsnyckel om papperet har kommit bort eller någon annan kan ha sett det. Den gamla nyckeln slutar fungera genast. Den nya nyckeln visas, och den bekräftas genom att skrivas in igen.',
    renewRecoveryKeyButton: 'Skapa en ny återställningsnyckel',
    renewRecoveryKeyPassphrase: 'Lösenfrasen som bekräftelse',
  },
  help: {
    title: 'Hjälp',
    vault: {
      title: 'Hur skyddas uppgifterna?',
      text: 'Alla klientuppgifter finns på den här datorn i en databas som är krypterad med stark kryptering. Utan din lösenfras eller återställningsnyckeln kan uppgifterna inte läsas, även om datorn eller filerna skulle hamna i fel händer. Uppgifterna skickas ingenstans.',
    },
    lock: {
      title: 'Låsning',
      text: 'Tryck på Lås eller Ctrl+L. Appen låses också av sig själv när den inte har använts under den tid som har valts i inställningarna (som standard 5 minuter). Låsningen stänger databasen och tömmer skärmen och minnet på klientuppgifter. För att öppna krävs lösenfrasen.\nOm lösenfrasen skrivs fel många gånger i rad måste man vänta en stund före nästa försök. Uppgifter raderas aldrig på grund av felaktiga försök.',
    },
    recovery: {
      title: 'Glömd lösenfras',
      text: 'Välj ”Glömt? Använd återställningsnyckeln” på låsskärmen, skriv återställningsnyckeln och välj en ny lösenfras. Återställningsnyckeln visades när databasen skapades, och du bekräftade den genom att skriva in den igen. Om papperet kommer bort, gör en ny nyckel i Inställningar (”Skapa en ny återställningsnyckel”); den gamla slutar då att fungera. Lösenfrasen kan också bytas i Inställningar.',
    },
    backup: {
      title: 'Säkerhetskopior',
      text: '”Säkerhetskopiera” i Inställningar gör en krypterad fil som du kan spara på ett USB-minne eller en nätverksenhet. Den öppnas med den lösenfras eller återställningsnyckel som gällde när säkerhetskopian gjordes – spara alltså också den dåvarande återställningsnyckeln.\nNär du väljer en mapp för säkerhetskopior i Inställningar gör appen en säkerhetskopia där en gång om dagen när du låser eller stänger och sparar de senaste (som standard 10). Startsidan visar när den senaste säkerhetskopian gjordes och påminner om det har gått över en vecka.\nÅterställning: Inställningar → ”Återställ från säkerhetskopia” eller från låsskärmen om databasen inte öppnas. Appen kontrollerar säkerhetskopian och visar antalet klienter och blanketter innan något ersätts. De ersatta filerna flyttas undan till mappen ”aside”.',
    },
    clients: {
      title: 'Klienter',
      text: 'På sidan Klienter filtrerar sökningen listan medan du skriver, enligt namn, kommun eller egenskötare. Öppna en klient genom att klicka på namnet eller gå till namnet med tabbtangenten och trycka på Enter. En arkiverad klient försvinner från listan, men uppgifterna finns kvar och klienten kan återställas.',
    },
    henkilotunnus: {
      title: 'Personbeteckning',
      text: 'Personbeteckningen är frivillig. Appen kontrollerar kontrolltecknet och skiljetecknet för århundradet (också de nya tecknen från 2023) och fyller i födelsedatumet utifrån beteckningen.',
    },
    data: {
      title: 'Var finns uppgifterna?',
      text: 'Uppgifterna finns på den här datorn i datamappen:\n{{folder}}\nDär finns den krypterade databasen (vault.db), den krypterade nyckelfilen (vault.keys.json) och dess reservkopia (vault.keys.copy.json). Redigera eller flytta dem inte när appen är öppen. Mappen kan bytas med miljövariabeln TYOHONVALMENTAJA_DATA_DIR, till exempel till en krypterad enhet. Säkerhetskopior görs i appen, inte genom att kopiera filer för hand.',
    },
    process: {
      title: 'IPS-skeden, besök och arbete',
      text: 'På klientens sida antecknar ”Anteckna byte av skede” IPS-skedet med datum; skede 1 börjar på samarbetsavtalets startdatum. ”Anteckna besök” (på klientens sida och på startsidan) antecknar en kontakt med THL:s åtgärdskod, och Ctrl+Enter sparar. I tidslinjen kopierar ”Kopiera till patientjournalen” besöket som text utan namn; skrivbordsappen tömmer urklippet efter 30 sekunder. En kontakt med en arbetsgivare hindras om klientens beslut om vad arbetsgivaren får veta inte tillåter den, och orsaken visas. ”Arbetet började” och ”Studierna började” antecknar arbete och studier; tidslinjen visar allt i ordning.',
    },
    review: {
      title: 'Startsidan, rapporter och kvalitetsbedömning',
      text: 'Startsidan visar veckans uppgifter med orsaken till var och en, besöket som klarar av uppgiften och antalet klienter per skede. På sidan Rapporter väljer du en period: varje tal visas som täljare, nämnare och procent bredvid ett jämförelsevärde. Rapporten kan skrivas ut eller sparas som CSV-fil eller som avidentifierat material; filerna antecknas i användningsloggen. Kvalitetsbedömningen fyller i IPS-25 utgående från anteckningarna, med motiveringar; en sparad bedömning jämförs med den förra och kan skrivas ut.',
    },
    privacy: {
      title: 'Klienten närvarande, användningslogg och begäran om uppgifter',
      text: 'När klienten sitter bredvid väljer du ”Klienten närvarande” på klientens sida: bara den klientens uppgifter syns, och appen låter dig inte söka andra. Läget avslutas med PIN-koden (Inställningar) eller lösenfrasen. Användningsloggen antecknar visningar, ändringar, utskrifter, utlämnanden, säkerhetskopior och öppningar utan namn; klientens logguppgifter öppnas från hans eller hennes sida. Alla klientens uppgifter fås som PDF eller JSON-fil, och klienten kan raderas permanent. I Inställningar väljs förvaringstiden; avslutade klienter som passerat den visas för granskning.',
    },
  },
}
