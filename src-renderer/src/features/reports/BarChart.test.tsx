import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BarChart, labelLines } from './BarChart'

describe('BarChart', () => {
  it('is an image whose accessible name holds the title and every value, each bar labelled', () => {
    const bars = [
      { label: 'tammi', value: 0 },
      { label: 'helmi', value: 3 },
      { label: 'maalis', value: 1 },
    ]
    render(<BarChart title="Uudet työsuhteet kuukausittain" bars={bars} describe={(b) => `${b.label}: ${b.value}`} />)
    const image = screen.getByRole('img', { name: 'Uudet työsuhteet kuukausittain tammi: 0, helmi: 3, maalis: 1' })
    const heights = [...image.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('height')))
    // the tallest bar fills the plot; the others in proportion
    expect(heights[0]).toBe(0)
    expect(heights[1]).toBeCloseTo(3 * heights[2]!, 5)
    expect(screen.getByText('helmi')).toBeTruthy()
  })

  it('writes a label too wide for its bar in two lines, so neighbouring labels do not run together', () => {
    const phases = [
      '1 Start',
      '2 Profilering',
      '3 Jobbsökning',
      '4 Med arbetsgivaren',
      '5 Stöd i arbetet',
      'Inget skede',
    ]
    render(
      <BarChart
        title="Klienter per skede"
        bars={phases.map((label) => ({ label, value: 1 }))}
        describe={(b) => b.label}
      />,
    )
    const labels = [...screen.getByRole('img').querySelectorAll('text')].filter((text) => text.querySelector('tspan'))
    expect(labels.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent))).toEqual([
      ['1 Start'],
      ['2', 'Profilering'],
      ['3', 'Jobbsökning'],
      ['4 Med', 'arbetsgivaren'],
      ['5 Stöd i', 'arbetet'],
      ['Inget skede'],
    ])
    expect(labelLines('tammi', 50)).toEqual(['tammi'])
    expect(labelLines('Työnhakusuunnitelma', 50)).toEqual(['Työnhakusuunnitelma']) // one word: nowhere to break
  })
})
