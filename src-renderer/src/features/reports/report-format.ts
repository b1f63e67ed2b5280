import type { TFunction } from 'i18next'

const percentFormat = new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const numberFormat = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 })

/** 0.375 → '37,5 %' (a non-breaking space before the sign, as Finnish writes it); null → '–'. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${percentFormat.format(share * 100)}\u00a0%`
}

/** 35.5 → '35,5'; 1200 → '1 200'. */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** '2026-03' → 'maalis' (with the year when the chart spans years: 'maalis 26'). */
export function monthLabel(t: TFunction, month: string, withYear: boolean): string {
  const name = t(`reports.months.${String(Number(month.slice(5, 7))) as '1'}`)
  return withYear ? `${name} ${month.slice(2, 4)}` : name
}
