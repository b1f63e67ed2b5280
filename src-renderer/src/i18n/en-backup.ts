import type { Translation } from './resources'

/** English for backups and restore (see fi-backup.ts). */
export const enBackup: Translation['backup'] = {
  title: 'Backups',
  intro:
    'A backup is one encrypted file. It opens with the passphrase or recovery key that was in force when the backup was made. Keep backups somewhere other than this computer, such as a USB stick or a network drive.',
  lastBackup: 'Latest backup: {{date}}',
  never: 'No backup has been made yet.',
  backupNow: 'Back up now',
  saved: 'Backup saved: {{fileName}}',
  downloaded: 'The backup was downloaded to the file {{fileName}}. Move it somewhere safe, such as a USB stick.',
  automaticTitle: 'Automatic backup',
  automaticIntro:
    'The app makes a backup in this folder once a day when you lock or close the app. The oldest are deleted when there are more than the number below.',
  folder: 'Backup folder',
  folderPlaceholder: 'for example /media/usb-stick/backups',
  folderHelp: 'The full path of the folder. Leave empty if you do not want automatic backups.',
  chooseFolder: 'Choose folder',
  keep: 'Number of backups to keep',
  saveSettings: 'Save',
  settingsSaved: 'Backup settings saved.',
  lastError: 'The automatic backup of {{date}} failed: {{reason}}',
  restoreTitle: 'Restore from a backup',
  restoreIntro:
    'Choose the backup file and give the passphrase or recovery key that was in force when the backup was made. The app checks the backup before anything is replaced.',
  restoreFile: 'Backup file (.tvbackup)',
  secretKind: 'Open the backup',
  secretPassphrase: 'With the passphrase',
  secretRecoveryKey: 'With the recovery key',
  passphrase: 'Passphrase from the time of the backup',
  recoveryKey: 'Recovery key from the time of the backup',
  check: 'Check the backup',
  checking: 'Checking…',
  summary: 'The backup is in order. It was made {{date}}, and it holds {{clients}} clients and {{forms}} forms.',
  replaceWarning:
    'Restoring replaces the current data with the data of the backup. The current files are moved aside to the folder "aside" inside the data folder.',
  apply: 'Restore this data',
  restored: 'The data was restored from the backup.',
  cancel: 'Cancel',
  reminder: {
    title: 'Backup',
    lastBackup: 'The latest backup was made {{date}}.',
    never: 'There is no backup of the data yet.',
    overdue:
      'It is more than {{days}} days since the last backup. Make a backup now so that the work is not lost if the computer breaks.',
    neverOverdue:
      'No backup of the data has been made. Make a backup now so that the work is not lost if the computer breaks.',
    goToSettings: 'Back up in Settings',
  },
  errors: {
    invalidFile: 'The file is not a Työhönvalmentaja backup.',
    damaged: 'The backup file is damaged or incomplete (for example from copying). Try another backup.',
    wrongSecret:
      'The passphrase or recovery key does not open this backup. Use the one that was in force when the backup was made.',
    fromNewerApp: 'The backup was made with a newer version of the app. Update the app first.',
    tooLarge: 'The file is too large to be a backup.',
    folderUnavailable:
      'The folder cannot be found or written to. Check that the USB stick or network drive is connected, and give the full path of the folder.',
    writeFailed: 'Writing the backup failed. Check that there is space on the disk.',
  },
}
