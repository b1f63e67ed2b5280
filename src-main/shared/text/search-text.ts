/**
 * Lower-cases and strips all accents, ä and ö included: a coach typing "jarvinen" on a borrowed keyboard
 * still finds Järvinen, and "järvi" folds the same way, so nothing is lost by being forgiving.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('fi-FI')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
