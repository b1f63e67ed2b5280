import { fiBackup } from './fi-backup'
import { fiCalculator } from './fi-calculator'
import { fiForms } from './fi-forms'
import { fiLanguage } from './fi-language'
import { fiProcess } from './fi-process'
import { fiReports } from './fi-reports'
import { fiNumbers } from './fi-numbers'
import { fiAudit, fiDataRequests, fiPrivacy } from './fi-privacy'
import { fiVault } from './fi-vault'

/** Finnish, the working language. Every string the app shows comes from here. */
export const fi = {
  forms: fiForms,
  calculator: fiCalculator,
  process: fiProcess,
  ...fiReports,
  numbers: fiNumbers,
  language: fiLanguage,
  privacy: fiPrivacy,
  audit: fiAudit,
  dataRequests: fiDataRequests,
  app: { name: 'Työhönvalmentaja' },
  nav: {
    label: 'Päävalikko',
    openMenu: 'Avaa valikko',
    closeMenu: 'Sulje valikko',
    skipToContent: 'Siirry sisältöön',
    home: 'Etusivu',
    clients: 'Asiakkaat',
    calculator: 'Laskuri',
    employers: 'Työnantajat',
    reports: 'Raportit',
    fidelity: 'Laatuarviointi',
    settings: 'Asetukset',
    help: 'Ohje',
  },
  common: {
    save: 'Tallenna',
    cancel: 'Peruuta',
    edit: 'Muokkaa',
    close: 'Sulje',
    clearDate: 'Tyhjennä: {{label}}',
    showPassphrase: 'Näytä salalause',
  },
  browserMode: {
    missingTokenTitle: 'Avaa sovellus käynnistyksen antamasta osoitteesta',
    missingTokenText:
      'Selaintilassa sovellus avataan osoitteesta, jonka komento ”npm run start:browser” tulosti. Osoitteessa on kertakäyttöinen tunniste, joka suojaa asiakastietoja: se toimii vain kerran. Jos osoite on jo käytetty, käynnistä sovellus uudelleen ja avaa uusi osoite.',
  },
  errors: {
    required: 'Pakollinen tieto puuttuu.',
    tooLong: 'Teksti on liian pitkä.',
    invalidValue: 'Tarkista tämä tieto.',
    outOfRange: 'Luku ei ole sallituissa rajoissa.',
    pinFormat: 'PIN-koodissa on 4–8 numeroa.',
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
    short: {
      '1': '1 Aloitus',
      '2': '2 Profilointi',
      '3': '3 Työnhaku',
      '4': '4 Työnantajan kanssa',
      '5': '5 Tuki työssä',
    },
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
      '{{name}} poistuu asiakaslistalta. Tiedot säilyvät, ja asiakkaan voi palauttaa kohdasta ”Näytä arkistoidut”.',
    henkilotunnusHelp: 'Vapaaehtoinen. Syntymäaika täyttyy tunnuksesta.',
    draftRestored: 'Keskeneräiset tiedot palautettiin. Niitä ei ole vielä tallennettu.',
    draftStartOver: 'Tyhjennä lomake',
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
    coachIntro:
      'Nimesi ja yksikkösi täytetään jokaisen uuden lomakkeen perustietoihin. Hyvinvointialue sekä puhelinnumerosi ja sähköpostisi tulostuvat yhteistyösopimukseen, jotta asiakas tietää, kuka hänen tietojaan käsittelee ja miten sinut tavoittaa.',
    coachName: 'Työhönvalmentajan nimi',
    coachUnit: 'Yksikkö',
    coachUnitHelp: 'Esimerkiksi IPS-työhönvalmennus, Joensuu.',
    coachOrganisation: 'Hyvinvointialue tai muu organisaatio (rekisterinpitäjä)',
    coachOrganisationHelp:
      'Organisaatio, jonka asiakasrekisteriin valmennuksen tiedot kirjataan, esimerkiksi Pohjois-Karjalan hyvinvointialue.',
    coachPhone: 'Puhelinnumero',
    coachEmail: 'Sähköposti',
    reminderTitle: 'Täytä ensin omat tietosi',
    reminderText: {
      both: 'Lomakkeet tarvitsevat nimesi ja hyvinvointialueen (rekisterinpitäjä), ennen kuin ne voi viimeistellä. Ne täyttyvät uusiin lomakkeisiin Asetuksista.',
      name: 'Lomakkeet tarvitsevat nimesi, ennen kuin ne voi viimeistellä. Se täyttyy uusiin lomakkeisiin Asetuksista.',
      organisation:
        'Yhteistyösopimus tarvitsee hyvinvointialueen (rekisterinpitäjä), ennen kuin sen voi viimeistellä. Se täyttyy uusiin sopimuksiin Asetuksista.',
    },
    reminderLink: 'Siirry asetuksiin',
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
  },
  help: {
    title: 'Ohje',
    vault: {
      title: 'Miten tiedot suojataan?',
      text: 'Kaikki asiakastiedot ovat tällä koneella yhdessä tietokannassa, joka on salattu vahvalla salauksella. Ilman salalausettasi tai palautusavainta tietoja ei voi lukea, vaikka kone tai tiedostot joutuisivat vääriin käsiin. Tietoja ei lähetetä minnekään.',
    },
    lock: {
      title: 'Lukitseminen',
      text: 'Paina Lukitse tai Ctrl+L. Sovellus lukittuu myös itsestään, kun sitä ei ole käytetty asetuksissa valittuun aikaan (oletus 5 minuuttia). Lukitus sulkee tietokannan ja tyhjentää asiakastiedot näytöltä ja muistista. Avaaminen vaatii salalauseen.\nJos salalause kirjoitetaan väärin monta kertaa peräkkäin, seuraavaa yritystä pitää odottaa hetki. Tietoja ei koskaan poisteta väärien yritysten takia.',
    },
    recovery: {
      title: 'Unohtunut salalause',
      text: 'Valitse lukitusnäytöltä ”Unohtuiko? Käytä palautusavainta”, kirjoita palautusavain ja valitse uusi salalause. Palautusavain näytettiin, kun tietokanta luotiin, ja vahvistit sen kirjoittamalla sen takaisin. Jos paperi katoaa, tee uusi avain Asetuksista (”Luo uusi palautusavain”); vanha lakkaa silloin toimimasta. Salalauseen voi vaihtaa myös Asetuksista.',
    },
    backup: {
      title: 'Varmuuskopiot',
      text: 'Asetuksissa ”Varmuuskopioi” tekee yhden salatun tiedoston, jonka voit tallentaa muistitikulle tai verkkolevylle. Sen avaa salalause tai palautusavain, joka oli voimassa varmuuskopion tekohetkellä – säilytä siis myös silloinen palautusavain.\nKun valitset Asetuksista varmuuskopiokansion, sovellus tekee sinne varmuuskopion kerran päivässä lukitessa tai sulkiessa ja säilyttää uusimmat (oletuksena 10). Etusivu kertoo, milloin varmuuskopio on viimeksi tehty, ja muistuttaa, jos siitä on yli viikko.\nPalauttaminen: Asetukset → ”Palauta varmuuskopiosta” tai lukitusnäytöltä, jos tietokanta ei aukea. Sovellus tarkistaa varmuuskopion ja näyttää asiakkaiden ja lomakkeiden määrän ennen kuin mitään korvataan. Korvatut tiedostot siirretään talteen kansioon ”aside”.',
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
    process: {
      title: 'IPS-vaiheet, käynnit ja työ',
      text: 'Asiakkaan sivulla ”Kirjaa vaiheen muutos” kirjaa IPS-vaiheen päivämäärineen; vaihe 1 alkaa yhteistyösopimuksen alkamispäivästä. ”Kirjaa käynti” (asiakkaan sivulla ja Etusivulla) kirjaa yhteydenoton THL:n toimenpidekoodeineen, ja Ctrl+Enter tallentaa. Aikajanan ”Kopioi potilaskertomukseen” kopioi käynnin tekstinä ilman nimeä; työpöytäsovellus tyhjentää leikepöydän 30 sekunnin kuluttua. Yhteydenotto työnantajaan estyy, jos asiakkaan päätös työnantajalle kertomisesta ei salli sitä, ja syy näytetään. ”Työ alkoi” ja ”Opinnot alkoivat” kirjaavat työn ja opinnot; aikajana näyttää kaiken järjestyksessä.',
    },
    review: {
      title: 'Etusivu, raportit ja laatuarviointi',
      text: 'Etusivu näyttää tämän viikon tehtävät ja syyn kullekin sekä käynnin, joka kuittaa tehtävän, ja asiakasmäärän vaiheittain. Raportit-sivulla valitset jakson: jokainen luku näytetään osoittajana, nimittäjänä ja prosenttina vertailuarvon vieressä. Raportin voi tulostaa, tallentaa CSV-tiedostona tai tunnisteettomana aineistona; tiedostot kirjataan käyttölokiin. Laatuarviointi esitäyttää IPS-25-arvion kirjauksista perusteluineen; tallennettua arviota verrataan edelliseen, ja sen voi tulostaa.',
    },
    privacy: {
      title: 'Asiakas paikalla, käyttöloki ja tietopyynnöt',
      text: 'Kun asiakas istuu vieressä, valitse asiakkaan sivulta ”Asiakas paikalla”: näkyvissä on vain tämän asiakkaan tiedot, eikä sovellus anna hakea muita. Tilasta poistutaan PIN-koodilla (Asetukset) tai salalauseella. Käyttöloki kirjaa katselut, muutokset, tulosteet, tietojen luovutukset, varmuuskopiot ja avaukset ilman nimiä; asiakkaan lokitiedot avautuvat hänen sivultaan. Asiakkaan kaikki tiedot saa PDF:nä tai JSON-tiedostona, ja asiakkaan voi poistaa pysyvästi. Asetuksissa valitaan säilytysaika, jonka ylittäneet päättyneet asiakkaat näkyvät tarkistettavina.',
    },
  },
}
