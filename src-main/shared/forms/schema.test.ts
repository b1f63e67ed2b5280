import { describe, expect, it } from 'vitest'
import { consentsField } from './consent-fields'
import { checkboxes, confirm, date, email, number, options, phone, rows, select, text, yesNo } from './fields'
import { defineForm, emptyRow } from './schema'
import { validateForFinalise } from './validate'

const colours = options(['red', 'Punainen'], ['other', 'Muu'])

const testForm = defineForm({
  id: 'test-form',
  schemaVersion: 1,
  title: 'Testilomake',
  purpose: 'Testi',
  signers: [{ role: 'coach', nameField: 'name', label: 'Valmentaja', required: true }],
  sections: [
    {
      id: 'main',
      heading: 'Pää',
      fields: [
        text('name', 'Nimi', { required: true, maxLength: 5 }),
        email('mail', 'Sähköposti'),
        phone('tel', 'Puhelin'),
        date('day', 'Päivä', { required: true }),
        select('colour', 'Väri', colours, { required: true }),
        text('colourOther', 'Muu väri', { required: true, visibleWhen: { field: 'colour', equals: 'other' } }),
        checkboxes('tags', 'Tagit', colours, { required: true }),
        yesNo('ok', 'Ok', { required: true }),
        confirm('sure', 'Varma', { required: true }),
        number('count', 'Määrä', { min: 1, max: 10, integer: true }),
        rows(
          'items',
          'Rivit',
          [
            text('title', 'Otsikko', { required: true }),
            select('state', 'Tila', colours),
            text('stateOther', 'Muu tila', { required: true, visibleWhen: { field: 'state', equals: 'other' } }),
          ],
          { minRows: 2, initialRows: 1, addLabel: 'Lisää', rowLabel: 'Rivi' },
        ),
        consentsField('consents', 'Suostumukset', { readOnly: true }),
      ],
    },
    {
      id: 'extra',
      heading: 'Lisä',
      visibleWhen: { field: 'ok', equals: true },
      fields: [text('extraInfo', 'Lisätieto', { required: true })],
    },
  ],
})

const valid = {
  name: 'Anna',
  mail: '',
  tel: '',
  day: '2025-01-31',
  colour: 'red',
  colourOther: '',
  tags: ['red'],
  ok: false,
  sure: true,
  count: null,
  items: [
    { title: 'a', state: '', stateOther: '' },
    { title: 'b', state: 'red', stateOther: '' },
  ],
  consents: [],
}

const pathsOf = (values: Record<string, unknown>) => validateForFinalise(testForm, values).map((issue) => issue.path)
const messageAt = (values: Record<string, unknown>, path: string) =>
  validateForFinalise(testForm, values).find((issue) => issue.path === path)?.message

