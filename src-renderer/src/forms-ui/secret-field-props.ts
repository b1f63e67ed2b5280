/**
 * For passphrase, recovery-key and PIN fields: no autocomplete, and the hints password managers read to leave a field
 * alone (1Password, LastPass, Bitwarden). The vault's passphrase belongs in the coach's head or their own manager,
 * never saved by the browser next to the data it protects. (Electron has no password manager; the app-mode Chromium
 * profile of `npm run start:browser -- --open` has it switched off.)
 */
export const secretFieldProps = {
  autoComplete: 'off',
  spellCheck: false,
  autoCapitalize: 'off',
  'data-1p-ignore': 'true',
  'data-lpignore': 'true',
  'data-bwignore': 'true',
  'data-form-type': 'other',
} as const
