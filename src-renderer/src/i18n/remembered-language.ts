import { isLanguage, type Language } from '@shared/i18n/languages'

const KEY = 'tyohonvalmentaja.language'

/**
 * The app's language as last chosen on this computer. Only the language code is kept outside the vault (it holds no
 * client data): the lock screen, shown before the vault opens, then speaks the coach's language.
 */
export function rememberedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(KEY)
    return isLanguage(value) ? value : 'fi'
  } catch {
    return 'fi'
  }
}

export function rememberLanguage(language: string) {
  try {
    if (isLanguage(language)) globalThis.localStorage?.setItem(KEY, language)
  } catch {
    // Storage refused (private mode): the vault's setting still applies after unlocking.
  }
}