describe('generated finalisation schema', () => {
  it('accepts valid values', () => {
    expect(validateForFinalise(testForm, valid)).toEqual([])
  })

  it('reports every empty required field with a kind-specific message key', () => {
    const issues = validateForFinalise(testForm, testForm.emptyValues())
    expect(issues).toEqual([
      { path: 'name', message: 'errors.required' },
      { path: 'day', message: 'errors.required' },
      { path: 'colour', message: 'forms.validation.chooseOne' },
      { path: 'tags', message: 'forms.validation.chooseAtLeastOne' },
      { path: 'ok', message: 'forms.validation.yesNo' },
      { path: 'sure', message: 'forms.validation.confirm' },
      { path: 'items', message: 'forms.validation.minRows', values: { count: 2 } },
      { path: 'items.0.title', message: 'errors.required' },
    ])
  })

  it('treats whitespace-only text as empty', () => {
    expect(pathsOf({ ...valid, name: '   ' })).toEqual(['name'])
  })

  it('checks formats: dates, e-mail, phone, numbers, length', () => {
    expect(messageAt({ ...valid, day: '2025-02-30' }, 'day')).toBe('errors.invalidDate')
    expect(messageAt({ ...valid, day: '31.1.2025' }, 'day')).toBe('errors.invalidDate')
    expect(messageAt({ ...valid, mail: 'ei-osoite' }, 'mail')).toBe('errors.invalidEmail')
    expect(messageAt({ ...valid, tel: 'abc' }, 'tel')).toBe('errors.invalidPhone')
    expect(pathsOf({ ...valid, tel: '+358 40 123 4567' })).toEqual([])
    expect(messageAt({ ...valid, count: 1.5 }, 'count')).toBe('forms.validation.integer')
    expect(messageAt({ ...valid, count: 0 }, 'count')).toBe('forms.validation.min')
    expect(messageAt({ ...valid, count: 11 }, 'count')).toBe('forms.validation.max')
    expect(messageAt({ ...valid, count: '3' }, 'count')).toBe('forms.validation.invalidNumber')
    expect(pathsOf({ ...valid, count: Number.NaN })).toEqual([])
    expect(messageAt({ ...valid, name: 'Pitkä nimi' }, 'name')).toBe('forms.validation.tooLong')
  })

  it('accepts only listed choice values', () => {
    expect(messageAt({ ...valid, colour: 'blue' }, 'colour')).toBe('forms.validation.invalidOption')
    expect(messageAt({ ...valid, tags: ['red', 'blue'] }, 'tags')).toBe('forms.validation.invalidOption')
  })

  it('requires conditional fields only when visible', () => {
    expect(pathsOf({ ...valid, colour: 'other' })).toEqual(['colourOther'])
    expect(pathsOf({ ...valid, colour: 'red', colourOther: 'x'.repeat(5000) })).toEqual([])
  })

  it('ignores invalid stale values in hidden fields', () => {
    expect(pathsOf({ ...valid, colour: 'red', colourOther: 42 })).toEqual([])
  })

  it('applies section visibility', () => {
    expect(pathsOf({ ...valid, ok: true })).toEqual(['extraInfo'])
  })

  it('validates rows with sibling conditions and dotted paths', () => {
    const items = [
      { title: '', state: 'other', stateOther: '' },
      { title: 'b', state: 'red', stateOther: '' },
    ]
    expect(pathsOf({ ...valid, items })).toEqual(['items.0.title', 'items.0.stateOther'])
    expect(messageAt({ ...valid, items: 'x' }, 'items')).toBe('forms.validation.wrongType')
  })

  it('skips read-only fields', () => {
    expect(pathsOf({ ...valid, consents: [{ party: 'nonsense' }] })).toEqual([])
  })

  it('starts rows with initialRows empty rows', () => {
    expect(testForm.emptyValues()['items']).toEqual([{ title: '', state: '', stateOther: '' }])
    const itemsField = testForm.sections[0]?.fields.find((field) => field.id === 'items')
    if (itemsField?.kind !== 'rows') throw new Error('rows field expected')
    expect(emptyRow(itemsField)).toEqual({ title: '', state: '', stateOther: '' })
  })

  it('keeps unknown keys in the parsed output', () => {
    const result = testForm.schema.safeParse({ ...valid, legacyField: 'x' })
    expect(result.success && result.data['legacyField']).toBe('x')
  })
})

describe('draft schema', () => {
  it('accepts partial and empty drafts', () => {
    expect(testForm.draftSchema.safeParse({}).success).toBe(true)
    expect(testForm.draftSchema.safeParse(testForm.emptyValues()).success).toBe(true)
    expect(testForm.draftSchema.safeParse({ name: '', count: '', items: [{}] }).success).toBe(true)
  })

  it('rejects wrong types', () => {
    expect(testForm.draftSchema.safeParse({ tags: 'red' }).success).toBe(false)
    expect(testForm.draftSchema.safeParse({ ok: 'yes' }).success).toBe(false)
    expect(testForm.draftSchema.safeParse({ items: [{ title: 1 }] }).success).toBe(false)
  })
})
