import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { fi } from './fi'
import { resources, type Translation } from './resources'
import { stringsIn, withStraightQuotes } from '../../../tests/unit/support/text-strings'

describe('translations', () => {
  it('the app starts in Finnish, with the Finnish resources', () => {
    expect(i18next.language).toBe('fi')
    expect(i18next.t('nav.clients')).toBe('Asiakkaat')
    expect(Object.keys(resources)).toEqual(['fi'])
  })

  it('checks keys when the code is compiled (these lines are compile errors, so typecheck fails if they are not)', () => {
    // @ts-expect-error -- not a key of the Finnish resources
    expect(i18next.t('nav.noSuchScreen')).toBe('nav.noSuchScreen')
    // @ts-expect-error -- a second language must have every key of Finnish
    const incomplete: Translation = { ...fi, nav: { label: 'Huvudmeny' } }
    expect(incomplete.nav.label).toBe('Huvudmeny')
  })

  it('quotes with Finnish quotation marks ” ”, never straight ones', () => {
    expect(withStraightQuotes(stringsIn(fi))).toEqual([])
  })
})
