import { TextInput, type TextInputProps } from '@mantine/core'
import { useMergedRef } from '@mantine/hooks'
import { forwardRef, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { validationText } from '../i18n/validation-text'
import {
  formatFinnishNumber,
  normalizeTyped,
  numberTextMessage,
  parseFinnishNumber,
  tidyNumberText,
  type NumberFormat,
} from './finnish-number'

type BaseProps = Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'error' | 'type'> & {
  format: NumberFormat
  /** shown at once (e.g. an error the core returned when finalising) */
  error?: ReactNode
  /** shown once the coach has left the field: nothing turns red while the first digits are being typed */
  errorAfterBlur?: ReactNode
}

export type FinnishNumberInputProps = BaseProps & {
  /** the text as typed; the owner parses it (parseFinnishNumber) */
  value: string
  onChange: (text: string) => void
}

/**
 * The one number input of the app: a text field that keeps exactly what is typed or pasted ("712,", "12.5",
 * "1 234,50 €"), turns a lone dot into the decimal comma as it is typed, and shows the number in its canonical form
 * ("1 234,50") once the field is left. Errors wait for the blur.
 */
export const FinnishNumberInput = forwardRef<HTMLInputElement, FinnishNumberInputProps>(function FinnishNumberInput(
  { value, onChange, onBlur, format, error, errorAfterBlur, ...rest },
  forwardedRef,
) {
  const inputRef = useRef<HTMLInputElement>(null)
  const ref = useMergedRef(inputRef, forwardedRef)
  const caret = useRef<number | null>(null)
  const [left, setLeft] = useState(false)

  // A dot turned into a comma keeps the text's length: put the caret back where the key left it.
  useLayoutEffect(() => {
    const input = inputRef.current
    if (caret.current === null || !input) return
    input.setSelectionRange(caret.current, caret.current)
    caret.current = null
  })

  return (
    <TextInput
      {...rest}
      ref={ref}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => {
        const typed = event.currentTarget.value
        const text = normalizeTyped(typed)
        if (text !== typed) caret.current = event.currentTarget.selectionStart
        onChange(text)
      }}
      onBlur={(event) => {
        const tidy = tidyNumberText(value, format)
        if (tidy !== value) onChange(tidy)
        setLeft(true)
        onBlur?.(event)
      }}
      error={error ?? (left ? errorAfterBlur : undefined)}
    />
  )
})

export type NumberValueInputProps = BaseProps & {
  /** the number, or null when the field is empty or what is typed is not a number */
  value: number | null
  onChange: (value: number | null) => void
}

/**
 * The same input for a form that holds a number (or null): it keeps the typed text itself, hands over the number it
 * reads, and says after the blur when the text is not a number (the value is then null).
 */
export const NumberValueInput = forwardRef<HTMLInputElement, NumberValueInputProps>(function NumberValueInput(
  { value, onChange, format, errorAfterBlur, ...rest },
  ref,
) {
  const { t } = useTranslation()
  const textOf = (number: number | null) => (number === null ? '' : formatFinnishNumber(number, format))
  const [text, setText] = useState(() => textOf(value))
  // The value this input last handed over: a different value comes from outside (a reset, a prefill) and replaces
  // the text; the input's own answer never does (it would wipe a half-typed or mistyped text).
  const [known, setKnown] = useState(value)
  if (value !== known) {
    setKnown(value)
    setText(textOf(value))
  }
  const parsed = parseFinnishNumber(text, format)
  const problem = parsed.ok ? undefined : numberTextMessage(parsed.error, format)
  return (
    <FinnishNumberInput
      {...rest}
      ref={ref}
      format={format}
      value={text}
      onChange={(next) => {
        const read = parseFinnishNumber(next, format)
        const number = read.ok ? read.value : null
        setText(next)
        setKnown(number)
        if (number !== value) onChange(number)
      }}
      errorAfterBlur={problem ? validationText(t, problem.message, problem.values) : errorAfterBlur}
    />
  )
})
