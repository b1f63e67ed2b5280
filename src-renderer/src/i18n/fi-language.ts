/** Finnish words about languages (mounted at `language`): the app's language and the language of documents. */
export const fiLanguage = {
  /** Each language in its own words, for choosing the app's language. */
  autonyms: { fi: 'Suomi', sv: 'Svenska', en: 'English' },
  /** The languages in this language's words, for a document's language. */
  names: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
  settingsTitle: 'Kieli',
  appLanguage: 'Sovelluksen kieli',
  appLanguageHelp:
    'Näytöt vaihtuvat heti. Lomakkeet ja laskelmat tulostetaan asiakkaan asiointikielellä, valitsit tässä minkä tahansa kielen.',
  saved: 'Kieli vaihdettu.',
  printLanguage: 'Tulosteen kieli',
  printLanguageHelp: 'Oletuksena asiakkaan asiointikieli. Englanninkielinen tuloste on käännös asiakkaan avuksi.',
  datePlaceholder: 'pp.kk.vvvv',
  help: {
    title: 'Kielet',
    text: 'Sovelluksen kielen (suomi, ruotsi tai englanti) valitset Asetuksista. Asiakirjat tehdään asiakkaan kielellä sovelluksen kielestä riippumatta: lomake tulostuu lomakkeen asiointikielellä ja laskelma asiakkaan yhteistyösopimukseen kirjatulla asiointikielellä. Tulosteen kielen voi vaihtaa tulostussivulla. Allekirjoitus koskee lomakkeen sisältöä, ei tulosteen kieltä: sama versio voidaan tulostaa suomeksi ja ruotsiksi, ja molemmissa on sama tarkiste.',
  },
}
