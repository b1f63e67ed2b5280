import { useId } from 'react'

export type Bar = { label: string; value: number }

const WIDTH = 640
const TOP = 24
const BOTTOM = 44
const LEFT = 8
const BAR_COLOUR = '#087f5b' // teal.9: over 3:1 against white (WCAG non-text contrast)
const LABEL_SIZE = 14
/** A generous average width of a character at LABEL_SIZE, to tell whether a label fits under its bar. */
const CHAR_WIDTH = LABEL_SIZE * 0.56

/** A label too wide for its slot in two lines, split at the space nearest its middle ('4 Med arbetsgivaren'). */
export function labelLines(label: string, slot: number): string[] {
  if (label.length * CHAR_WIDTH <= slot * 0.9) return [label]
  const spaces = [...label.matchAll(/ /g)].map((match) => match.index)
  if (spaces.length === 0) return [label]
  const middle = label.length / 2
  const at = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best))
  return [label.slice(0, at), label.slice(at + 1)]
}

/**
 * A simple accessible bar chart in SVG: the title and every value are in the image's accessible text, each bar has
 * its value written above it, and it prints as sharply as text. Labels thin out when there are many bars, and a
 * label wider than its bar's slot (a long word in Swedish or English) takes two lines.
 */
export function BarChart({
  title,
  bars,
  describe,
  height = 220,
}: {
  title: string
  bars: Bar[]
  describe: (bar: Bar) => string
  /** in the chart's own units (its width is 640); a printout uses a lower chart */
  height?: number
}) {
  const HEIGHT = height
  const id = useId()
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const slot = (WIDTH - LEFT * 2) / Math.max(1, bars.length)
  const barWidth = Math.max(2, Math.min(64, slot * 0.7))
  const plot = HEIGHT - TOP - BOTTOM
  const labelEvery = Math.ceil(bars.length / 12)
  return (
    <figure className="report-chart" style={{ margin: 0, breakInside: 'avoid' }} data-testid="report-chart">
      <figcaption id={`${id}-title`} style={{ fontWeight: 700, marginBottom: 4 }}>
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        <desc id={`${id}-desc`}>{bars.map(describe).join(', ')}</desc>
        <line x1={LEFT} x2={WIDTH - LEFT} y1={TOP + plot} y2={TOP + plot} stroke="#495057" strokeWidth={1} />
        {bars.map((bar, i) => {
          const height = (bar.value / max) * plot
          const x = LEFT + slot * i + (slot - barWidth) / 2
          const centre = x + barWidth / 2
          return (
            <g key={`${bar.label}-${i}`}>
              <rect x={x} y={TOP + plot - height} width={barWidth} height={height} fill={BAR_COLOUR} />
              {bars.length <= 24 && (
                <text x={centre} y={TOP + plot - height - 6} textAnchor="middle" fontSize={15} fill="#000">
                  {bar.value}
                </text>
              )}
              {i % labelEvery === 0 && (
                <text x={centre} y={HEIGHT - BOTTOM + 20} textAnchor="middle" fontSize={LABEL_SIZE} fill="#000">
                  {labelLines(bar.label, slot).map((line, n) => (
                    <tspan key={n} x={centre} dy={n === 0 ? 0 : LABEL_SIZE + 2}>
                      {line}
                    </tspan>
                  ))}
                </text>
              )}
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
