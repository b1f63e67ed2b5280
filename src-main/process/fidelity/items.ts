// IPS-25, the 25 quality criteria of IPS supported employment (Supported Employment Fidelity Scale), as data with
// Finnish names and anchors: they are shown on screen and printed. Over 300 lines because it is one table of text.
//
// Sources of the anchors (summarised and translated here, not quoted):
// - Becker, Swanson, Reese, Bond & McLeman: Supported Employment Fidelity Review Manual, 4th ed., December 2019,
//   IPS Employment Center (the scale's current wording).
// - Centre for Mental Health (UK), "The IPS fidelity scale" (item 1 anchors, current wording; max 125 points).
// - Supported Employment Fidelity Scale, 2008 wording (items 2 and 3 with all five anchors).
// - THL, "IPS-työhönvalmennuksen laatukriteerit": 25 criteria, 125 points; reviewed every 6 months until good
//   fidelity (≥ 100 points), then once a year.
// Where those sources give only the top (5) and bottom (1) anchor, the steps between are either counted from the
// listed elements (items whose 5 is "all N elements": 4 = N−1 elements and so on) or left null; the form then asks
// the team to place the service between the two anchors. Replace the Finnish wording with THL's official Finnish
// translation of the criteria when it is available to the project.

export type FidelityItemNumber =
  1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25

export type FidelityScore = 1 | 2 | 3 | 4 | 5

export type FidelitySection = 'staffing' | 'organization' | 'services'

export type FidelityItem = {
  number: FidelityItemNumber
  section: FidelitySection
  /** Finnish short name */
  name: string
  /** English name of the original scale, for reviewers who know it */
  nameEn: string
  /** what the item asks, in Finnish */
  criterion: string
  /** Finnish anchor per score; null = not given by the sources (score between the neighbouring anchors) */
  anchors: { 1: string; 2: string | null; 3: string | null; 4: string | null; 5: string }
  /** the records can suggest a score (see prefillFidelity) */
  prefilled: boolean
}

export const FIDELITY_SECTION_NAMES: Readonly<Record<FidelitySection, string>> = {
  staffing: 'Henkilöstö',
  organization: 'Organisaatio',
  services: 'Palvelut',
}

const counted = (one: string, all: string, steps: [string, string, string]) =>
  ({ 1: one, 2: steps[0], 3: steps[1], 4: steps[2], 5: all }) as const

