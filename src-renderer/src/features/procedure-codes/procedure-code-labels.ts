import type { Language } from '@shared/i18n/languages'

/** Finnish (as seeded, drizzle/0003), Swedish, English. */
type CodeLabel = readonly [fi: string, sv: string, en: string]

/**
 * THL's classifications name every code in Finnish and Swedish. The table holds the codes whose Swedish name was read
 * in THL's code data (docs/glossary.md, "procedure codes"); the other seeded codes keep THL's Finnish label in every
 * language until their Swedish name is checked the same way, rather than showing a Swedish name THL does not use.
 * English is ours (THL's English names were not checked). An entry applies only to the Finnish label it was made
 * for, so a county's own code with the same code value or a relabelled code shows its own words.
 */
const OFFICIAL_LABELS: Readonly<Record<string, CodeLabel>> = {
  IAB04: [
    'Työkykykonsultaatio, mielenterveys- ja päihdehäiriö (KONS/Työkyky)',
    'Psykiatrisk konsultation gällande arbetsförmåga',
    'Psychiatric consultation on work ability',
  ],
  IEY07: [
    'Työvalmennus, mielenterveys- ja päihdehäiriö (INTK/Työvalmennus)',
    'Psykiatrisk arbetsträning',
    'Psychiatric job coaching',
  ],
}

/** The code's label in `language`: THL's own name where the table has it, otherwise the stored (Finnish) label. */
export function procedureCodeLabel(code: { code: string; label: string }, language: Language): string {
  const entry = OFFICIAL_LABELS[code.code]
  if (!entry || entry[0] !== code.label || language === 'fi') return code.label
  return language === 'sv' ? entry[1] : entry[2]
}
