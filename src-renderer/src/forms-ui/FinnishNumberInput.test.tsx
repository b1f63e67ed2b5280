import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { FinnishNumberInput, NumberValueInput } from './FinnishNumberInput'
import { HOURS, MONEY, parseFinnishNumber, WHOLE, type NumberFormat } from './finnish-number'

/** A text-holding owner as the calculator is: it parses the text and says what it read. */
function TextOwner({ format = MONEY, label = 'Määrä € / kk' }: { format?: NumberFormat; label?: string }) {
  const [text, setText] = useState('')
  const parsed = parseFinnishNumber(text, format)
  return (
    <>
      <FinnishNumberInput
        label={label}
        format={format}
        value={text}
        onChange={setText}
        errorAfterBlur={parsed.ok ? undefined : 'Anna luku.'}
      />
      <output data-testid="read">{parsed.ok ? String(parsed.value) : parsed.error}</output>
      <button type="button">Seuraava</button>
    </>
  )
}

function renderInput(node: React.ReactNode) {
  render(<MantineProvider>{node}</MantineProvider>)
  return userEvent.setup()
}

const read = () => screen.getByTestId('read').textContent

describe('FinnishNumberInput, typed key by key', () => {
  it('keeps 712,35 (not 35) and reads 712.35', async () => {
    const user = renderInput(<TextOwner />)
    const input = screen.getByLabelText('Määrä € / kk')
    await user.type(input, '712,35')
    expect(input).toHaveProperty('value', '712,35')
    expect(read()).toBe('712.35')
  })

  it('keeps 12,50 in an hourly wage and shows it with two decimals once left', async () => {
    const user = renderInput(<TextOwner label="Tuntipalkka € / h" />)
    const input = screen.getByLabelText('Tuntipalkka € / h')
    await user.type(input, '12,5')
    expect(read()).toBe('12.5')
    await user.type(input, '0')
    expect(input).toHaveProperty('value', '12,50')
    await user.tab()
    expect(input).toHaveProperty('value', '12,50')
    expect(read()).toBe('12.5')
  })

  it('turns a typed dot into the decimal comma as it is typed', async () => {
    const user = renderInput(<TextOwner />)
    const input = screen.getByLabelText('Määrä € / kk')
    await user.type(input, '12.5')
    expect(input).toHaveProperty('value', '12,5')
    expect(read()).toBe('12.5')
  })

  it('keeps the caret in place when a dot is typed in the middle', async () => {
    const user = renderInput(<TextOwner />)
    const input = screen.getByLabelText<HTMLInputElement>('Määrä € / kk')
    await user.type(input, '1250')
    await user.type(input, '.', { initialSelectionStart: 2, initialSelectionEnd: 2 })
    expect(input.value).toBe('12,50')
    expect(input.selectionStart).toBe(3)
    await user.keyboard('9')
    expect(input.value).toBe('12,950')
  })

  it('groups thousands once the field is left, and reads spaces typed by the coach', async () => {
    const user = renderInput(<TextOwner />)
    const input = screen.getByLabelText('Määrä € / kk')
    await user.type(input, '1234,5')
    await user.tab()
    expect(input).toHaveProperty('value', '1 234,50')
    await user.clear(input)
    await user.type(input, '2 345')
    expect(read()).toBe('2345')
  })

  it('shows no error before the field is left, and the error after', async () => {
    const user = renderInput(<TextOwner />)
    const input = screen.getByLabelText('Määrä € / kk')
    await user.type(input, '12a')
    expect(read()).toBe('not-a-number')
    expect(screen.queryByText('Anna luku.')).toBeNull()
    expect(input.getAttribute('aria-invalid')).not.toBe('true')
    await user.tab()
    expect(screen.getByText('Anna luku.')).toBeTruthy()
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input).toHaveProperty('value', '12a') // what was typed stays to be corrected
    await user.clear(input)
    await user.type(input, '12')
    expect(screen.queryByText('Anna luku.')).toBeNull()
  })
})

