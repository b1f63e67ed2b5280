import type { Translation } from './resources'

/** Swedish for backups and restore (see fi-backup.ts). */
export const svBackup: Translation['backup'] = {
  title: 'Säkerhetskopior',
  intro:
    'En säkerhetskopia är en krypterad fil. Den öppnas med den lösenfras eller återställningsnyckel som gällde när säkerhetskopian gjordes. Förvara säkerhetskopiorna någon annanstans än på den här datorn, till exempel på ett USB-minne eller en nätverksenhet.',
  lastBackup: 'Senaste säkerhetskopia: {{date}}',
  never: 'Ingen säkerhetskopia har gjorts ännu.',
  backupNow: 'Säkerhetskopiera',
  saved: 'Säkerhetskopian sparades: {{fileName}}',
  downloaded:
    'Säkerhetskopian laddades ner till filen {{fileName}}. Flytta den i säkerhet, till exempel till ett USB-minne.',
  automaticTitle: 'Automatisk säkerhetskopiering',
  automaticIntro:
    'Appen gör en säkerhetskopia i den här mappen en gång om dagen när du låser eller stänger appen. De äldsta raderas när de är fler än antalet nedan.',
  folder: 'Mapp för säkerhetskopior',
  folderPlaceholder: 'till exempel /media/usb-minne/sakerhetskopior',
  folderHelp: 'Mappens fullständiga sökväg. Lämna tomt om du inte vill ha automatiska säkerhetskopior.',
  chooseFolder: 'Välj mapp',
  keep: 'Antal säkerhetskopior som sparas',
  saveSettings: 'Spara',
  settingsSaved: 'Inställningarna för säkerhetskopiering sparades.',
  lastError: 'Den automatiska säkerhetskopieringen {{date}} misslyckades: {{reason}}',
  restoreTitle: 'Återställ från säkerhetskopia',
  restoreIntro:
    'Välj säkerhetskopians fil och ange den lösenfras eller återställningsnyckel som gällde när säkerhetskopian gjordes. Appen kontrollerar säkerhetskopian innan något ersätts.',
  restoreFile: 'Säkerhetskopians fil (.tvbackup)',
  secretKind: 'Öppna säkerhetskopian',
  secretPassphrase: 'Med lösenfrasen',
  secretRecoveryKey: 'Med återställningsnyckeln',
  passphrase: 'Lösenfrasen från säkerhetskopians tid',
  recoveryKey: 'Återställningsnyckeln från säkerhetskopians tid',
  check: 'Kontrollera säkerhetskopian',
  checking: 'Kontrollerar…',
  summary:
    'Säkerhetskopian är i skick. Den gjordes {{date}}, och den innehåller {{clients}} klienter och {{forms}} blanketter.',
  replaceWarning:
    'Återställningen ersätter de nuvarande uppgifterna med uppgifterna i säkerhetskopian. De nuvarande filerna flyttas undan till mappen ”aside” i datamappen.',
  apply: 'Återställ de här uppgifterna',
  restored: 'Uppgifterna återställdes från säkerhetskopian.',
  cancel: 'Avbryt',
  reminder: {
    title: 'Säkerhetskopia',
    lastBackup: 'Den senaste säkerhetskopian gjordes {{date}}.',
    never: 'Det finns ännu ingen säkerhetskopia av uppgifterna.',
    overdue:
      'Det har gått över {{days}} dagar sedan den senaste säkerhetskopian. Gör en säkerhetskopia nu så att arbetet inte går förlorat om datorn går sönder.',
    neverOverdue:
      'Ingen säkerhetskopia har gjorts av uppgifterna. Gör en säkerhetskopia nu så att arbetet inte går förlorat om datorn går sönder.',
    goToSettings: 'Säkerhetskopiera i inställningarna',
  },
  errors: {
    invalidFile: 'Filen är inte en säkerhetskopia från Työhönvalmentaja.',
    damaged:
      'Säkerhetskopians fil är skadad eller ofullständig (till exempel vid kopiering). Pröva en annan säkerhetskopia.',
    wrongSecret:
      'Lösenfrasen eller återställningsnyckeln öppnar inte den här säkerhetskopian. Använd den som gällde när säkerhetskopian gjordes.',
    fromNewerApp: 'Säkerhetskopian har gjorts med en nyare version av appen. Uppdatera appen först.',
    tooLarge: 'Filen är för stor för att vara en säkerhetskopia.',
    folderUnavailable:
      'Mappen hittas inte eller går inte att skriva i. Kontrollera att USB-minnet eller nätverksenheten är ansluten och ange mappens fullständiga sökväg.',
    writeFailed: 'Det gick inte att skriva säkerhetskopian. Kontrollera att det finns utrymme på disken.',
  },
}
