import { dialog, shell, type BrowserWindow } from 'electron'
import { isKnownSource } from '../shared/calculator/source-names'

/**
 * A page that asks to stay (unsaved calculator input or a new client: `beforeunload`) gets a native question. Without this
 * handler Electron would silently keep the window open and the coach could not close the app.
 */
export function askBeforeUnload(window: BrowserWindow) {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Sulje tallentamatta', 'Peruuta'],
      defaultId: 1,
      cancelId: 1,
      title: 'Työhönvalmentaja',
      message: 'Kaikkia tietoja ei ole tallennettu.',
      detail:
        'Jos suljet nyt, tallentamattomat tiedot (laskurin syötteet tai uuden asiakkaan tiedot) katoavat. Tallenna ne ennen sulkemista.',
    })
    // preventDefault here ignores the page's beforeunload, so the window closes
    if (choice === 0) event.preventDefault()
  })
}

/**
 * A link the app may open in the system browser: only the public sources the calculator cites (a fixed list of Kela,
 * Finlex and pension provider pages). Any other address is refused, so a page can never send data out in a URL.
 */
export function openKnownSource(url: string): void {
  if (isKnownSource(url)) void shell.openExternal(url)
}
