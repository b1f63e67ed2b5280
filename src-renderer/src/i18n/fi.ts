import { fiBackup } from './fi-backup'
import { fiCalculator } from './fi-calculator'
import { fiForms } from './fi-forms'
import { fiProcess } from './fi-process'
import { fiReports } from './fi-reports'
import { fiNumbers } from './fi-numbers'
import { fiVault } from './fi-vault'

/** Finnish, the working language. Every string the app shows comes from here. */
export const fi = {
  forms: fiForms,
  calculator: fiCalculator,
  process: fiProcess,
  ...fiReports,
  numbers: fiNumbers,
  app: { name: 'Työhönvalmentaja' },
  nav: {
    label: 'Päävalikko',
    home: 'Etusivu',
    clients: 'Asiakkaat',
    calculator: 'Laskuri',
    employers: 'Työnantajat',
    reports: 'Raportit',
    fidelity: 'Laatuarviointi',
    settings: 'Asetukset',
    help: 'Ohje',
  },
  common: { save: 'Tallenna', cancel: 'Peruuta', edit: 'Muokkaa', close: 'Sulje', clearDate: 'Tyhjennä: {{label}}' },
  browserMode: {
    missingTokenTitle: 'Avaa sovellus käynnistyksen antamasta osoitteesta',
    missingTokenText:
      'Selaintilassa sovellus avataan osoitteesta, jonka komento "npm run start:browser" tulosti. Osoitteessa on kertakäyttöinen tunniste, joka suojaa asiakastietoja. Kopioi koko osoite komentoikkunasta selaimeen.',
  },
  errors: {
    required: 'Pakollinen tieto puuttuu.',
    tooLong: 'Teksti on liian pitkä.',
    invalidValue: 'Tarkista tämä tieto.',
    invalidDate: 'Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 5.3.1990.',
    invalidPhone: 'Tarkista puhelinnumero (numerot, välilyönnit, + ja -).',
    invalidEmail: 'Tarkista sähköpostiosoite.',
    dateOfBirthMismatch: 'Syntymäaika ei vastaa henkilötunnusta.',
    passphraseTooShort: 'Salalauseessa on oltava vähintään 12 merkkiä.',
    passphraseMismatch: 'Salalauseet eivät ole samat.',
    passphraseTooSimple:
      'Salalause on liian helppo arvata: siinä toistuu sama merkki tai merkkijono tai se on pelkkä jono peräkkäisiä merkkejä. Kirjoita muutama tavallinen sana peräkkäin.',
    unsafeCharacters: 'Nimessä on näkymättömiä ohjausmerkkejä. Kirjoita nimi uudelleen näppäimistöltä.',
    henkilotunnus: {
      format: 'Henkilötunnus on muotoa ppkkvvXnnnT, esimerkiksi 131052-308T.',
      'century-sign': 'Henkilötunnuksen välimerkki (vuosisata) ei kelpaa. Sallitut: + - Y X W V U A B C D E F.',
      date: 'Henkilötunnuksen alussa ei ole oikea päivämäärä.',
      checksum: 'Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista numerot.',
    },
    invalidTime: 'Anna kellonaika muodossa tt:mm, esimerkiksi 9:30.',
    beforeStart: 'Päivämäärä on ennen alkamispäivää.',
    codeFormat: 'Koodissa voi olla kirjaimia, numeroita, pisteitä, viivoja ja alaviivoja.',
    businessId: {
      format: 'Y-tunnus on muotoa 1234567-8.',
      checksum: 'Y-tunnuksen tarkistusnumero ei täsmää. Tarkista numerot.',
    },
    saveFailed: 'Tallennus ei onnistunut. Yritä uudelleen.',
    unexpected: 'Jokin meni vikaan. Yritä uudelleen.',
  },
  vault: fiVault,
  backup: fiBackup,
  phases: {
    short: { '1': '1 Aloitus', '2': '2 Profilointi', '3': '3 Työnhaku', '4': '4 Työnantajat', '5': '5 Työssä' },
    long: {
      '1': 'Vaihe 1: aloitus ja sopiminen',
      '2': 'Vaihe 2: osaamisen kartoitus ja profilointi',
      '3': 'Vaihe 3: työn etsintä',
      '4': 'Vaihe 4: työskentely työnantajan kanssa',
      '5': 'Vaihe 5: työsuhteen aikainen tuki',
    },
  },
  home: {
    title: 'Etusivu',
    recent: 'Viimeksi käsitellyt',
    recentHelp: 'Asiakastiedot, käynnit, lomakkeet ja laskelmat',
    workedAt: 'Käsitelty',
    openClients: 'avointa asiakasta',
  },
  clients: {
    title: 'Asiakkaat',
    new: 'Uusi asiakas',
    newTitle: 'Uusi asiakas',
    editTitle: 'Muokkaa asiakkaan tietoja',
    search: 'Hae asiakasta',
    searchPlaceholder: 'Nimi, kunta tai omahoitaja',
    showArchived: 'Näytä arkistoidut',
    count_one: '{{formatted}} asiakas',
    count_other: '{{formatted}} asiakasta',
    showing: 'näytetään {{from}}–{{to}}',
    pages: 'Sivut',
    page: 'Sivu {{page}}',
    pageControls: {
      first: 'Ensimmäinen sivu',
      previous: 'Edellinen sivu',
      next: 'Seuraava sivu',
      last: 'Viimeinen sivu',
    },
    filters: { allPhases: 'Kaikki vaiheet', allStatuses: 'Kaikki tilat', open: 'Avoimet (aktiiviset ja odottavat)' },
    empty: 'Ei vielä asiakkaita.',
    noMatches: 'Haulla ei löytynyt asiakkaita.',
    notFound: 'Asiakasta ei löytynyt.',
    lastUpdated: 'Päivitetty',
    updatedAt: 'Tiedot päivitetty {{date}}',
    summary: 'Yhteenveto',
    careTeam: 'Hoitotaho',
    noPhase: 'Ei vaihetta',
    archive: 'Arkistoi',
    restore: 'Palauta arkistosta',
    archived: 'Arkistoitu',
    archiveConfirmTitle: 'Arkistoidaanko asiakas?',
    archiveConfirmText:
      '{{name}} poistuu asiakaslistalta. Tiedot säilyvät, ja asiakkaan voi palauttaa kohdasta "Näytä arkistoidut".',
    henkilotunnusHelp: 'Vapaaehtoinen. Syntymäaika täytetään tunnuksesta.',
    sections: { person: 'Henkilötiedot', care: 'Hoitotaho', coaching: 'Työhönvalmennus' },
    status: { active: 'Aktiivinen', waiting: 'Odottaa', closed: 'Päättynyt' },
    fields: {
      name: 'Nimi',
      firstName: 'Etunimi',
      lastName: 'Sukunimi',
      dateOfBirth: 'Syntymäaika',
      henkilotunnus: 'Henkilötunnus',
      phone: 'Puhelin',
      email: 'Sähköposti',
      municipality: 'Kotikunta',
      treatingUnit: 'Hoitava yksikkö',
      nurseName: 'Omahoitaja',
      referralDate: 'Lähetteen päivämäärä',
      phase: 'IPS-vaihe',
      status: 'Tila',
    },
  },
  settings: {
    title: 'Asetukset',
    coachTitle: 'Omat tiedot',
    coachIntro: 'Nimesi ja yksikkösi täytetään jokaisen uuden lomakkeen otsikkotietoihin.',
    coachName: 'Työhönvalmentajan nimi',
    coachUnit: 'Yksikkö tai organisaatio',
    coachSave: 'Tallenna omat tiedot',
    coachSaved: 'Omat tiedot tallennettu.',
    changePassphrase: 'Vaihda salalause',
    changePassphraseIntro:
      'Salalauseen vaihto ei muuta tietokantaa eikä palautusavainta. Vanha salalause lakkaa toimimasta heti.',
    currentPassphrase: 'Nykyinen salalause',
    changePassphraseButton: 'Vaihda salalause',
    passphraseChanged: 'Salalause vaihdettu.',
    renewRecoveryKey: 'Luo uusi palautusavain',
    renewRecoveryKeyIntro:
      'Tee uusi palautusavain, jos paperi on kadonnut tai joku muu on voinut nähdä sen. Vanha palautusavain lakkaa toimimasta heti. Uusi avain näytetään, ja se vahvistetaan kirjoittamalla se takaisin.',
    renewRecoveryKeyButton: 'Luo uusi palautusavain',
    renewRecoveryKeyPassphrase: 'Salalause vahvistukseksi',
    lockingTitle: 'Lukitseminen',
    lockingText:
      'Lukitse sovellus aina, kun jätät koneen: valikon Lukitse-painike tai Ctrl+L. Sovellus lukittuu itsestään, kun sitä ei ole käytetty 15 minuuttiin. Työpöytäsovellus lukittuu myös, kun tietokone lukitaan tai menee lepotilaan.',
  },
  help: {
    title: 'Ohje',
    vault: {
      title: 'Miten tiedot suojataan?',
      text: 'Kaikki asiakastiedot ovat tällä koneella yhdessä salatussa tietokannassa (SQLCipher, AES-256). Tietokannan avain on tallennettu vain salattuna: sen avaa salalauseesi tai palautusavain. Tietoja ei lähetetä minnekään.',
    },
    lock: {
      title: 'Lukitseminen',
      text: 'Paina Lukitse tai Ctrl+L. Sovellus lukittuu myös itsestään 15 minuutin käyttämättömyyden jälkeen. Lukitus sulkee tietokannan ja tyhjentää asiakastiedot näytöltä ja muistista. Avaaminen vaatii salalauseen.\nJos salalause kirjoitetaan väärin monta kertaa peräkkäin, seuraavaa yritystä pitää odottaa hetki. Tietoja ei koskaan poisteta väärien yritysten takia.',
    },
    recovery: {
      title: 'Unohtunut salalause',
      text: 'Valitse lukitusnäytöltä "Unohtuiko? Käytä palautusavainta", kirjoita palautusavain ja valitse uusi salalause. Palautusavain näytettiin, kun tietokanta luotiin, ja vahvistit sen kirjoittamalla sen takaisin. Jos paperi katoaa, tee uusi avain Asetuksista ("Luo uusi palautusavain"); vanha lakkaa silloin toimimasta. Salalauseen voi vaihtaa myös Asetuksista.',
    },
    backup: {
      title: 'Varmuuskopiot',
      text: 'Asetuksissa "Varmuuskopioi" tekee yhden salatun tiedoston, jonka voit tallentaa muistitikulle tai verkkolevylle. Sen avaa salalause tai palautusavain, joka oli voimassa varmuuskopion tekohetkellä – säilytä siis myös silloinen palautusavain.\nKun valitset Asetuksista varmuuskopiokansion, sovellus tekee sinne varmuuskopion kerran päivässä lukitessa tai sulkiessa ja säilyttää uusimmat (oletuksena 10). Etusivu kertoo, milloin varmuuskopio on viimeksi tehty, ja muistuttaa, jos siitä on yli viikko.\nPalauttaminen: Asetukset → "Palauta varmuuskopiosta" tai lukitusnäytöltä, jos tietokanta ei aukea. Sovellus tarkistaa varmuuskopion ja näyttää asiakkaiden ja lomakkeiden määrän ennen kuin mitään korvataan. Korvatut tiedostot siirretään talteen kansioon "aside".',
    },
    clients: {
      title: 'Asiakkaat',
      text: 'Asiakkaat-sivulla haku suodattaa listaa kirjoittaessasi nimen, kunnan tai omahoitajan perusteella. Avaa asiakas napsauttamalla nimeä tai siirry nimeen sarkaimella ja paina Enter. Arkistoitu asiakas poistuu listalta, mutta tiedot säilyvät ja hänet voi palauttaa.',
    },
    henkilotunnus: {
      title: 'Henkilötunnus',
      text: 'Henkilötunnus on vapaaehtoinen. Sovellus tarkistaa tarkistusmerkin ja vuosisadan välimerkin (myös vuoden 2023 uudet merkit) ja täyttää syntymäajan tunnuksesta.',
    },
    data: {
      title: 'Missä tiedot ovat?',
      text: 'Tiedot ovat tällä koneella tietokansiossa:\n{{folder}}\nSiellä ovat salattu tietokanta (vault.db), salattu avaintiedosto (vault.keys.json) ja sen varakopio (vault.keys.copy.json). Älä muokkaa tai siirrä niitä sovelluksen ollessa auki. Kansion voi vaihtaa ympäristömuuttujalla TYOHONVALMENTAJA_DATA_DIR, esimerkiksi salatulle asemalle. Varmuuskopiot tehdään sovelluksesta, ei kopioimalla tiedostoja käsin.',
    },
  },
}
