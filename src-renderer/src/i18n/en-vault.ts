import type { Translation } from './resources'

/** English for the vault (see fi-vault.ts). */
export const enVault: Translation['vault'] = {
  createTitle: 'Create an encrypted database',
  createIntro:
    'Client data is stored in an encrypted database on this computer. Choose a passphrase to open it with. A long phrase of several words is both strong and easy to remember.',
  createButton: 'Create database',
  createReplacingIntro:
    'The new database is empty. The old files are moved aside to the subfolder "aside" of the data folder; they are not deleted.',
  restoreInstead: 'Do you have a backup? Restore the data from a backup',
  newPassphrase: 'New passphrase',
  confirmPassphrase: 'Passphrase again',
  passphraseRule: 'At least 12 characters. Not the same character or string repeated.',
  strengthLabel: 'Passphrase strength',
  strengthHint: 'Tip: four ordinary words in a row make a strong passphrase.',
  strength: {
    '0': 'Too short.',
    '1': 'Weak. Add words or characters.',
    '2': 'Fair. Longer would be better.',
    '3': 'Good.',
    '4': 'Strong.',
  },
  recoverySheet: {
    title: 'Recovery key',
    intro:
      'This key gets you into the data if the passphrase is forgotten. Print this page or write the key on paper before you continue.',
    created: 'Database created {{date}}',
    keepSafe: "Keep the key in a locked place, such as the workplace's safe.",
    notWithLaptop: 'Do not keep the key in the laptop bag and do not save it on this computer.',
    onlyWay: 'Without the passphrase or the recovery key nobody can open the data, not even support.',
    print: 'Print the recovery key',
    confirmTitle: 'Confirm that the key is kept safe',
    confirmIntro: 'Type the recovery key from the paper here. Spaces, dashes and upper or lower case do not matter.',
    confirmLabel: 'Recovery key from the paper',
    confirmButton: 'Confirm and continue',
    printTitle: 'Työhönvalmentaja – recovery key',
    printWhat:
      'This is the recovery key of the encrypted client database. It opens the database and sets a new passphrase if the passphrase is forgotten.',
    printHow: 'On the lock screen: "Forgot it? Use the recovery key". Type the key as it is; case does not matter.',
    printKeyLabel: 'Recovery key',
    printWhere:
      'Keep this paper in a locked place, away from the computer. Do not photograph it or save it on the computer.',
    printReplaced: 'If you make a new recovery key, this paper stops working: shred it.',
    printBack: 'Back',
  },
  lockedTitle: 'Työhönvalmentaja is locked',
  passphrase: 'Passphrase',
  unlockButton: 'Open',
  forgotPassphrase: 'Forgot it? Use the recovery key',
  recoveryTitle: 'Open with the recovery key',
  recoveryIntro: 'Type the recovery key and choose a new passphrase. The old passphrase stops working.',
  recoveryKey: 'Recovery key',
  recoveryButton: 'Open and change passphrase',
  backToPassphrase: 'Back to the passphrase',
  lockButton: 'Lock',
  lockShortcut: 'Lock now (Ctrl+L)',
  keyFileCopyInUse:
    'The key file was damaged, so the app uses its spare copy. Your data is safe. Open as usual; the key file is repaired at the same time. Then make a backup.',
  damaged: {
    title: 'The database cannot be opened',
    folder: 'Data folder: {{folder}}',
    restore: 'Restore from a backup',
    startOver: 'Start a new empty database',
    startOverTitle: 'Start a new empty database?',
    startOverText:
      'The new database has no clients. The current files are moved to the folder "aside" inside the data folder, so they can still be recovered with the help of support. Do this only if you have no backup.',
    startOverConfirm: 'Yes, start over',
  },
  errors: {
    wrongPassphrase: 'Wrong passphrase.',
    wrongPassphraseWait: 'Wrong passphrase. You can try again in {{seconds}} seconds.',
    wrongRecoveryKey: 'The recovery key is not valid. Check the characters.',
    wrongRecoveryKeyWait: 'The recovery key is not valid. You can try again in {{seconds}} seconds.',
    tooManyAttempts: 'Too many wrong attempts. Wait {{seconds}} seconds and try again.',
    attemptNotRecorded:
      'The attempt could not be recorded, so it was not made. Check that there is space on the disk and try again.',
    databaseKeyMismatch:
      'The key file does not belong to this database (it may have been copied from another computer). Nothing has been changed. Restore the data from a backup.',
    databaseFromNewerApp:
      'The database was made with a newer version of the app. Update the app. Nothing has been changed.',
    keyFileDamaged:
      'The key file and its spare copy are damaged, so the database cannot be opened with the passphrase or the recovery key. Restore the data from a backup.',
    keyFileMissing:
      'The key file is missing from the data folder, so the database cannot be opened. If you moved files, put vault.keys.json back. Otherwise restore the data from a backup.',
    databaseMissing:
      'The database file vault.db is missing from the data folder. If you moved it, put it back. Otherwise restore the data from a backup.',
    databaseEmpty:
      'The database file vault.db is empty: the data has been lost from the disk. Restore the data from a backup.',
    databaseDamaged:
      'The database file is damaged (for example a disk error), and it is not opened so that the damage does not spread. Restore the data from a backup.',
    migrationFailed:
      'The database could not be updated to the new version. Nothing has been changed. Contact support; do not delete any files.',
    recoveryKeyMismatch: 'The key is not the one shown. Check the characters on the paper and type the key again.',
    alreadyExists: 'The database already exists.',
  },
}
