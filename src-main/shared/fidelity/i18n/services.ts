import { countedAnchors, type FidelityItemTextTable, type FidelityText } from './types'

/** A share as each language writes it: 'Alle 50 %' / 'Under 50 %' / 'Under 50%', '50–59 %' / … / '50–59%'. */
type Share = readonly [fi: string, sv: string, en: string]
const under = (percent: number): Share => [`Alle ${percent} %`, `Under ${percent} %`, `Under ${percent}%`]
const span = (range: string): Share => [`${range} %`, `${range} %`, `${range}%`]

const jobs = (share: Share, fi: string, sv: string, en: string): FidelityText => [
  `${share[0]} töistä on ${fi}.`,
  `${share[1]} av arbetena ${sv}.`,
  `${share[2]} of the jobs ${en}.`,
]
const diverse = (share: Share) => jobs(share, 'keskenään erityyppisiä', 'är av olika slag', 'are of different types')
const employers = (share: Share) =>
  jobs(share, 'eri työnantajilla', 'är hos olika arbetsgivare', 'are with different employers')
const contacts = (share: Share): FidelityText => [
  `${share[0]} työnantajakontakteista.`,
  `${share[1]} av arbetsgivarkontakterna.`,
  `${share[2]} of employer contacts.`,
]
const fromEntry = (fi: string, sv: string, en: string): FidelityText => [
  `Tyypillisesti ${fi} päivää palveluun tulosta.`,
  `Vanligen ${sv} dagar från starten i tjänsten.`,
  `Typically ${en} days from entering the service.`,
]

