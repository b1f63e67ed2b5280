import type { Translation } from './resources'

/** Swedish for the vault (see fi-vault.ts). */
export const svVault: Translation['vault'] = {
  createTitle: 'Skapa en krypterad databas',
  createIntro:
    'Klientuppgifterna sparas i en krypterad databas på den här datorn. Välj en lösenfras som du öppnar den med. En lång fras av flera ord är både stark och lätt att komma ihåg.',
  createButton: 'Skapa databasen',
  createReplacingIntro:
    'Den nya databasen är tom. De gamla filerna flyttas undan till undermappen ”aside” i datamappen; de raderas inte.',
  restoreInstead: 'Har du en säkerhetskopia? Återställ uppgifterna från säkerhetskopian',
  newPassphrase: 'Ny lösenfras',
  confirmPassphrase: 'Lösenfrasen igen',
  passphraseRule: 'Minst 12 tecken. Inte samma tecken eller teckenföljd upprepad.',
  strengthLabel: 'Lösenfrasens styrka',
  strengthHint: 'Tips: fyra vanliga ord efter varandra är en stark lösenfras.',
  strength: {
    '0': 'För kort.',
    '1': 'Svag. Lägg till ord eller tecken.',
    '2': 'Måttlig. Längre vore bättre.',
    '3': 'Bra.',
    '4': 'Stark.',
  },
  recoverySheet: {
    title: 'Återställningsnyckel',
    intro:
      'Med den här nyckeln kommer du åt uppgifterna om du glömmer lösenfrasen. Skriv ut sidan eller skriv ner nyckeln på papper innan du fortsätter.',
    created: 'Databasen skapades {{date}}',
    keepSafe: 'Förvara nyckeln på ett låst ställe, till exempel i arbetsplatsens kassaskåp.',
    notWithLaptop: 'Förvara inte nyckeln i datorväskan och spara den inte på den här datorn.',
    onlyWay: 'Utan lösenfrasen eller återställningsnyckeln kan ingen öppna uppgifterna, inte heller supporten.',
    print: 'Skriv ut återställningsnyckeln',
    confirmTitle: 'Bekräfta att nyckeln är i säkert förvar',
    confirmIntro:
      'Skriv in återställningsnyckeln från papperet här. Mellanslag, bindestreck och stora eller små bokstäver spelar ingen roll.',
    confirmLabel: 'Återställningsnyckeln från papperet',
    confirmButton: 'Bekräfta och fortsätt',
    printTitle: 'Työhönvalmentaja – återställningsnyckel',
    printWhat:
      'Det här är återställningsnyckeln till den krypterade klientdatabasen. Med den öppnas databasen och väljs en ny lösenfras om lösenfrasen glöms bort.',
    printHow:
      'På låsskärmen: ”Glömt? Använd återställningsnyckeln”. Skriv nyckeln som den är; stora eller små bokstäver spelar ingen roll.',
    printKeyLabel: 'Återställningsnyckel',
    printWhere:
      'Förvara papperet på ett låst ställe, skilt från datorn. Fotografera det inte och spara det inte på datorn.',
    printReplaced:
      'Om du gör en ny återställningsnyckel slutar det här papperet att fungera: förstör det i en dokumentförstörare.',
    printBack: 'Tillbaka',
  },
  lockedTitle: 'Työhönvalmentaja är låst',
  passphrase: 'Lösenfras',
  unlockButton: 'Öppna',
  forgotPassphrase: 'Glömt? Använd återställningsnyckeln',
  recoveryTitle: 'Öppna med återställningsnyckeln',
  recoveryIntro: 'Skriv återställningsnyckeln och välj en ny lösenfras. Den gamla lösenfrasen slutar fungera.',
  recoveryKey: 'Återställningsnyckel',
  recoveryButton: 'Öppna och byt lösenfras',
  backToPassphrase: 'Tillbaka till lösenfrasen',
  lockButton: 'Lås',
  lockShortcut: 'Lås genast (Ctrl+L)',
  keyFileCopyInUse:
    'Nyckelfilen var skadad, så appen använder dess reservkopia. Dina uppgifter är i tryggt förvar. Öppna som vanligt; nyckelfilen repareras samtidigt. Gör därefter en säkerhetskopia.',
  damaged: {
    title: 'Databasen kan inte öppnas',
    folder: 'Datamapp: {{folder}}',
    restore: 'Återställ från säkerhetskopia',
    startOver: 'Börja med en ny tom databas',
    startOverTitle: 'Börja med en ny tom databas?',
    startOverText:
      'Den nya databasen har inga klienter. De nuvarande filerna flyttas till mappen ”aside” i datamappen, så de kan ännu återställas med hjälp av supporten. Gör detta bara om du inte har någon säkerhetskopia.',
    startOverConfirm: 'Ja, börja om',
  },
  errors: {
    wrongPassphrase: 'Fel lösenfras.',
    wrongPassphraseWait: 'Fel lösenfras. Du kan försöka igen om {{seconds}} sekunder.',
    wrongRecoveryKey: 'Återställningsnyckeln duger inte. Kontrollera tecknen.',
    wrongRecoveryKeyWait: 'Återställningsnyckeln duger inte. Du kan försöka igen om {{seconds}} sekunder.',
    tooManyAttempts: 'För många felaktiga försök. Vänta {{seconds}} sekunder och försök igen.',
    attemptNotRecorded:
      'Försöket kunde inte registreras, så det gjordes inte. Kontrollera att det finns utrymme på datorns disk och försök igen.',
    databaseKeyMismatch:
      'Nyckelfilen hör inte till den här databasen (den har kanske kopierats från en annan dator). Uppgifterna har inte ändrats. Återställ uppgifterna från en säkerhetskopia.',
    databaseFromNewerApp:
      'Databasen har gjorts med en nyare version av appen. Uppdatera appen. Uppgifterna har inte ändrats.',
    keyFileDamaged:
      'Nyckelfilen och dess reservkopia är skadade, så databasen kan inte öppnas med lösenfrasen eller återställningsnyckeln. Återställ uppgifterna från en säkerhetskopia.',
    keyFileMissing:
      'Nyckelfilen saknas i datamappen, så databasen kan inte öppnas. Om du flyttade filer, sätt tillbaka vault.keys.json. Annars återställ uppgifterna från en säkerhetskopia.',
    databaseMissing:
      'Databasfilen vault.db saknas i datamappen. Om du flyttade den, sätt tillbaka den. Annars återställ uppgifterna från en säkerhetskopia.',
    databaseEmpty:
      'Databasfilen vault.db är tom: uppgifterna har försvunnit från disken. Återställ uppgifterna från en säkerhetskopia.',
    databaseDamaged:
      'Databasfilen är skadad (till exempel ett diskfel), och den öppnas inte för att skadan inte ska sprida sig. Återställ uppgifterna från en säkerhetskopia.',
    migrationFailed:
      'Databasen kunde inte uppdateras till den nya versionen. Uppgifterna har inte ändrats. Kontakta supporten; radera inga filer.',
    recoveryKeyMismatch:
      'Nyckeln är inte densamma som visades. Kontrollera tecknen på papperet och skriv nyckeln igen.',
    alreadyExists: 'Databasen finns redan.',
  },
}
