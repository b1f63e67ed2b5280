import { MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import 'dayjs/locale/fi'
import { useEffect, useState } from 'react'
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { defineForm, localToday, type FormValues, type SectionDescriptor } from '@shared/forms'
import { consentsField } from '@shared/forms/consent-fields'
import { date, number, options, radio, rows, text } from '@shared/forms/fields'
import { FormSection } from './FormFields'
import type * as simpleInput from './SimpleInput'

// Counted: how often each field renders (by its path).
const fieldRenders = new Map<string, number>()
vi.mock('./SimpleInput', async (importOriginal) => {
  const original = await importOriginal<typeof simpleInput>()
  return {
    SimpleInput: (props: Parameters<typeof original.SimpleInput>[0]) => {
      fieldRenders.set(props.path, (fieldRenders.get(props.path) ?? 0) + 1)
      return original.SimpleInput(props)
    },
  }
})

/** Renders one form section as the editor does and hands back the react-hook-form instance behind it. */
function renderSection(section: SectionDescriptor, initial: FormValues = {}) {
  const def = defineForm({
    id: 'test',
    schemaVersion: 1,
    title: 'Testi',
    purpose: '',
    signers: [],
    sections: [section],
  })
  const holder: { form?: UseFormReturn<FormValues> } = {}
  function Harness() {
    const form = useForm<FormValues>({ defaultValues: { ...def.emptyValues(), ...initial } })
    holder.form = form
    // As the editor does: its save state changes while the coach types, so it renders again.
    const [, setChanges] = useState(0)
    useEffect(() => {
      const subscription = form.watch(() => setChanges((count) => count + 1))
      return () => subscription.unsubscribe()
    }, [form])
    return (
      <FormProvider {...form}>
        <FormSection section={section} />
      </FormProvider>
    )
  }
  render(
    <MantineProvider>
      <DatesProvider settings={{ locale: 'fi' }}>
        <Harness />
      </DatesProvider>
    </MantineProvider>,
  )
  return { user: userEvent.setup(), values: () => holder.form!.getValues(), form: () => holder.form! }
}

const section = (...fields: SectionDescriptor['fields']): SectionDescriptor => ({ id: 's', heading: 'Osio', fields })

describe('form fields', () => {
  it('stores a number typed with a decimal comma as a number', async () => {
    const { user, values } = renderSection(section(number('hours', 'Työaika', { unit: 'h/vko' })))
    await user.type(screen.getByLabelText('Työaika'), '37,5')
    expect(values()['hours']).toBe(37.5)
    await user.clear(screen.getByLabelText('Työaika'))
    expect(values()['hours']).toBeNull()
  })

  it('reads a number field as the calculator does: a pasted dot, thousands, errors after the field is left', async () => {
    const { user, values } = renderSection(section(number('hours', 'Työaika', { unit: 'h/vko' })))
    const input = screen.getByLabelText('Työaika')
    await user.click(input)
    await user.paste('12.50')
    expect(values()['hours']).toBe(12.5)
    await user.tab()
    expect(input).toHaveProperty('value', '12,5')
    await user.clear(input)
    await user.type(input, '1 234,5')
    expect(values()['hours']).toBe(1234.5)
    await user.clear(input)
    await user.type(input, '37,5 tuntia')
    expect(values()['hours']).toBeNull()
    await user.tab()
    expect(screen.getByText('Anna luku numeroina, esimerkiksi 1 234,50.')).toBeTruthy()
  })

  it('takes whole numbers only where the form asks for them', async () => {
    const { user, values } = renderSection(section(number('year', 'Vuosi', { integer: true })))
    await user.type(screen.getByLabelText('Vuosi'), '2024,5')
    expect(values()['year']).toBeNull()
    await user.tab()
    expect(screen.getByText('Anna kokonaisluku ilman desimaaleja.')).toBeTruthy()
  })

  it('stores a date typed as d.M.yyyy as an ISO date', async () => {
    const { user, values } = renderSection(section(date('start', 'Alkamispäivä')))
    await user.type(screen.getByLabelText('Alkamispäivä'), '5.3.2024')
    await user.tab()
    expect(values()['start']).toBe('2024-03-05')
    expect(screen.getByLabelText('Alkamispäivä')).toHaveProperty('value', '5.3.2024')
  })

  it('shows a field only when its condition holds', async () => {
    const { user, values } = renderSection(
      section(
        radio('employed', 'Onko asiakas työssä?', options(['yes', 'Kyllä'], ['no', 'Ei'])),
        text('employer', 'Työnantaja', { visibleWhen: { field: 'employed', equals: 'yes' } }),
      ),
    )
    expect(screen.queryByLabelText('Työnantaja')).toBeNull()
    await user.click(screen.getByLabelText('Kyllä'))
    expect(values()['employed']).toBe('yes')
    await user.type(screen.getByLabelText('Työnantaja'), 'Kahvila Aroma')
    await user.click(screen.getByLabelText('Ei'))
    expect(screen.queryByLabelText('Työnantaja')).toBeNull()
    // Hidden answers are kept, so switching back does not lose what was typed.
    await user.click(screen.getByLabelText('Kyllä'))
    expect(screen.getByLabelText('Työnantaja')).toHaveProperty('value', 'Kahvila Aroma')
  })

  it('adds and removes rows of a repeating group', async () => {
    const { user, values } = renderSection(
      section(
        rows('jobs', 'Toivotut työtehtävät', [text('title', 'Tehtävä')], {
          addLabel: 'Lisää toive',
          rowLabel: 'Toive',
        }),
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Lisää toive' }))
    await user.click(screen.getByRole('button', { name: 'Lisää toive' }))
    const inputs = screen.getAllByLabelText('Tehtävä')
    expect(inputs).toHaveLength(2)
    await user.type(inputs[1]!, 'Varastotyö')
    await user.click(screen.getByRole('button', { name: 'Poista toive 1' }))
    expect(values()['jobs']).toEqual([{ title: 'Varastotyö' }])
    expect(screen.getByText('Toive 1')).toBeTruthy()
    expect(screen.queryByText('Toive 2')).toBeNull()
  })

  it('shows a problem on its field and clears it when the coach answers', async () => {
    const { user, form } = renderSection(section(text('name', 'Asiakkaan nimi', { required: true })))
    act(() => form().setError('name', { type: 'finalise', message: 'Pakollinen tieto puuttuu.' }))
    const input = screen.getByLabelText(/Asiakkaan nimi/)
    expect(screen.getByText('Pakollinen tieto puuttuu.')).toBeTruthy()
    expect(input.getAttribute('aria-invalid')).toBe('true')
    await user.type(input, 'A')
    expect(screen.queryByText('Pakollinen tieto puuttuu.')).toBeNull()
  })

  it('renders only the field typed in, whatever else the form holds', async () => {
    const { user } = renderSection(
      section(
        text('first', 'Ensimmäinen'),
        text('second', 'Toinen', { visibleWhen: { field: 'first', equals: 'x' } }),
        text('third', 'Kolmas'),
        rows('jobs', 'Toivotut työtehtävät', [text('title', 'Tehtävä')], {
          addLabel: 'Lisää toive',
          rowLabel: 'Toive',
        }),
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Lisää toive' }))
    fieldRenders.clear()
    await user.type(screen.getByLabelText('Kolmas'), 'abcdef')
    // The typed field's own controller renders; no field component does, and no other field.
    expect(screen.getByLabelText('Kolmas')).toHaveProperty('value', 'abcdef')
    expect([...fieldRenders]).toEqual([])
  })

  it('shows a problem of a repeating group and clears it when a row is added', async () => {
    const { user, form } = renderSection(
      section(
        rows('jobs', 'Toivotut työtehtävät', [text('title', 'Tehtävä')], {
          addLabel: 'Lisää toive',
          rowLabel: 'Toive',
        }),
      ),
    )
    act(() => form().setError('jobs', { type: 'finalise', message: 'Lisää vähintään 1 rivi.' }))
    expect(screen.getByRole('alert').textContent).toBe('Lisää vähintään 1 rivi.')
    await user.click(screen.getByRole('button', { name: 'Lisää toive' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('dates a new consent row today, like the first one', async () => {
    const { user, values } = renderSection(section(consentsField('consents', 'Suostumukset')))
    await user.click(screen.getByRole('button', { name: 'Lisää suostumus' }))
    await user.click(screen.getByRole('button', { name: 'Lisää suostumus' }))
    const rows = values()['consents'] as Array<Record<string, unknown>>
    expect(rows.map((row) => row['givenOn'])).toEqual([localToday(), localToday()])
    expect(screen.getByRole('button', { name: 'Poista suostumus 2' })).toBeTruthy()
  })

  it('shows a read-only snapshot of consents as sentences, with nothing to edit, add or remove', () => {
    renderSection(section(consentsField('ending', 'Voimassa olleet suostumukset', { readOnly: true })), {
      ending: [
        {
          party: 'kela',
          partyName: 'Kela, Joensuu',
          direction: 'give',
          dataContent: ['benefits'],
          dataContentOther: '',
          purpose: 'Etuusneuvonta',
          validity: 'until-end',
          validUntil: '',
          consent: true,
          givenOn: '2025-03-03',
          withdrawnOn: '',
        },
      ],
    })
    expect(screen.getByText('Työhönvalmentaja sai antaa tälle taholle seuraavat tiedot.')).toBeTruthy()
    expect(screen.getByText('Suostumus 1: Kela – Kela, Joensuu')).toBeTruthy()
    expect(screen.queryAllByRole('textbox')).toHaveLength(0)
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(screen.queryAllByRole('radio')).toHaveLength(0)
  })
})