/** IPS-25 items 12–25 (services): [Finnish, Swedish, English]. Terms: docs/glossary.md. */
export const servicesTexts: FidelityItemTextTable = {
  12: {
    name: ['Etuusneuvonta', 'Förmånsrådgivning', 'Work incentives planning'],
    criterion: [
      'Asiakkaat saavat yksilöllistä neuvontaa työn vaikutuksesta etuuksiin.',
      'Klienterna får individuell rådgivning om hur arbete påverkar deras förmåner.',
      'Clients get individual advice on how work affects their benefits.',
    ],
    anchors: {
      1: ['Etuusneuvontaa ei ole saatavilla.', 'Förmånsrådgivning finns inte.', 'No benefits advice is available.'],
      5: [
        'Koulutettu henkilö tarjoaa kattavan yksilöllisen etuusneuvonnan ennen työn aloittamista ja kun tunnit tai ' +
          'palkka muuttuvat; asiakas saa apua tulojen ilmoittamiseen.',
        'En utbildad person ger heltäckande individuell förmånsrådgivning innan arbetet börjar och när ' +
          'arbetstiden eller lönen ändras; klienten får hjälp att anmäla sina inkomster.',
        'A trained person gives full individual benefits advice before the job starts and when hours or pay ' +
          'change; the client gets help reporting earnings.',
      ],
    },
  },
  13: {
    name: ['Kertominen työnantajalle', 'Att berätta för arbetsgivaren', 'Disclosure'],
    criterion: [
      'Neljä osatekijää: kertominen ei ole vaatimus; hyödyt ja haitat (myös yhteys työjärjestelyihin) käydään läpi ' +
        'etukäteen; sanamuodot mietitään yhdessä; asiaan palataan (esim. kun työtä ei ole löytynyt kahdessa ' +
        'kuukaudessa tai ongelmien ilmetessä).',
      'Fyra delfaktorer: att berätta är inget krav; för- och nackdelar (också kopplingen till anpassningar i ' +
        'arbetet) gås igenom i förväg; formuleringarna funderas ut tillsammans; frågan tas upp igen (t.ex. när inget ' +
        'arbete hittats på två månader eller när problem uppstår).',
      'Four elements: disclosure is not required; the pros and cons (also the link to workplace adjustments) are ' +
        'discussed beforehand; the wording is planned together; the question is revisited (e.g. when no job has ' +
        'been found in two months or when problems arise).',
    ],
    anchors: countedAnchors(
      ['Yksikään osatekijä ei toteudu.', 'Ingen delfaktor uppfylls.', 'No element is in place.'],
      ['Kaikki neljä osatekijää toteutuvat.', 'Alla fyra delfaktorer uppfylls.', 'All four elements are in place.'],
      [
        ['Yksi osatekijä toteutuu.', 'En delfaktor uppfylls.', 'One element is in place.'],
        ['Kaksi osatekijää toteutuu.', 'Två delfaktorer uppfylls.', 'Two elements are in place.'],
        ['Kolme osatekijää toteutuu.', 'Tre delfaktorer uppfylls.', 'Three elements are in place.'],
      ],
    ),
  },
  14: {
    name: [
      'Jatkuva, työhön perustuva arviointi',
      'Fortlöpande, arbetsbaserad bedömning',
      'Ongoing, work-based vocational assessment',
    ],
    criterion: [
      'Ammatillinen arviointi jatkuu koko valmennuksen ajan ja perustuu työkokemuksiin.',
      'Den yrkesinriktade bedömningen pågår under hela arbetsträningen och bygger på erfarenheter från arbete.',
      'Vocational assessment goes on throughout coaching and is based on work experiences.',
    ],
    anchors: {
      1: [
        'Arviointi tehdään toimistolla testein ja työnäyttein ennen työnhakua.',
        'Bedömningen görs på kontoret med tester och arbetsprov innan jobbsökningen.',
        'Assessment is done in the office with tests and work samples before the job search.',
      ],
      5: [
        'Alkuarviointi 2–3 tapaamisessa kirjataan ammatilliseen profiiliin (toiveet, kokemukset, taidot, ' +
          'nykytilanne, vahvuudet, verkostot) ja päivitetään jokaisen työkokemuksen jälkeen; tietoa saadaan ' +
          'asiakkaalta, tiimiltä, asiakirjoista ja luvalla läheisiltä ja aiemmilta työnantajilta.',
        'Den första bedömningen under 2–3 möten antecknas i yrkesprofilen (önskemål, erfarenheter, färdigheter, ' +
          'nuläge, styrkor, nätverk) och uppdateras efter varje arbetserfarenhet; uppgifterna kommer från klienten, ' +
          'teamet, handlingar och, med lov, från närstående och tidigare arbetsgivare.',
        'The first assessment over 2–3 meetings is written into the vocational profile (wishes, experience, ' +
          'skills, current situation, strengths, networks) and updated after each work experience; information ' +
          'comes from the client, the team, records and, with permission, family and former employers.',
      ],
    },
  },
  15: {
    name: ['Nopea työnhaku', 'Snabb jobbsökning', 'Rapid job search for competitive job'],
    criterion: [
      'Ensimmäinen kasvokkainen työnantajakontakti (asiakas tai valmentaja) avoimen työn merkeissä tapahtuu ' +
        'nopeasti palveluun tulon jälkeen.',
      'Den första personliga kontakten med en arbetsgivare om ett arbete på den öppna arbetsmarknaden (klienten ' +
        'eller arbetstränaren) sker snabbt efter starten i tjänsten.',
      'The first face-to-face contact with an employer about a competitive job (by the client or the job coach) ' +
        'happens soon after entering the service.',
    ],
    anchors: {
      1: [
        'Tyypillisesti 271 päivää tai enemmän palveluun tulosta.',
        'Vanligen 271 dagar eller fler från starten i tjänsten.',
        'Typically 271 days or more from entering the service.',
      ],
      2: fromEntry('151–270', '151–270', '151–270'),
      3: fromEntry('61–150', '61–150', '61–150'),
      4: fromEntry('31–60', '31–60', '31–60'),
      5: fromEntry('enintään 30', 'högst 30', '30 or fewer'),
    },
  },
  16: {
    name: ['Yksilöllinen työnhaku', 'Individuell jobbsökning', 'Individualized job search'],
    criterion: [
      'Työnantajakontaktit perustuvat asiakkaan toiveisiin, vahvuuksiin, oireisiin ja aiempiin kokemuksiin ja ' +
        'vastaavat työnhakusuunnitelmaa.',
      'Arbetsgivarkontakterna bygger på klientens önskemål, styrkor, symtom och tidigare erfarenheter och följer ' +
        'jobbsökningsplanen.',
      'Employer contacts are based on the client’s wishes, strengths, symptoms and past experience and follow the ' +
        'job search plan.',
    ],
    anchors: {
      1: contacts(under(25)),
      2: contacts(span('25–49')),
      3: contacts(span('50–74')),
      4: contacts(span('75–89')),
      5: contacts(span('90–100')),
    },
  },
  17: {
    name: ['Työnantajakontaktien määrä', 'Antal arbetsgivarkontakter', 'Job development — frequent employer contact'],
    criterion: [
      'Kasvokkaiset työnantajakontaktit valmentajaa kohden viikossa (tai 2 × työnhakijoiden määrä, jos heitä on ' +
        'alle kolme); tiiminvetäjä käy viikkoseurannan läpi kuukausittain.',
      'Personliga arbetsgivarkontakter per arbetstränare och vecka (eller 2 × antalet arbetssökande, om de är färre ' +
        'än tre); teamledaren går igenom veckouppföljningen varje månad.',
      'Face-to-face employer contacts per job coach per week (or 2 × the number of job seekers, if fewer than ' +
        'three); the team lead reviews the weekly tracking monthly.',
    ],
    anchors: {
      1: ['0–1 kontaktia viikossa.', '0–1 kontakter i veckan.', '0–1 contacts a week.'],
      2: ['2 kontaktia viikossa.', '2 kontakter i veckan.', '2 contacts a week.'],
      3: ['3–4 kontaktia viikossa.', '3–4 kontakter i veckan.', '3–4 contacts a week.'],
      4: ['5 kontaktia viikossa.', '5 kontakter i veckan.', '5 contacts a week.'],
      5: [
        'Vähintään 6 kontaktia viikossa, ja seuranta toteutuu.',
        'Minst 6 kontakter i veckan, och uppföljningen görs.',
        '6 or more contacts a week, and they are tracked.',
      ],
    },
  },
  18: {
    name: [
      'Työnantajakontaktien laatu',
      'Arbetsgivarkontakternas kvalitet',
      'Job development — quality of employer contact',
    ],
    criterion: [
      'Valmentaja rakentaa työnantajasuhteita usealla suunnitellulla käynnillä.',
      'Arbetstränaren bygger upp relationer till arbetsgivare genom flera planerade besök.',
      'The job coach builds relationships with employers through several planned visits.',
    ],
    anchors: {
      1: [
        'Valmentaja tapaa työnantajia vain hakemusten jättämisen yhteydessä tai harvoin.',
        'Arbetstränaren träffar arbetsgivare bara när ansökningar lämnas in, eller sällan.',
        'The job coach meets employers only when handing in applications, or rarely.',
      ],
      5: [
        'Useita suunniteltuja käyntejä: valmentaja oppii työnantajan tarpeet, kertoo palvelusta ja kuvaa asiakkaan ' +
          'vahvuuksia, jotka sopivat työnantajalle.',
        'Flera planerade besök: arbetstränaren lär sig arbetsgivarens behov, berättar om tjänsten och beskriver ' +
          'klientens styrkor som passar arbetsgivaren.',
        'Several planned visits: the job coach learns the employer’s needs, explains the service and describes the ' +
          'client’s strengths that fit the employer.',
      ],
    },
  },
  19: {
    name: ['Työtehtävien monipuolisuus', 'Olika slags arbeten', 'Diversity of job types'],
    criterion: [
      'Valmentajat auttavat asiakkaita erityyppisiin töihin.',
      'Arbetstränarna hjälper klienterna till olika slags arbeten.',
      'Job coaches help clients into different types of jobs.',
    ],
    anchors: {
      1: diverse(under(50)),
      2: diverse(span('50–59')),
      3: diverse(span('60–69')),
      4: diverse(span('70–84')),
      5: diverse(span('85–100')),
    },
  },
  20: {
    name: ['Työnantajien monipuolisuus', 'Olika arbetsgivare', 'Diversity of employers'],
    criterion: [
      'Valmentajat auttavat asiakkaita töihin eri työnantajille.',
      'Arbetstränarna hjälper klienterna till arbete hos olika arbetsgivare.',
      'Job coaches help clients into jobs with different employers.',
    ],
    anchors: {
      1: employers(under(50)),
      2: employers(span('50–59')),
      3: employers(span('60–69')),
      4: employers(span('70–84')),
      5: employers(span('85–100')),
    },
  },
  21: {
    name: ['Kilpailulliset työpaikat', 'Konkurrensutsatta arbeten', 'Competitive jobs'],
    criterion: [
      'Työt ovat pysyviä töitä avoimilla työmarkkinoilla: kenen tahansa haettavissa, vähintään vähimmäispalkka tai ' +
        'työtovereiden palkka, ei erikseen varattuja eikä määräaikaisia välitystöitä.',
      'Arbetena är varaktiga arbeten på den öppna arbetsmarknaden: vem som helst kan söka dem, lönen är minst ' +
        'minimilönen eller arbetskamraternas lön, och de är inte särskilt reserverade eller tidsbundna ' +
        'bemanningsjobb.',
      'The jobs are permanent jobs on the open labour market: open to anyone, paid at least the minimum wage or ' +
        'what co-workers earn, not set aside and not temporary agency jobs.',
    ],
    anchors: {
      1: jobs(under(65), 'kilpailullisia', 'är konkurrensutsatta', 'are competitive'),
      2: jobs(span('65–74'), 'kilpailullisia', 'är konkurrensutsatta', 'are competitive'),
      3: jobs(span('75–84'), 'kilpailullisia', 'är konkurrensutsatta', 'are competitive'),
      4: jobs(span('85–94'), 'kilpailullisia', 'är konkurrensutsatta', 'are competitive'),
      5: [
        'Vähintään 95 % töistä on kilpailullisia.',
        'Minst 95 % av arbetena är konkurrensutsatta.',
        '95% or more of the jobs are competitive.',
      ],
    },
  },
  22: {
    name: ['Yksilöllinen tuki työssä', 'Individuellt stöd i arbetet', 'Individualized follow-along supports'],
    criterion: [
      'Tuki työssä vaihtelee työn, toiveiden, työhistorian ja tarpeiden mukaan.',
      'Stödet i arbetet varierar med arbetet, önskemålen, arbetshistorien och behoven.',
      'Support in work varies with the job, the client’s wishes, work history and needs.',
    ],
    anchors: {
      1: [
        'Useimmat asiakkaat eivät saa tukea työn aloittamisen jälkeen.',
        'De flesta klienter får inget stöd efter att arbetet har börjat.',
        'Most clients get no support once the job has started.',
      ],
      5: [
        'Monipuolista tukea tiimiltä, läheisiltä, työtovereilta ja valmentajalta; työnantajaa tuetaan pyydettäessä; ' +
          'apua urakehitykseen.',
        'Mångsidigt stöd från teamet, närstående, arbetskamrater och arbetstränaren; arbetsgivaren får stöd på ' +
          'begäran; hjälp med karriärutveckling.',
        'Varied support from the team, family, co-workers and the job coach; the employer is supported on request; ' +
          'help with career development.',
      ],
    },
  },
  23: {
    name: ['Ajallisesti rajaamaton tuki', 'Tidsobegränsat stöd', 'Time-unlimited follow-along supports'],
    criterion: [
      'Tuki työssä jatkuu niin kauan kuin asiakas sitä tarvitsee ja haluaa.',
      'Stödet i arbetet fortsätter så länge klienten behöver och vill ha det.',
      'Support in work goes on as long as the client needs and wants it.',
    ],
    anchors: {
      1: [
        'Ei yhteydenpitoa ensimmäisen työkuukauden jälkeen.',
        'Ingen kontakt efter den första månaden i arbetet.',
        'No contact after the first month in work.',
      ],
      5: [
        'Kasvokkainen tapaaminen viikon sisällä ennen työn alkua, 3 päivän sisällä aloituksesta, viikoittain ' +
          'ensimmäisen kuukauden ajan ja vähintään kuukausittain vähintään vuoden; tuki siirtyy vähitellen ' +
          'mielenterveystyöntekijälle; yhteys 3 päivän sisällä työn päättymisestä.',
        'Personligt möte inom en vecka före arbetets början, inom 3 dagar från starten, varje vecka under den första ' +
          'månaden och minst en gång i månaden i minst ett år; stödet övergår gradvis till personalen inom ' +
          'mentalvården; kontakt inom 3 dagar efter att arbetet upphört.',
        'A face-to-face meeting within a week before the job starts, within 3 days of the start, weekly in the first ' +
          'month and at least monthly for a year or more; support passes gradually to mental health staff; contact ' +
          'within 3 days of a job ending.',
      ],
    },
  },
  24: {
    name: ['Palvelut yhteisössä', 'Arbete ute i samhället', 'Community-based services'],
    criterion: [
      'Valmentajat tekevät työtään pääosin toimiston ulkopuolella.',
      'Arbetstränarna arbetar till största delen utanför kontoret.',
      'Job coaches work mostly outside the office.',
    ],
    anchors: {
      1: [
        'Enintään 10 % sovitusta työajasta yhteisössä.',
        'Högst 10 % av den avtalade arbetstiden ute i samhället.',
        '10% or less of scheduled work time in the community.',
      ],
      5: [
        'Vähintään 65 % sovitusta työajasta yhteisössä.',
        'Minst 65 % av den avtalade arbetstiden ute i samhället.',
        '65% or more of scheduled work time in the community.',
      ],
    },
  },
  25: {
    name: [
      'Aktiivinen yhteydenpito ja tavoittaminen',
      'Aktiv kontakt och uppsökande arbete',
      'Assertive engagement and outreach by integrated team',
    ],
    criterion: [
      'Kuusi keinoa: asiakkuutta ei päätetä poisjääntien tai kiinteän määräajan vuoksi; tavoitteluyritykset ' +
        'kirjataan; tiimin jäsenet osallistuvat tavoittamiseen; useita koti- tai lähiympäristökäyntejä; käynnit ' +
        'sovitetaan yhteen tiimin kanssa; yhteys läheisiin tarvittaessa.',
      'Sex sätt: tjänsten avslutas inte på grund av uteblivna besök eller en fast tidsgräns; försöken att nå ' +
        'klienten antecknas; teamets medlemmar deltar i att nå klienten; flera hembesök eller besök i ' +
        'närmiljön; besöken samordnas med teamet; kontakt med närstående vid behov.',
      'Six means: the service is not ended for missed appointments or a fixed time limit; attempts to reach the ' +
        'client are recorded; team members take part in outreach; several home or community visits; visits are ' +
        'coordinated with the team; contact with family when needed.',
    ],
    anchors: countedAnchors(
      ['Enintään kaksi keinoa on käytössä.', 'Högst två sätt används.', 'Two means or fewer are used.'],
      ['Kaikki kuusi keinoa ovat käytössä.', 'Alla sex sätt används.', 'All six means are used.'],
      [
        ['Kolme keinoa on käytössä.', 'Tre sätt används.', 'Three means are used.'],
        ['Neljä keinoa on käytössä.', 'Fyra sätt används.', 'Four means are used.'],
        ['Viisi keinoa on käytössä.', 'Fem sätt används.', 'Five means are used.'],
      ],
    ),
  },
}
