// The IPS-25 scale's words in Swedish and English. The scale itself (src-main/process/fidelity) keeps its Finnish
// words: that is the process engine's contract. The tables here are keyed by item number, each entry
// [Finnish, Swedish, English] like the form tables (src-main/shared/forms/i18n): the Finnish is what was translated,
// so a changed Finnish text is not shown with a stale translation, and fidelity-texts.test.ts lists it as missing.
import { FIDELITY_ITEMS, type FidelityItem, type FidelityScore } from '../../../process'
import type { Language } from '../../i18n/languages'
import { servicesTexts } from './services'
import { staffingAndOrganizationTexts } from './staffing-organization'
import type { FidelityItemTextTable, FidelityText } from './types'

export { prefillExplanation } from './prefill-explanation'

export const FIDELITY_ITEM_TEXTS: FidelityItemTextTable = { ...staffingAndOrganizationTexts, ...servicesTexts }

const SCORES: readonly FidelityScore[] = [1, 2, 3, 4, 5]

function translated(entry: FidelityText | undefined, finnish: string, language: Exclude<Language, 'fi'>) {
  if (!entry || entry[0] !== finnish) return undefined
  return language === 'sv' ? entry[1] : entry[2]
}

/** Every text of an item with where it is in the table: `name`, `criterion`, `anchors.N`. */
function textsOf(item: FidelityItem): Array<{ path: string; finnish: string; entry: FidelityText | undefined }> {
  const table = FIDELITY_ITEM_TEXTS[item.number]
  return [
    { path: 'name', finnish: item.name, entry: table?.name },
    { path: 'criterion', finnish: item.criterion, entry: table?.criterion },
    ...SCORES.flatMap((score) => {
      const finnish = item.anchors[score]
      return finnish === null ? [] : [{ path: `anchors.${score}`, finnish, entry: table?.anchors[score] }]
    }),
  ]
}

/** Texts of the scale with no translation for its current Finnish, as `<item>.<path>` (e.g. `4.anchors.5`). */
export function missingFidelityTexts(): string[] {
  return FIDELITY_ITEMS.flatMap((item) =>
    textsOf(item)
      .filter(({ entry, finnish }) => !entry || entry[0] !== finnish || !entry[1].trim() || !entry[2].trim())
      .map(({ path }) => `${item.number}.${path}`),
  )
}

function localize(item: FidelityItem, language: Exclude<Language, 'fi'>): FidelityItem {
  const table = FIDELITY_ITEM_TEXTS[item.number]
  const anchors = { ...item.anchors }
  for (const score of SCORES) {
    const finnish = item.anchors[score]
    if (finnish !== null) anchors[score] = translated(table?.anchors[score], finnish, language) ?? finnish
  }
  return {
    ...item,
    name: translated(table?.name, item.name, language) ?? item.name,
    criterion: translated(table?.criterion, item.criterion, language) ?? item.criterion,
    anchors,
  }
}

const localized = new Map<Language, readonly FidelityItem[]>()

/** The 25 items with their words in `language` (same numbers, sections and flags); Finnish is the scale itself. */
export function fidelityItemsIn(language: Language): readonly FidelityItem[] {
  if (language === 'fi') return FIDELITY_ITEMS
  let items = localized.get(language)
  if (!items) {
    items = FIDELITY_ITEMS.map((item) => localize(item, language))
    localized.set(language, items)
  }
  return items
}
