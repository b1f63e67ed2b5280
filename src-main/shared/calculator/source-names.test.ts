import { describe, expect, it } from 'vitest'
import { DEFAULT_PARAMETER_TABLE, calculateEarningsImpact } from '../../benefits'
import { SRC } from '../../benefits/sources'
import { finnishDatesInText } from './engine-text'
import { isWebAddress, shortAddress, sourceName } from './source-names'

describe('source names', () => {
  it('names every engine source, and every source a result or a parameter row can cite', () => {
    for (const url of Object.values(SRC)) expect(sourceName(url)).not.toMatch(/https?:|\.fi\//)
    for (const row of DEFAULT_PARAMETER_TABLE.rows) expect(sourceName(row.source)).not.toMatch(/https?:/)
    const result = calculateEarningsImpact({
      month: '2026-06',
      wage: { grossMonthly: 1100, taxRatePercent: 20 },
      benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 700 }, { kind: 'debt-enforcement' }],
    })
    const cited = result.items.flatMap((item) => item.sources)
    expect(cited.length).toBeGreaterThan(0)
    for (const url of cited) expect(sourceName(url)).not.toMatch(/https?:/)
    expect(sourceName(SRC.kelaGuarantee)).toBe('Kela: Takuueläke')
  })

  it('shortens another web address and keeps a document name as it was written', () => {
    expect(sourceName('https://www.kela.fi/uusi-sivu?x=1')).toBe('kela.fi/uusi-sivu')
    expect(sourceName('Kelan päätös 5.3.2026')).toBe('Kelan päätös 5.3.2026')
    expect(isWebAddress('Kelan päätös')).toBe(false)
    expect(isWebAddress('javascript:alert(1)')).toBe(false)
    expect(shortAddress('https://www.example.fi/a/very/long/path/that/goes/on/and/on', 20)).toBe('example.fi/a/very/l…')
  })
})

describe('dates in engine text', () => {
  it('writes ISO dates as d.M.yyyy and leaves other numbers alone', () => {
    expect(finnishDatesInText('Täysi takuueläke 990,90 € (2026-01-01 alkaen); raja 2025-01-01.')).toBe(
      'Täysi takuueläke 990,90 € (1.1.2026 alkaen); raja 1.1.2025.',
    )
    expect(finnishDatesInText('Kela 1234-5678 ja 2026-13-45')).toBe('Kela 1234-5678 ja 2026-13-45')
  })

  it('leaves no ISO date in the warnings of a calculation resting on estimated figures', () => {
    const result = calculateEarningsImpact({
      month: '2026-06',
      wage: { grossMonthly: 1100 },
      benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 700 }],
    })
    expect(result.warnings.join(' ')).toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(result.warnings.map(finnishDatesInText).join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })
})
