/**
 * Client data must not end up in the browser's saved form entries or its session-restore files (browser mode): every
 * input says autocomplete="off", which also keeps Chromium from storing the field's value with the page's state.
 * A field may still set its own value. (PasswordInput is left to secretFieldProps, set where each passphrase is asked.)
 */
const off = { defaultProps: { autoComplete: 'off' } }

export const NO_AUTOFILL_COMPONENTS = {
  TextInput: off,
  Textarea: off,
  NumberInput: off,
  NativeSelect: off,
  Select: off,
  MultiSelect: off,
  Autocomplete: off,
  InputBase: off,
  DateInput: off,
  Checkbox: off,
  Radio: off,
  Switch: off,
}