export const FIDELITY_ITEMS: readonly FidelityItem[] = [
  {
    number: 1,
    section: 'staffing',
    name: 'Asiakasmäärä valmentajaa kohden',
    nameEn: 'Caseload size',
    criterion:
      'Jokaisella työhönvalmentajalla on oma asiakasmäärä. Kokoaikaisella valmentajalla on enintään 20 aktiivista ' +
      'asiakasta (työnhaussa ja työssä tuettavat yhteensä).',
    anchors: {
      1: '41 tai enemmän asiakasta valmentajaa kohden.',
      2: '31–40 asiakasta valmentajaa kohden.',
      3: '26–30 asiakasta valmentajaa kohden.',
      4: '21–25 asiakasta valmentajaa kohden.',
      5: 'Enintään 20 asiakasta valmentajaa kohden.',
    },
    prefilled: true,
  },
  {
    number: 2,
    section: 'staffing',
    name: 'Vain työhönvalmennustehtäviä',
    nameEn: 'Employment services staff',
    criterion: 'Työhönvalmentajat tekevät vain työhönvalmennusta.',
    anchors: {
      1: 'Muuta kuin työhönvalmennusta (esim. palveluohjausta) vähintään 80 % työajasta.',
      2: 'Muuta kuin työhönvalmennusta noin 60 % työajasta.',
      3: 'Muuta kuin työhönvalmennusta noin 40 % työajasta.',
      4: 'Muuta kuin työhönvalmennusta noin 20 % työajasta.',
      5: 'Työhönvalmentajat tekevät vain työhönvalmennusta.',
    },
    prefilled: false,
  },
  {
    number: 3,
    section: 'staffing',
    name: 'Valmentaja vastaa kaikista vaiheista',
    nameEn: 'Vocational generalists',
    criterion:
      'Sama työhönvalmentaja hoitaa kaikki vaiheet: aloituksen, sitouttamisen, arvioinnin, työpaikan löytämisen, ' +
      'valmennuksen työssä ja tuen työsuhteen aikana.',
    anchors: {
      1: 'Valmentaja vain ohjaa asiakkaita muille palveluntuottajille.',
      2: 'Valmentajalla on oma asiakasmäärä, mutta hän ohjaa asiakkaat muualle työhönvalmennukseen.',
      3: 'Valmentaja hoitaa yhden vaiheen (esim. arvioinnin tai työnhaun).',
      4: 'Valmentaja hoitaa kaksi tai useampia vaiheita mutta ei koko palvelua.',
      5: 'Valmentaja hoitaa kaikki vaiheet aloituksesta työsuhteen aikaiseen tukeen.',
    },
    prefilled: false,
  },
  {
    number: 4,
    section: 'organization',
    name: 'Integraatio: kuuluminen hoitotiimiin',
    nameEn: 'Integration of rehabilitation with mental health treatment through team assignment',
    criterion: 'Työhönvalmentaja kuuluu yhteen tai kahteen mielenterveystyön tiimiin, joista asiakkaat tulevat.',
    anchors: {
      1: 'Työhönvalmennus on erillinen ohjelma, jota ei ole liitetty hoitotiimeihin.',
      2: null,
      3: null,
      4: null,
      5: 'Valmentaja kuuluu 1–2 mielenterveystiimiin, joista vähintään 90 % hänen asiakkaistaan tulee.',
    },
    prefilled: false,
  },
  {
    number: 5,
    section: 'organization',
    name: 'Integraatio: säännöllinen yhteistyö hoitotiimin kanssa',
    nameEn: 'Integration of rehabilitation with mental health treatment through frequent team contact',
    criterion:
      'Viisi osatekijää: viikoittaiset tiimikokoukset asiakkaiden työllistymisestä; yhteinen päätöksenteko; ' +
      'sama tai lähekkäinen toimitila; työllistymismerkinnät samassa asiakaskertomuksessa; valmentaja auttaa ' +
      'tiimiä miettimään työtä myös niille, joita ei ole vielä ohjattu valmennukseen.',
    anchors: counted('Enintään yksi osatekijä toteutuu.', 'Kaikki viisi osatekijää toteutuvat.', [
      'Kaksi osatekijää toteutuu.',
      'Kolme osatekijää toteutuu.',
      'Neljä osatekijää toteutuu.',
    ]),
    prefilled: false,
  },
  {
    number: 6,
    section: 'organization',
    name: 'Yhteistyö työllisyys- ja kuntoutusviranomaisten kanssa',
    nameEn: 'Collaboration between employment specialists and vocational rehabilitation counselors',
    criterion:
      'Valmentajat ja työllisyyspalvelujen, Kelan tai työeläkelaitoksen yhdyshenkilöt tapaavat säännöllisesti ja ' +
      'ovat tiiviisti yhteydessä yhteisistä asiakkaista.',
    anchors: {
      1: 'Yhteydenpito harvemmin kuin neljännesvuosittain.',
      2: null,
      3: null,
      4: null,
      5: 'Sovitut tapaamiset kasvokkain vähintään kuukausittain ja tiivis asiakaskohtainen yhteydenpito.',
    },
    prefilled: false,
  },
  {
    number: 7,
    section: 'organization',
    name: 'IPS-tiimi',
    nameEn: 'Vocational unit',
    criterion: 'Valmentajat muodostavat tiimin, jolla on yhteinen tiiminvetäjä ja yhteinen työnohjaus.',
    anchors: {
      1: 'Valmentajat eivät kuulu yhteiseen tiimiin.',
      2: null,
      3: null,
      4: null,
      5:
        'Vähintään kaksi kokoaikaista valmentajaa ja tiiminvetäjä; viikoittainen asiakaslähtöinen ryhmätyönohjaus; ' +
        'työpaikkavinkit jaetaan; valmentajat sijaistavat toisiaan.',
    },
    prefilled: false,
  },
  {
    number: 8,
    section: 'organization',
    name: 'Tiiminvetäjän rooli',
    nameEn: 'Role of employment supervisor',
    criterion:
      'Viisi osatekijää: enintään 10 valmentajaa vetäjää kohden eikä muita esimiestehtäviä; viikoittainen ' +
      'asiakaslähtöinen työnohjaus; yhteydenpito mielenterveystiimien vetäjiin; kenttäperehdytys uusille ja tukea ' +
      'tarvitseville valmentajille; tulosten seuranta ja tavoitteiden asettaminen vähintään neljännesvuosittain.',
    anchors: counted('Enintään yksi osatekijä toteutuu.', 'Kaikki viisi osatekijää toteutuvat.', [
      'Kaksi osatekijää toteutuu.',
      'Kolme osatekijää toteutuu.',
      'Neljä osatekijää toteutuu.',
    ]),
    prefilled: false,
  },
  {
    number: 9,
    section: 'organization',
    name: 'Ei poissulkukriteerejä',
    nameEn: 'Zero exclusion criteria',
    criterion: 'Kaikki työtä haluavat pääsevät valmennukseen.',
    anchors: {
      1: 'Asiakkaita seulotaan pois virallisesti tai epävirallisesti.',
      2: null,
      3: null,
      4: null,
      5:
        'Ketään ei suljeta pois työvalmiuden, päihteiden käytön, oireiden, väkivaltahistorian, kognitiivisten ' +
        'vaikeuksien, hoitoon sitoutumisen tai ulkoisen olemuksen vuoksi; lähetteitä ei seulota; asiakas voi ' +
        'hakeutua itse; mielenterveystyöntekijät rohkaisevat työhön.',
    },
    prefilled: false,
  },
  {
    number: 10,
    section: 'organization',
    name: 'Organisaation työllistymisfokus',
    nameEn: 'Agency focus on competitive employment',
    criterion: 'Organisaatio edistää työllistymistä avoimille työmarkkinoille usein eri keinoin.',
    anchors: {
      1: 'Enintään yksi keino on käytössä.',
      2: null,
      3: null,
      4: null,
      5:
        'Useita keinoja: työstä kysytään alkuhaastattelussa ja vuosittaisissa suunnitelmissa; esitteitä ja ' +
        'ilmoituksia työstä on esillä; työtarinoita jaetaan; työllisyysaste mitataan vähintään ' +
        'neljännesvuosittain ja kerrotaan henkilöstölle.',
    },
    prefilled: false,
  },
  {
    number: 11,
    section: 'organization',
    name: 'Johdon tuki',
    nameEn: 'Executive team support for supported employment',
    criterion:
      'Viisi osatekijää: johto tuntee IPS-periaatteet; laadunvarmistus arvioi IPS-toiminnan (laatuarviointi ' +
      'puolivuosittain, hyvän tason jälkeen vuosittain); johdon edustaja osallistuu IPS-ohjausryhmään; johtaja ' +
      'viestii IPS:n tavoitteet henkilöstölle; IPS-vetäjä raportoi esteistä ja edistäjistä johdolle kahdesti vuodessa.',
    anchors: counted('Enintään yksi osatekijä toteutuu.', 'Kaikki viisi osatekijää toteutuvat.', [
      'Kaksi osatekijää toteutuu.',
      'Kolme osatekijää toteutuu.',
      'Neljä osatekijää toteutuu.',
    ]),
    prefilled: false,
  },
  {
    number: 12,
    section: 'services',
    name: 'Etuusneuvonta',
    nameEn: 'Work incentives planning',
    criterion: 'Asiakkaat saavat yksilöllistä neuvontaa työn vaikutuksesta etuuksiin.',
    anchors: {
      1: 'Etuusneuvontaa ei ole saatavilla.',
      2: null,
      3: null,
      4: null,
      5:
        'Koulutettu henkilö tarjoaa kattavan yksilöllisen etuusneuvonnan ennen työn aloittamista ja kun tunnit tai ' +
        'palkka muuttuvat; asiakas saa apua tulojen ilmoittamiseen.',
    },
    prefilled: false,
  },
  {
    number: 13,
    section: 'services',
    name: 'Kertominen työnantajalle',
    nameEn: 'Disclosure',
    criterion:
      'Neljä osatekijää: kertominen ei ole vaatimus; hyödyt ja haitat (myös yhteys työjärjestelyihin) käydään läpi ' +
      'etukäteen; sanamuodot mietitään yhdessä; asiaan palataan (esim. kun työtä ei ole löytynyt kahdessa ' +
      'kuukaudessa tai ongelmien ilmetessä).',
    anchors: counted('Yksikään osatekijä ei toteudu.', 'Kaikki neljä osatekijää toteutuvat.', [
      'Yksi osatekijä toteutuu.',
      'Kaksi osatekijää toteutuu.',
      'Kolme osatekijää toteutuu.',
    ]),
    prefilled: false,
  },
  {
    number: 14,
    section: 'services',
    name: 'Jatkuva, työhön perustuva arviointi',
    nameEn: 'Ongoing, work-based vocational assessment',
    criterion: 'Ammatillinen arviointi jatkuu koko valmennuksen ajan ja perustuu työkokemuksiin.',
    anchors: {
      1: 'Arviointi tehdään toimistolla testein ja työnäyttein ennen työnhakua.',
      2: null,
      3: null,
      4: null,
      5:
        'Alkuarviointi 2–3 tapaamisessa kirjataan ammatilliseen profiiliin (toiveet, kokemukset, taidot, ' +
        'nykytilanne, vahvuudet, verkostot) ja päivitetään jokaisen työkokemuksen jälkeen; tietoa saadaan ' +
        'asiakkaalta, tiimiltä, asiakirjoista ja luvalla läheisiltä ja aiemmilta työnantajilta.',
    },
    prefilled: false,
  },
  {
    number: 15,
    section: 'services',
    name: 'Nopea työnhaku',
    nameEn: 'Rapid job search for competitive job',
    criterion:
      'Ensimmäinen kasvokkainen työnantajakontakti (asiakas tai valmentaja) avoimen työn merkeissä tapahtuu ' +
      'nopeasti palveluun tulon jälkeen.',
    anchors: {
      1: 'Tyypillisesti 271 päivää tai enemmän palveluun tulosta.',
      2: 'Tyypillisesti 151–270 päivää palveluun tulosta.',
      3: 'Tyypillisesti 61–150 päivää palveluun tulosta.',
      4: 'Tyypillisesti 31–60 päivää palveluun tulosta.',
      5: 'Tyypillisesti enintään 30 päivää palveluun tulosta.',
    },
    prefilled: true,
  },
  {
    number: 16,
    section: 'services',
    name: 'Yksilöllinen työnhaku',
    nameEn: 'Individualized job search',
    criterion:
      'Työnantajakontaktit perustuvat asiakkaan toiveisiin, vahvuuksiin, oireisiin ja aiempiin kokemuksiin ja ' +
      'vastaavat työnhakusuunnitelmaa.',
    anchors: {
      1: 'Alle 25 % työnantajakontakteista.',
      2: '25–49 % työnantajakontakteista.',
      3: '50–74 % työnantajakontakteista.',
      4: '75–89 % työnantajakontakteista.',
      5: '90–100 % työnantajakontakteista.',
    },
    prefilled: false,
  },
  {
    number: 17,
    section: 'services',
    name: 'Työnantajakontaktien määrä',
    nameEn: 'Job development — frequent employer contact',
    criterion:
      'Kasvokkaiset työnantajakontaktit valmentajaa kohden viikossa (tai 2 × työnhakijoiden määrä, jos heitä on ' +
      'alle kolme); tiiminvetäjä käy viikkoseurannan läpi kuukausittain.',
    anchors: {
      1: '0–1 kontaktia viikossa.',
      2: '2 kontaktia viikossa.',
      3: '3–4 kontaktia viikossa.',
      4: '5 kontaktia viikossa.',
      5: 'Vähintään 6 kontaktia viikossa, ja seuranta toteutuu.',
    },
    prefilled: false,
  },
  {
    number: 18,
    section: 'services',
    name: 'Työnantajakontaktien laatu',
    nameEn: 'Job development — quality of employer contact',
    criterion: 'Valmentaja rakentaa työnantajasuhteita usealla suunnitellulla käynnillä.',
    anchors: {
      1: 'Valmentaja tapaa työnantajia vain hakemusten jättämisen yhteydessä tai harvoin.',
      2: null,
      3: null,
      4: null,
      5:
        'Useita suunniteltuja käyntejä: valmentaja oppii työnantajan tarpeet, kertoo palvelusta ja kuvaa asiakkaan ' +
        'vahvuuksia, jotka sopivat työnantajalle.',
    },
    prefilled: false,
  },
  {
    number: 19,
    section: 'services',
    name: 'Työtehtävien monipuolisuus',
    nameEn: 'Diversity of job types',
    criterion: 'Valmentajat auttavat asiakkaita erityyppisiin töihin.',
    anchors: {
      1: 'Alle 50 % töistä on keskenään erityyppisiä.',
      2: '50–59 % töistä on keskenään erityyppisiä.',
      3: '60–69 % töistä on keskenään erityyppisiä.',
      4: '70–84 % töistä on keskenään erityyppisiä.',
      5: '85–100 % töistä on keskenään erityyppisiä.',
    },
    prefilled: true,
  },
  {
    number: 20,
    section: 'services',
    name: 'Työnantajien monipuolisuus',
    nameEn: 'Diversity of employers',
    criterion: 'Valmentajat auttavat asiakkaita töihin eri työnantajille.',
    anchors: {
      1: 'Alle 50 % töistä on eri työnantajilla.',
      2: '50–59 % töistä on eri työnantajilla.',
      3: '60–69 % töistä on eri työnantajilla.',
      4: '70–84 % töistä on eri työnantajilla.',
      5: '85–100 % töistä on eri työnantajilla.',
    },
    prefilled: true,
  },
  {
    number: 21,
    section: 'services',
    name: 'Kilpailulliset työpaikat',
    nameEn: 'Competitive jobs',
    criterion:
      'Työt ovat pysyviä töitä avoimilla työmarkkinoilla: kenen tahansa haettavissa, vähintään vähimmäispalkka tai ' +
      'työtovereiden palkka, ei erikseen varattuja eikä määräaikaisia välitystöitä.',
    anchors: {
      1: 'Alle 65 % töistä on kilpailullisia.',
      2: '65–74 % töistä on kilpailullisia.',
      3: '75–84 % töistä on kilpailullisia.',
      4: '85–94 % töistä on kilpailullisia.',
      5: 'Vähintään 95 % töistä on kilpailullisia.',
    },
    prefilled: true,
  },
  {
    number: 22,
    section: 'services',
    name: 'Yksilöllinen tuki työssä',
    nameEn: 'Individualized follow-along supports',
    criterion: 'Tuki työssä vaihtelee työn, toiveiden, työhistorian ja tarpeiden mukaan.',
    anchors: {
      1: 'Useimmat asiakkaat eivät saa tukea työn aloittamisen jälkeen.',
      2: null,
      3: null,
      4: null,
      5:
        'Monipuolista tukea tiimiltä, läheisiltä, työtovereilta ja valmentajalta; työnantajaa tuetaan pyydettäessä; ' +
        'apua urakehitykseen.',
    },
    prefilled: false,
  },
  {
    number: 23,
    section: 'services',
    name: 'Ajallisesti rajaamaton tuki',
    nameEn: 'Time-unlimited follow-along supports',
    criterion: 'Tuki työssä jatkuu niin kauan kuin asiakas sitä tarvitsee ja haluaa.',
    anchors: {
      1: 'Ei yhteydenpitoa ensimmäisen työkuukauden jälkeen.',
      2: null,
      3: null,
      4: null,
      5:
        'Kasvokkainen tapaaminen viikon sisällä ennen työn alkua, 3 päivän sisällä aloituksesta, viikoittain ' +
        'ensimmäisen kuukauden ajan ja vähintään kuukausittain vähintään vuoden; tuki siirtyy vähitellen ' +
        'mielenterveystyöntekijälle; yhteys 3 päivän sisällä työn päättymisestä.',
    },
    prefilled: true,
  },
  {
    number: 24,
    section: 'services',
    name: 'Palvelut yhteisössä',
    nameEn: 'Community-based services',
    criterion: 'Valmentajat tekevät työtään pääosin toimiston ulkopuolella.',
    anchors: {
      1: 'Enintään 10 % sovitusta työajasta yhteisössä.',
      2: null,
      3: null,
      4: null,
      5: 'Vähintään 65 % sovitusta työajasta yhteisössä.',
    },
    prefilled: false,
  },
  {
    number: 25,
    section: 'services',
    name: 'Aktiivinen yhteydenpito ja tavoittaminen',
    nameEn: 'Assertive engagement and outreach by integrated team',
    criterion:
      'Kuusi keinoa: asiakkuutta ei päätetä poisjääntien tai kiinteän määräajan vuoksi; tavoitteluyritykset ' +
      'kirjataan; tiimin jäsenet osallistuvat tavoittamiseen; useita koti- tai lähiympäristökäyntejä; käynnit ' +
      'sovitetaan yhteen tiimin kanssa; yhteys läheisiin tarvittaessa.',
    anchors: counted('Enintään kaksi keinoa on käytössä.', 'Kaikki kuusi keinoa ovat käytössä.', [
      'Kolme keinoa on käytössä.',
      'Neljä keinoa on käytössä.',
      'Viisi keinoa on käytössä.',
    ]),
    prefilled: false,
  },
]
