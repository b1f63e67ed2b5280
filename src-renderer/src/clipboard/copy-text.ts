/**
 * Copies text for the coach to paste elsewhere (the county's patient record). The one place the app writes to the
 * clipboard, so clearing it after a while can be added here. Resolves false when the browser refused.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
