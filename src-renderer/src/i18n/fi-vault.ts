/** Finnish for the vault: creation, the recovery key, unlocking, damage, passphrase and key changes. */
export const fiVault = {
  createTitle: 'Luo salattu tietokanta',
  createIntro:
    'Asiakastiedot tallennetaan tälle koneelle salattuun tietokantaan. Valitse salalause, jolla avaat sen. Pitkä, useasta sanasta koostuva lause on sekä vahva että helppo muistaa.',
  createButton: 'Luo tietokanta',
  createReplacingIntro:
    'Uusi tietokanta on tyhjä. Vanhat tiedostot siirretään talteen tietokansion alikansioon ”aside”; niitä ei poisteta.',
  restoreInstead: 'Onko sinulla varmuuskopio? Palauta tiedot varmuuskopiosta',
  newPassphrase: 'Uusi salalause',
  confirmPassphrase: 'Salalause uudelleen',
  passphraseRule: 'Vähintään 12 merkkiä. Ei samaa merkkiä tai merkkijonoa toistettuna.',
  strengthLabel: 'Salalauseen vahvuus',
  strengthHint: 'Vinkki: neljä tavallista sanaa peräkkäin on vahva salalause.',
  strength: {
    '0': 'Liian lyhyt.',
    '1': 'Heikko. Lisää sanoja tai merkkejä.',
    '2': 'Kohtalainen. Pidempi olisi parempi.',
    '3': 'Hyvä.',
    '4': 'Vahva.',
  },
  recoverySheet: {
    title: 'Palautusavain',
    intro:
      'Tällä avaimella pääset tietoihin, jos salalause unohtuu. Tulosta tämä sivu tai kirjoita avain paperille ennen kuin jatkat.',
    created: 'Tietokanta luotu {{date}}',
    keepSafe: 'Säilytä avain lukitussa paikassa, esimerkiksi työpaikan kassakaapissa.',
    notWithLaptop: 'Älä säilytä avainta tietokoneen laukussa äläkä tallenna sitä tälle koneelle.',
    onlyWay: 'Ilman salalausetta tai palautusavainta tietoja ei voi avata kukaan, ei myöskään tuki.',
    print: 'Tulosta palautusavain',
    confirmTitle: 'Vahvista, että avain on tallessa',
    confirmIntro: 'Kirjoita palautusavain paperilta tähän. Välilyönneillä, viivoilla ja kirjainkoolla ei ole väliä.',
    confirmLabel: 'Palautusavain paperilta',
    confirmButton: 'Vahvista ja jatka',
    printTitle: 'Työhönvalmentaja – palautusavain',
    printWhat:
      'Tämä on salatun asiakastietokannan palautusavain. Sillä avataan tietokanta ja valitaan uusi salalause, jos salalause unohtuu.',
    printHow:
      'Lukitusnäytöllä: ”Unohtuiko? Käytä palautusavainta”. Kirjoita avain sellaisenaan; kirjainkoolla ei ole väliä.',
    printKeyLabel: 'Palautusavain',
    printWhere:
      'Säilytä tämä paperi lukitussa paikassa, erillään tietokoneesta. Älä valokuvaa sitä äläkä tallenna sitä koneelle.',
    printReplaced: 'Jos teet uuden palautusavaimen, tämä paperi lakkaa toimimasta: hävitä se silppurilla.',
    printBack: 'Takaisin',
  },
  lockedTitle: 'Työhönvalmentaja on lukittu',
  passphrase: 'Salalause',
  unlockButton: 'Avaa',
  forgotPassphrase: 'Unohtuiko? Käytä palautusavainta',
  recoveryTitle: 'Avaa palautusavaimella',
  recoveryIntro: 'Kirjoita palautusavain ja valitse uusi salalause. Vanha salalause lakkaa toimimasta.',
  recoveryKey: 'Palautusavain',
  recoveryButton: 'Avaa ja vaihda salalause',
  backToPassphrase: 'Takaisin salalauseeseen',
  lockButton: 'Lukitse',
  lockShortcut: 'Lukitse heti (Ctrl+L)',
  keyFileCopyInUse:
    'Avaintiedosto oli vaurioitunut, joten sovellus käyttää sen varakopiota. Tietosi ovat tallessa. Avaa tavalliseen tapaan; avaintiedosto korjataan samalla. Tee sen jälkeen varmuuskopio.',
  damaged: {
    title: 'Tietokantaa ei voi avata',
    folder: 'Tietokansio: {{folder}}',
    restore: 'Palauta varmuuskopiosta',
    startOver: 'Aloita uusi tyhjä tietokanta',
    startOverTitle: 'Aloitetaanko uusi tyhjä tietokanta?',
    startOverText:
      'Uudessa tietokannassa ei ole yhtään asiakasta. Nykyiset tiedostot siirretään kansioon ”aside” tietokansion sisällä, joten ne voi vielä palauttaa tuen avulla. Tee tämä vain, jos sinulla ei ole varmuuskopiota.',
    startOverConfirm: 'Kyllä, aloita uusi',
  },
  errors: {
    wrongPassphrase: 'Väärä salalause.',
    wrongPassphraseWait: 'Väärä salalause. Voit yrittää uudelleen {{seconds}} sekunnin kuluttua.',
    wrongRecoveryKey: 'Palautusavain ei kelpaa. Tarkista merkit.',
    wrongRecoveryKeyWait: 'Palautusavain ei kelpaa. Voit yrittää uudelleen {{seconds}} sekunnin kuluttua.',
    tooManyAttempts: 'Liian monta väärää yritystä. Odota {{seconds}} sekuntia ja yritä uudelleen.',
    attemptNotRecorded:
      'Yritystä ei voitu kirjata, joten sitä ei tehty. Tarkista, että koneen levyllä on tilaa, ja yritä uudelleen.',
    databaseKeyMismatch:
      'Avaintiedosto ei kuulu tähän tietokantaan (se on ehkä kopioitu toiselta koneelta). Tietoja ei ole muutettu. Palauta tiedot varmuuskopiosta.',
    databaseFromNewerApp:
      'Tietokanta on tehty sovelluksen uudemmalla versiolla. Päivitä sovellus. Tietoja ei ole muutettu.',
    keyFileDamaged:
      'Avaintiedosto ja sen varakopio ovat vaurioituneet, joten tietokantaa ei voi avata salalauseella eikä palautusavaimella. Palauta tiedot varmuuskopiosta.',
    keyFileMissing:
      'Avaintiedosto puuttuu tietokansiosta, joten tietokantaa ei voi avata. Jos siirsit tiedostoja, palauta vault.keys.json paikalleen. Muuten palauta tiedot varmuuskopiosta.',
    databaseMissing:
      'Tietokantatiedosto vault.db puuttuu tietokansiosta. Jos siirsit sen, palauta se paikalleen. Muuten palauta tiedot varmuuskopiosta.',
    databaseEmpty:
      'Tietokantatiedosto vault.db on tyhjä: tiedot ovat kadonneet levyltä. Palauta tiedot varmuuskopiosta.',
    databaseDamaged:
      'Tietokantatiedosto on vaurioitunut (esimerkiksi levyvirhe), eikä sitä avata, jotta vaurio ei leviä. Palauta tiedot varmuuskopiosta.',
    migrationFailed:
      'Tietokannan päivitys uuteen versioon ei onnistunut. Tietoja ei ole muutettu. Ota yhteys tukeen; älä poista tiedostoja.',
    recoveryKeyMismatch: 'Avain ei ole sama kuin näytetty. Tarkista merkit paperilta ja kirjoita avain uudelleen.',
    alreadyExists: 'Tietokanta on jo olemassa.',
  },
}
