/** Finnish for backups and restore. */
export const fiBackup = {
  title: 'Varmuuskopiot',
  intro:
    'Varmuuskopio on yksi salattu tiedosto. Sen avaa salalause tai palautusavain, joka oli voimassa varmuuskopion tekohetkellä. Säilytä varmuuskopiot muualla kuin tällä koneella, esimerkiksi muistitikulla tai verkkolevyllä.',
  lastBackup: 'Viimeisin varmuuskopio: {{date}}',
  never: 'Varmuuskopiota ei ole vielä tehty.',
  backupNow: 'Varmuuskopioi',
  saved: 'Varmuuskopio tallennettu: {{fileName}}',
  downloaded: 'Varmuuskopio ladattu tiedostoon {{fileName}}. Siirrä se turvaan, esimerkiksi muistitikulle.',
  automaticTitle: 'Automaattinen varmuuskopio',
  automaticIntro:
    'Sovellus tekee varmuuskopion tähän kansioon kerran päivässä, kun lukitset sovelluksen tai suljet sen. Vanhimmat poistetaan, kun niitä on enemmän kuin alla oleva määrä.',
  folder: 'Varmuuskopiokansio',
  folderPlaceholder: 'esimerkiksi /media/muistitikku/varmuuskopiot',
  folderHelp: 'Kansion koko polku. Jätä tyhjäksi, jos et halua automaattisia varmuuskopioita.',
  chooseFolder: 'Valitse kansio',
  keep: 'Säilytettävien varmuuskopioiden määrä',
  saveSettings: 'Tallenna',
  settingsSaved: 'Varmuuskopioinnin asetukset tallennettu.',
  lastError: 'Automaattinen varmuuskopio {{date}} epäonnistui: {{reason}}',
  restoreTitle: 'Palauta varmuuskopiosta',
  restoreIntro:
    'Valitse varmuuskopiotiedosto ja anna salalause tai palautusavain, joka oli voimassa varmuuskopion tekohetkellä. Sovellus tarkistaa varmuuskopion ennen kuin mitään korvataan.',
  restoreFile: 'Varmuuskopiotiedosto (.tvbackup)',
  secretKind: 'Avaa varmuuskopio',
  secretPassphrase: 'Salalauseella',
  secretRecoveryKey: 'Palautusavaimella',
  passphrase: 'Salalause varmuuskopion ajalta',
  recoveryKey: 'Palautusavain varmuuskopion ajalta',
  check: 'Tarkista varmuuskopio',
  checking: 'Tarkistetaan…',
  summary: 'Varmuuskopio on kunnossa. Se on tehty {{date}}, ja siinä on {{clients}} asiakasta ja {{forms}} lomaketta.',
  replaceWarning:
    'Palauttaminen korvaa nykyiset tiedot varmuuskopion tiedoilla. Nykyiset tiedostot siirretään talteen kansioon ”aside” tietokansion sisällä.',
  apply: 'Palauta nämä tiedot',
  restored: 'Tiedot palautettu varmuuskopiosta.',
  cancel: 'Peruuta',
  reminder: {
    title: 'Varmuuskopio',
    lastBackup: 'Viimeisin varmuuskopio tehtiin {{date}}.',
    never: 'Tiedoista ei ole vielä varmuuskopiota.',
    overdue:
      'Edellisestä varmuuskopiosta on yli {{days}} päivää. Tee varmuuskopio nyt, ettei työ katoa, jos kone hajoaa.',
    neverOverdue: 'Tiedoista ei ole tehty varmuuskopiota. Tee varmuuskopio nyt, ettei työ katoa, jos kone hajoaa.',
    goToSettings: 'Varmuuskopioi asetuksista',
  },
  errors: {
    invalidFile: 'Tiedosto ei ole Työhönvalmentajan varmuuskopio.',
    damaged:
      'Varmuuskopiotiedosto on vaurioitunut tai jäänyt kesken (esimerkiksi kopioinnissa). Kokeile toista varmuuskopiota.',
    wrongSecret:
      'Salalause tai palautusavain ei avaa tätä varmuuskopiota. Käytä sitä, joka oli voimassa, kun varmuuskopio tehtiin.',
    fromNewerApp: 'Varmuuskopio on tehty sovelluksen uudemmalla versiolla. Päivitä sovellus ensin.',
    tooLarge: 'Tiedosto on liian suuri ollakseen varmuuskopio.',
    folderUnavailable:
      'Kansiota ei löydy tai siihen ei voi kirjoittaa. Tarkista, että muistitikku tai verkkolevy on kiinni, ja anna kansion koko polku.',
    writeFailed: 'Varmuuskopion kirjoittaminen ei onnistunut. Tarkista, että levyllä on tilaa.',
  },
}
