import { CLIPBOARD_CLEAR_SECONDS } from '@shared/privacy/privacy-schema'

let copied: { text: string; timer: number } | null = null

/**
 * Copies text for the coach to paste elsewhere (the county's patient record). The one place the app writes to the
 * clipboard, and the text does not stay there: after 30 s (and at lock) it is cleared if it is still what the app
 * copied. The desktop shell does both itself; in browser mode a browser that will not let the page read the clipboard
 * gets it cleared anyway. Resolves false when the copy was refused.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.tyohonvalmentaja) {
    const result = await window.tyohonvalmentaja.invoke('shell-copy-text', { text })
    return result.ok
  }
  try {
    await navigator.clipboard.writeText(text)
  } catch {
    return false
  }
  if (copied) window.clearTimeout(copied.timer)
  copied = { text, timer: window.setTimeout(() => void clearCopiedText(), CLIPBOARD_CLEAR_SECONDS * 1000) }
  return true
}

/** Clears browser mode's copy now if it is still on the clipboard; a browser that cannot write now gets another go. */
export async function clearCopiedText(): Promise<void> {
  const mine = copied
  if (!mine) return
  window.clearTimeout(mine.timer)
  let current: string | null = null
  try {
    current = await navigator.clipboard.readText()
  } catch {
    // Reading needs a permission the browser may refuse: clearing is the safe side.
  }
  if (current !== null && current !== mine.text) {
    copied = null
    return
  }
  try {
    await navigator.clipboard.writeText('')
    copied = null
  } catch {
    // Only a focused page may write: try again when the coach comes back to the app.
    window.addEventListener('focus', () => void clearCopiedText(), { once: true })
  }
}
