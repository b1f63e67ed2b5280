import type { Translation } from './resources'
import { enBackup } from './en-backup'
import { enCalculator } from './en-calculator'
import { enForms } from './en-forms'
import { enLanguage } from './en-language'
import { enNumbers } from './en-numbers'
import { enAudit, enDataRequests, enPrivacy } from './en-privacy'
import { enProcess } from './en-process'
import { enReports } from './en-reports'
import { enVault } from './en-vault'

/** English (a courtesy translation), typed with the Finnish keys: a missing key does not compile. */
export const en: Translation = {
  forms: enForms,
  calculator: enCalculator,
  process: enProcess,
  ...enReports,
  numbers: enNumbers,
  language: enLanguage,
  privacy: enPrivacy,
  audit: enAudit,
  dataRequests: enDataRequests,
  app: { name: 'Työhönvalmentaja' },
  nav: {
    label: 'Main menu',
    openMenu: 'Open the menu',
    closeMenu: 'Close the menu',
    skipToContent: 'Skip to content',
    home: 'Home',
    clients: 'Clients',
    calculator: 'Calculator',
    employers: 'Employers',
    reports: 'Reports',
    fidelity: 'Fidelity review',
    settings: 'Settings',
    help: 'Help',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    close: 'Close',
    clearDate: 'Clear: {{label}}',
    showPassphrase: 'Show passphrase',
  },
  browserMode: {
    missingTokenTitle: 'Open the app from the address given at start-up',
    missingTokenText:
      'In browser mode the app is opened from the address that the command "npm run start:browser" printed. The address holds a one-time code that protects client data: it works only once. If the address has already been used, start the app again and open the new address.',
  },
  errors: {
    required: 'Required information is missing.',
    tooLong: 'The text is too long.',
    invalidValue: 'Check this information.',
    outOfRange: 'The number is outside the allowed range.',
    pinFormat: 'A PIN has 4–8 digits.',
    invalidDate: 'Give the date as d.m.yyyy, for example 5.3.1990.',
    invalidPhone: 'Check the phone number (digits, spaces, + and -).',
    invalidEmail: 'Check the email address.',
    dateOfBirthMismatch: 'The date of birth does not match the personal identity code.',
    passphraseTooShort: 'The passphrase must have at least 12 characters.',
    passphraseMismatch: 'The passphrases are not the same.',
    passphraseTooSimple:
      'The passphrase is too easy to guess: the same character or string repeats, or it is just a run of consecutive characters. Type a few ordinary words in a row.',
    unsafeCharacters: 'The name has invisible control characters. Type the name again on the keyboard.',
    henkilotunnus: {
      format: 'A personal identity code looks like ddmmyyXnnnT, for example 131052-308T.',
      'century-sign':
        'The century sign of the personal identity code is not valid. Allowed: + - Y X W V U A B C D E F.',
      date: 'The personal identity code does not start with a real date.',
      checksum: 'The check character of the personal identity code does not match. Check the digits.',
    },
    invalidTime: 'Give the time as hh:mm, for example 9:30.',
    beforeStart: 'The date is before the start date.',
    codeFormat: 'A code can have letters, digits, full stops, dashes and underscores.',
    businessId: {
      format: 'A business ID looks like 1234567-8.',
      checksum: 'The check digit of the business ID does not match. Check the digits.',
    },
    saveFailed: 'Saving failed. Try again.',
    unexpected: 'Something went wrong. Try again.',
  },
  vault: enVault,
  backup: enBackup,
  phases: {
    short: {
      '1': '1 Start',
      '2': '2 Profiling',
      '3': '3 Job search',
      '4': '4 With the employer',
      '5': '5 In-work support',
    },
    long: {
      '1': 'Phase 1: starting and agreeing',
      '2': 'Phase 2: mapping skills and profiling',
      '3': 'Phase 3: job search',
      '4': 'Phase 4: working with the employer',
      '5': 'Phase 5: in-work support',
    },
  },
  home: {
    title: 'Home',
    recent: 'Recently worked on',
    recentHelp: 'Client details, contacts, forms and calculations',
    workedAt: 'Worked on',
    openClients: 'open clients',
  },
  clients: {
    title: 'Clients',
    new: 'New client',
    newTitle: 'New client',
    editTitle: "Edit the client's details",
    search: 'Search clients',
    searchPlaceholder: 'Name, municipality or named nurse',
    showArchived: 'Show archived',
    count_one: '{{formatted}} client',
    count_other: '{{formatted}} clients',
    showing: 'showing {{from}}–{{to}}',
    pages: 'Pages',
    page: 'Page {{page}}',
    pageControls: {
      first: 'First page',
      previous: 'Previous page',
      next: 'Next page',
      last: 'Last page',
    },
    filters: { allPhases: 'All phases', allStatuses: 'All statuses', open: 'Open (active and waiting)' },
    empty: 'No clients yet.',
    noMatches: 'No clients match the search.',
    notFound: 'The client was not found.',
    lastUpdated: 'Updated',
    updatedAt: 'Details updated {{date}}',
    summary: 'Summary',
    careTeam: 'Care provider',
    noPhase: 'No phase',
    archive: 'Archive',
    restore: 'Restore from archive',
    archived: 'Archived',
    archiveConfirmTitle: 'Archive the client?',
    archiveConfirmText:
      '{{name}} leaves the client list. The details are kept, and the client can be restored under "Show archived".',
    henkilotunnusHelp: 'Optional. The date of birth is filled in from the code.',
    draftRestored: 'Unfinished details were restored. They have not been saved yet.',
    draftStartOver: 'Clear the form',
    sections: { person: 'Personal details', care: 'Care provider', coaching: 'Job coaching' },
    status: { active: 'Active', waiting: 'Waiting', closed: 'Ended' },
    fields: {
      name: 'Name',
      firstName: 'First name',
      lastName: 'Last name',
      dateOfBirth: 'Date of birth',
      henkilotunnus: 'Personal identity code',
      phone: 'Phone',
      email: 'Email',
      municipality: 'Municipality of residence',
      treatingUnit: 'Treating unit',
      nurseName: 'Named nurse',
      referralDate: 'Date of referral',
      phase: 'IPS phase',
      status: 'Status',
    },
  },
  settings: {
    title: 'Settings',
    coachTitle: 'My details',
    coachIntro:
      'Your name and unit are filled into the basic details of every new form. The wellbeing services county and your phone number and email are printed on the cooperation agreement, so the client knows who handles their data and how to reach you.',
    coachName: "Job coach's name",
    coachUnit: 'Unit',
    coachUnitHelp: 'For example IPS job coaching, Joensuu.',
    coachOrganisation: 'Wellbeing services county or other organisation (controller)',
    coachOrganisationHelp:
      'The organisation whose client register the coaching is recorded in, for example the North Karelia wellbeing services county.',
    coachPhone: 'Phone number',
    coachEmail: 'Email',
    reminderTitle: 'Fill in your own details first',
    reminderText: {
      both: 'Forms need your name and the wellbeing services county (controller) before they can be finalised. Fill them in under Settings and they go onto every new form.',
      name: 'Forms need your name before they can be finalised. Fill it in under Settings and it goes onto every new form.',
      organisation:
        'The cooperation agreement needs the wellbeing services county (controller) before it can be finalised. Fill it in under Settings and it goes onto every new agreement.',
    },
    reminderLink: 'Go to Settings',
    coachSave: 'Save my details',
    coachSaved: 'My details saved.',
    changePassphrase: 'Change passphrase',
    changePassphraseIntro:
      'Changing the passphrase does not change the database or the recovery key. The old passphrase stops working at once.',
    currentPassphrase: 'Current passphrase',
    changePassphraseButton: 'Change passphrase',
    passphraseChanged: 'Passphrase changed.',
    renewRecoveryKey: 'Create a new recovery key',
    renewRecoveryKeyIntro:
      'Make a new recovery key if the paper is lost or someone else may have seen it. The old key stops working at once. The new key is shown, and you confirm it by typing it back.',
    renewRecoveryKeyButton: 'Create a new recovery key',
    renewRecoveryKeyPassphrase: 'Passphrase to confirm',
  },
  help: {
    title: 'Help',
    vault: {
      title: 'How is the data protected?',
      text: 'All client data is on this computer in one database protected with strong encryption. Without your passphrase or the recovery key the data cannot be read, even if the computer or the files fall into the wrong hands. Data is not sent anywhere.',
    },
    lock: {
      title: 'Locking',
      text: 'Press Lock or Ctrl+L. The app also locks itself when it has not been used for the time chosen in Settings (5 minutes by default). Locking closes the database and clears client data from the screen and memory. Opening needs the passphrase.\nIf the passphrase is typed wrong many times in a row, you have to wait a moment before the next try. Data is never deleted because of wrong attempts.',
    },
    recovery: {
      title: 'Forgotten passphrase',
      text: 'Choose "Forgot it? Use the recovery key" on the lock screen, type the recovery key and choose a new passphrase. The recovery key was shown when the database was created, and you confirmed it by typing it back. If the paper is lost, make a new key in Settings ("Create a new recovery key"); the old one then stops working. The passphrase can also be changed in Settings.',
    },
    backup: {
      title: 'Backups',
      text: '"Back up now" in Settings makes one encrypted file that you can save on a USB stick or a network drive. It opens with the passphrase or recovery key that was in force when the backup was made – so keep that recovery key too.\nWhen you choose a backup folder in Settings, the app makes a backup there once a day when you lock or close it and keeps the latest ones (10 by default). The home page tells when the last backup was made and reminds you if it has been more than a week.\nRestoring: Settings → "Restore from a backup", or from the lock screen if the database does not open. The app checks the backup and shows the number of clients and forms before anything is replaced. The replaced files are moved aside to the folder "aside".',
    },
    clients: {
      title: 'Clients',
      text: 'On the Clients page the search filters the list as you type, by name, municipality or named nurse. Open a client by clicking the name, or move to the name with Tab and press Enter. An archived client leaves the list, but the details are kept and the client can be restored.',
    },
    henkilotunnus: {
      title: 'Personal identity code',
      text: 'The personal identity code is optional. The app checks the check character and the century sign (also the new signs of 2023) and fills in the date of birth from the code.',
    },
    data: {
      title: 'Where is the data?',
      text: 'The data is on this computer in the data folder:\n{{folder}}\nIt holds the encrypted database (vault.db), the encrypted key file (vault.keys.json) and its spare copy (vault.keys.copy.json). Do not edit or move them while the app is open. The folder can be changed with the environment variable TYOHONVALMENTAJA_DATA_DIR, for example to an encrypted drive. Backups are made in the app, not by copying files by hand.',
    },
    process: {
      title: 'IPS phases, contacts and work',
      text: "On the client's page, “Record a phase change” records the IPS phase with its date; phase 1 starts on the cooperation agreement's start date. “Record a contact” (on the client's page and the home page) records a contact with THL's procedure code, and Ctrl+Enter saves. In the timeline, “Copy to the patient record” copies the visit as text without a name; the desktop app clears the clipboard after 30 seconds. A contact with an employer is blocked when the client's decision on what the employer may be told does not allow it, and the reason is shown. “Job started” and “Studies started” record work and studies; the timeline shows everything in order.",
    },
    review: {
      title: 'Home page, reports and fidelity review',
      text: "The home page shows this week's tasks with the reason for each, the visit that clears it, and the clients in each phase. On Reports you choose a period: each figure is shown as numerator, denominator and percentage beside a benchmark. The report can be printed or saved as a CSV file or as de-identified data; the files are recorded in the access log. The fidelity review fills in IPS-25 from the records, with the reasons; a saved review is compared with the previous one and can be printed.",
    },
    privacy: {
      title: 'Client present, access log and data requests',
      text: "When the client sits beside you, choose “Client present” on the client's page: only this client's data shows, and the app will not search for others. The mode ends with the PIN (Settings) or the passphrase. The access log records views, changes, printouts, disclosures, backups and unlocks without names; a client's log opens from their page. All of a client's data is available as a PDF or a JSON file, and a client can be deleted permanently. Settings sets the retention period; closed clients past it are listed for review.",
    },
  },
}