describe('FinnishNumberInput, pasted', () => {
  it.each([
    ['12.50', '12,50', '12.5'],
    ['712,35', '712,35', '712.35'],
    ['1 234,50', '1 234,50', '1234.5'],
    ['1\u00a0234,50 €', '1 234,50', '1234.5'],
    [' 980 ', '980,00', '980'],
  ])('pasting %j shows %j and reads %s', async (pasted, shown, number) => {
    const user = renderInput(<TextOwner />)
    const input = screen.getByLabelText('Määrä € / kk')
    await user.click(input)
    await user.paste(pasted)
    expect(read()).toBe(number)
    await user.tab()
    expect(input).toHaveProperty('value', shown)
  })

  it('refuses a pasted 1.234,50 rather than guessing, and keeps it to be corrected', async () => {
    const user = renderInput(<TextOwner />)
    const input = screen.getByLabelText('Määrä € / kk')
    await user.click(input)
    await user.paste('1.234,50')
    await user.tab()
    expect(read()).toBe('not-a-number')
    expect(input).toHaveProperty('value', '1.234,50')
    expect(screen.getByText('Anna luku.')).toBeTruthy()
  })
})

describe('NumberValueInput (a form holding a number)', () => {
  function ValueOwner({
    initial = null,
    format = HOURS,
    spy,
  }: {
    initial?: number | null
    format?: NumberFormat
    spy?: (value: number | null) => void
  }) {
    const [value, setValue] = useState<number | null>(initial)
    const change = (next: number | null) => {
      spy?.(next)
      setValue(next)
    }
    return (
      <>
        <NumberValueInput label="Työaika" format={format} value={value} onChange={change} />
        <output data-testid="read">{String(value)}</output>
        <button type="button" onClick={() => setValue(20)}>
          Aseta 20
        </button>
      </>
    )
  }

  it('hands over the number as it is typed, and null when emptied', async () => {
    const user = renderInput(<ValueOwner />)
    const input = screen.getByLabelText('Työaika')
    await user.type(input, '37,5')
    expect(read()).toBe('37.5')
    await user.clear(input)
    expect(read()).toBe('null')
  })

  it('keeps a mistyped text (value null) and says why after the blur', async () => {
    const user = renderInput(<ValueOwner />)
    const input = screen.getByLabelText('Työaika')
    await user.type(input, '37,5x')
    expect(read()).toBe('null')
    expect(input).toHaveProperty('value', '37,5x')
    expect(screen.queryByText(/Anna luku numeroina/)).toBeNull()
    await user.tab()
    expect(screen.getByText('Anna luku numeroina, esimerkiksi 1 234,50.')).toBeTruthy()
  })

  it('says whole numbers only for a whole-number field', async () => {
    const user = renderInput(<ValueOwner format={WHOLE} />)
    await user.type(screen.getByLabelText('Työaika'), '3,5')
    await user.tab()
    expect(screen.getByText('Anna kokonaisluku ilman desimaaleja.')).toBeTruthy()
  })

  it('shows a value set from outside, and the saved value in Finnish', async () => {
    const user = renderInput(<ValueOwner initial={1234.5} format={MONEY} />)
    const input = screen.getByLabelText('Työaika')
    expect(input).toHaveProperty('value', '1 234,50')
    await user.click(screen.getByRole('button', { name: 'Aseta 20' }))
    expect(input).toHaveProperty('value', '20,00')
  })

  it('does not hand over the same number twice (leaving the field only tidies the text)', async () => {
    const onChange = vi.fn()
    const user = renderInput(<ValueOwner format={MONEY} spy={onChange} />)
    const input = screen.getByLabelText('Työaika')
    await user.type(input, '5')
    await user.tab()
    expect(input).toHaveProperty('value', '5,00')
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith(5)
  })
})
