import { FIVE_ELEMENTS, type FidelityItemTextTable } from './types'

/** IPS-25 items 1–11 (staffing, organisation): [Finnish, Swedish, English]. Terms: docs/glossary.md. */
export const staffingAndOrganizationTexts: FidelityItemTextTable = {
  1: {
    name: ['Asiakasmäärä valmentajaa kohden', 'Antal klienter per arbetstränare', 'Caseload size'],
    criterion: [
      'Jokaisella työhönvalmentajalla on oma asiakasmäärä. Kokoaikaisella valmentajalla on enintään 20 aktiivista ' +
        'asiakasta (työnhaussa ja työssä tuettavat yhteensä).',
      'Varje arbetstränare har egna klienter. En arbetstränare på heltid har högst 20 aktiva klienter (de som söker ' +
        'arbete och de som får stöd i arbetet sammanlagt).',
      'Each job coach has their own caseload. A full-time job coach has at most 20 active clients (those looking ' +
        'for work and those supported in work together).',
    ],
    anchors: {
      1: [
        '41 tai enemmän asiakasta valmentajaa kohden.',
        '41 eller fler klienter per arbetstränare.',
        '41 or more clients per job coach.',
      ],
      2: ['31–40 asiakasta valmentajaa kohden.', '31–40 klienter per arbetstränare.', '31–40 clients per job coach.'],
      3: ['26–30 asiakasta valmentajaa kohden.', '26–30 klienter per arbetstränare.', '26–30 clients per job coach.'],
      4: ['21–25 asiakasta valmentajaa kohden.', '21–25 klienter per arbetstränare.', '21–25 clients per job coach.'],
      5: [
        'Enintään 20 asiakasta valmentajaa kohden.',
        'Högst 20 klienter per arbetstränare.',
        '20 or fewer clients per job coach.',
      ],
    },
  },
  2: {
    name: ['Vain työhönvalmennustehtäviä', 'Endast arbetsträning', 'Employment services staff'],
    criterion: [
      'Työhönvalmentajat tekevät vain työhönvalmennusta.',
      'Arbetstränarna arbetar endast med arbetsträning.',
      'Job coaches provide only employment services.',
    ],
    anchors: {
      1: [
        'Muuta kuin työhönvalmennusta (esim. palveluohjausta) vähintään 80 % työajasta.',
        'Annat än arbetsträning (t.ex. servicehandledning) minst 80 % av arbetstiden.',
        'Other work than job coaching (e.g. case management) 80% of the time or more.',
      ],
      2: [
        'Muuta kuin työhönvalmennusta noin 60 % työajasta.',
        'Annat än arbetsträning ungefär 60 % av arbetstiden.',
        'Other work than job coaching about 60% of the time.',
      ],
      3: [
        'Muuta kuin työhönvalmennusta noin 40 % työajasta.',
        'Annat än arbetsträning ungefär 40 % av arbetstiden.',
        'Other work than job coaching about 40% of the time.',
      ],
      4: [
        'Muuta kuin työhönvalmennusta noin 20 % työajasta.',
        'Annat än arbetsträning ungefär 20 % av arbetstiden.',
        'Other work than job coaching about 20% of the time.',
      ],
      5: [
        'Työhönvalmentajat tekevät vain työhönvalmennusta.',
        'Arbetstränarna arbetar endast med arbetsträning.',
        'Job coaches provide only employment services.',
      ],
    },
  },
  3: {
    name: ['Valmentaja vastaa kaikista vaiheista', 'Arbetstränarens helhetsansvar', 'Vocational generalists'],
    criterion: [
      'Sama työhönvalmentaja hoitaa kaikki vaiheet: aloituksen, sitouttamisen, arvioinnin, työpaikan löytämisen, ' +
        'valmennuksen työssä ja tuen työsuhteen aikana.',
      'Samma arbetstränare sköter alla skeden: starten, engagemanget, bedömningen, att hitta ett arbete, ' +
        'handledningen i arbetet och stödet under anställningen.',
      'The same job coach carries out every phase: intake, engagement, assessment, job placement, job coaching and ' +
        'follow-along support.',
    ],
    anchors: {
      1: [
        'Valmentaja vain ohjaa asiakkaita muille palveluntuottajille.',
        'Arbetstränaren hänvisar bara klienterna till andra serviceproducenter.',
        'The job coach only refers clients to other providers.',
      ],
      2: [
        'Valmentajalla on oma asiakasmäärä, mutta hän ohjaa asiakkaat muualle työhönvalmennukseen.',
        'Arbetstränaren har egna klienter men hänvisar dem till arbetsträning på annat håll.',
        'The job coach has a caseload but refers clients elsewhere for job coaching.',
      ],
      3: [
        'Valmentaja hoitaa yhden vaiheen (esim. arvioinnin tai työnhaun).',
        'Arbetstränaren sköter ett skede (t.ex. bedömningen eller jobbsökningen).',
        'The job coach carries out one phase (e.g. assessment or job search).',
      ],
      4: [
        'Valmentaja hoitaa kaksi tai useampia vaiheita mutta ei koko palvelua.',
        'Arbetstränaren sköter två eller flera skeden men inte hela tjänsten.',
        'The job coach carries out two or more phases but not the whole service.',
      ],
      5: [
        'Valmentaja hoitaa kaikki vaiheet aloituksesta työsuhteen aikaiseen tukeen.',
        'Arbetstränaren sköter alla skeden, från starten till stödet under anställningen.',
        'The job coach carries out every phase, from intake to follow-along support.',
      ],
    },
  },
  4: {
    name: [
      'Integraatio: kuuluminen hoitotiimiin',
      'Integrering: medlem i vårdteamet',
      'Integration of rehabilitation with mental health treatment through team assignment',
    ],
    criterion: [
      'Työhönvalmentaja kuuluu yhteen tai kahteen mielenterveystyön tiimiin, joista asiakkaat tulevat.',
      'Arbetstränaren hör till ett eller två mentalvårdsteam som klienterna kommer från.',
      'The job coach is part of one or two mental health treatment teams that the clients come from.',
    ],
    anchors: {
      1: [
        'Työhönvalmennus on erillinen ohjelma, jota ei ole liitetty hoitotiimeihin.',
        'Arbetsträningen är ett separat program som inte är knutet till vårdteamen.',
        'Job coaching is a separate programme, not attached to the treatment teams.',
      ],
      5: [
        'Valmentaja kuuluu 1–2 mielenterveystiimiin, joista vähintään 90 % hänen asiakkaistaan tulee.',
        'Arbetstränaren hör till 1–2 mentalvårdsteam, från vilka minst 90 % av arbetstränarens klienter kommer.',
        'The job coach belongs to 1–2 mental health teams that refer at least 90% of their clients.',
      ],
    },
  },
  5: {
    name: [
      'Integraatio: säännöllinen yhteistyö hoitotiimin kanssa',
      'Integrering: regelbundet samarbete med vårdteamet',
      'Integration of rehabilitation with mental health treatment through frequent team contact',
    ],
    criterion: [
      'Viisi osatekijää: viikoittaiset tiimikokoukset asiakkaiden työllistymisestä; yhteinen päätöksenteko; ' +
        'sama tai lähekkäinen toimitila; työllistymismerkinnät samassa asiakaskertomuksessa; valmentaja auttaa ' +
        'tiimiä miettimään työtä myös niille, joita ei ole vielä ohjattu valmennukseen.',
      'Fem delfaktorer: teammöten varje vecka om klienternas sysselsättning; gemensamma beslut; samma eller ' +
        'närliggande lokaler; anteckningar om arbete i samma klientjournal; arbetstränaren hjälper teamet att tänka ' +
        'på arbete också för dem som ännu inte hänvisats till arbetsträning.',
      'Five elements: weekly team meetings about clients’ employment; shared decision-making; the same or nearby ' +
        'offices; employment notes in the same client record; the job coach helps the team think about work also ' +
        'for those not yet referred to coaching.',
    ],
    anchors: FIVE_ELEMENTS,
  },
  6: {
    name: [
      'Yhteistyö työllisyys- ja kuntoutusviranomaisten kanssa',
      'Samarbete med sysselsättnings- och rehabiliteringsmyndigheterna',
      'Collaboration between employment specialists and vocational rehabilitation counselors',
    ],
    criterion: [
      'Valmentajat ja työllisyyspalvelujen, Kelan tai työeläkelaitoksen yhdyshenkilöt tapaavat säännöllisesti ja ' +
        'ovat tiiviisti yhteydessä yhteisistä asiakkaista.',
      'Arbetstränarna och kontaktpersonerna vid sysselsättningstjänsterna, FPA eller arbetspensionsanstalten träffas ' +
        'regelbundet och har tät kontakt om gemensamma klienter.',
      'Job coaches and the contact people of the employment services, Kela or the earnings-related pension ' +
        'provider meet regularly and keep in close touch about shared clients.',
    ],
    anchors: {
      1: [
        'Yhteydenpito harvemmin kuin neljännesvuosittain.',
        'Kontakt mer sällan än en gång i kvartalet.',
        'Contact less often than once a quarter.',
      ],
      5: [
        'Sovitut tapaamiset kasvokkain vähintään kuukausittain ja tiivis asiakaskohtainen yhteydenpito.',
        'Planerade personliga möten minst en gång i månaden och tät kontakt om enskilda klienter.',
        'Scheduled face-to-face meetings at least monthly and frequent contact about individual clients.',
      ],
    },
  },
  7: {
    name: ['IPS-tiimi', 'IPS-teamet', 'Vocational unit'],
    criterion: [
      'Valmentajat muodostavat tiimin, jolla on yhteinen tiiminvetäjä ja yhteinen työnohjaus.',
      'Arbetstränarna bildar ett team med en gemensam teamledare och gemensam handledning.',
      'The job coaches form a team with a shared team lead and shared supervision.',
    ],
    anchors: {
      1: [
        'Valmentajat eivät kuulu yhteiseen tiimiin.',
        'Arbetstränarna hör inte till ett gemensamt team.',
        'The job coaches are not part of a team.',
      ],
      5: [
        'Vähintään kaksi kokoaikaista valmentajaa ja tiiminvetäjä; viikoittainen asiakaslähtöinen ryhmätyönohjaus; ' +
          'työpaikkavinkit jaetaan; valmentajat sijaistavat toisiaan.',
        'Minst två arbetstränare på heltid och en teamledare; klientinriktad grupphandledning varje vecka; tips om ' +
          'jobb delas; arbetstränarna vikarierar för varandra.',
        'At least two full-time job coaches and a team lead; weekly client-based group supervision; job leads are ' +
          'shared; the coaches cover for each other.',
      ],
    },
  },
  8: {
    name: ['Tiiminvetäjän rooli', 'Teamledarens roll', 'Role of employment supervisor'],
    criterion: [
      'Viisi osatekijää: enintään 10 valmentajaa vetäjää kohden eikä muita esimiestehtäviä; viikoittainen ' +
        'asiakaslähtöinen työnohjaus; yhteydenpito mielenterveystiimien vetäjiin; kenttäperehdytys uusille ja tukea ' +
        'tarvitseville valmentajille; tulosten seuranta ja tavoitteiden asettaminen vähintään neljännesvuosittain.',
      'Fem delfaktorer: högst 10 arbetstränare per teamledare och inga andra chefsuppgifter; klientinriktad ' +
        'handledning varje vecka; kontakt med mentalvårdsteamens ledare; introduktion ute på fältet för nya ' +
        'arbetstränare och för dem som behöver stöd; uppföljning av resultaten och mål minst en gång i kvartalet.',
      'Five elements: at most 10 job coaches per team lead and no other management duties; weekly client-based ' +
        'supervision; contact with the leads of the mental health teams; field mentoring for new job coaches and ' +
        'those who need support; outcomes reviewed and goals set at least quarterly.',
    ],
    anchors: FIVE_ELEMENTS,
  },
  9: {
    name: ['Ei poissulkukriteerejä', 'Inga uteslutningskriterier', 'Zero exclusion criteria'],
    criterion: [
      'Kaikki työtä haluavat pääsevät valmennukseen.',
      'Alla som vill arbeta får arbetsträning.',
      'Everyone who wants to work can take part.',
    ],
    anchors: {
      1: [
        'Asiakkaita seulotaan pois virallisesti tai epävirallisesti.',
        'Klienter sållas bort, formellt eller informellt.',
        'Clients are screened out, formally or informally.',
      ],
      5: [
        'Ketään ei suljeta pois työvalmiuden, päihteiden käytön, oireiden, väkivaltahistorian, kognitiivisten ' +
          'vaikeuksien, hoitoon sitoutumisen tai ulkoisen olemuksen vuoksi; lähetteitä ei seulota; asiakas voi ' +
          'hakeutua itse; mielenterveystyöntekijät rohkaisevat työhön.',
        'Ingen utesluts på grund av arbetsberedskap, missbruk, symtom, våld i det förflutna, kognitiva svårigheter, ' +
          'följsamhet till vården eller yttre framtoning; remisser sållas inte; klienten kan söka sig till tjänsten ' +
          'själv; personalen inom mentalvården uppmuntrar till arbete.',
        'No one is excluded for job readiness, substance use, symptoms, history of violence, cognitive difficulties, ' +
          'treatment adherence or appearance; referrals are not screened; clients can refer themselves; mental ' +
          'health staff encourage work.',
      ],
    },
  },
  10: {
    name: [
      'Organisaation työllistymisfokus',
      'Organisationens fokus på arbete',
      'Agency focus on competitive employment',
    ],
    criterion: [
      'Organisaatio edistää työllistymistä avoimille työmarkkinoille usein eri keinoin.',
      'Organisationen främjar ofta och på olika sätt arbete på den öppna arbetsmarknaden.',
      'The organisation often promotes competitive work by several means.',
    ],
    anchors: {
      1: ['Enintään yksi keino on käytössä.', 'Högst ett sätt används.', 'One means or none is used.'],
      5: [
        'Useita keinoja: työstä kysytään alkuhaastattelussa ja vuosittaisissa suunnitelmissa; esitteitä ja ' +
          'ilmoituksia työstä on esillä; työtarinoita jaetaan; työllisyysaste mitataan vähintään ' +
          'neljännesvuosittain ja kerrotaan henkilöstölle.',
        'Flera sätt: arbete tas upp i första intervjun och i de årliga planerna; broschyrer och annonser om arbete ' +
          'finns framme; berättelser om arbete delas; sysselsättningsgraden mäts minst en gång i kvartalet och ' +
          'berättas för personalen.',
        'Several means: work is asked about at intake and in yearly plans; leaflets and notices about work are on ' +
          'display; work stories are shared; the employment rate is measured at least quarterly and shared with ' +
          'staff.',
      ],
    },
  },
  11: {
    name: ['Johdon tuki', 'Ledningens stöd', 'Executive team support for supported employment'],
    criterion: [
      'Viisi osatekijää: johto tuntee IPS-periaatteet; laadunvarmistus arvioi IPS-toiminnan (laatuarviointi ' +
        'puolivuosittain, hyvän tason jälkeen vuosittain); johdon edustaja osallistuu IPS-ohjausryhmään; johtaja ' +
        'viestii IPS:n tavoitteet henkilöstölle; IPS-vetäjä raportoi esteistä ja edistäjistä johdolle kahdesti vuodessa.',
      'Fem delfaktorer: ledningen känner till IPS-principerna; kvalitetssäkringen bedömer IPS-verksamheten ' +
        '(kvalitetsbedömning varje halvår, efter god nivå en gång om året); en representant för ledningen deltar i ' +
        'IPS-styrgruppen; chefen berättar om målen för IPS för personalen; IPS-ledaren rapporterar hinder och ' +
        'främjande faktorer till ledningen två gånger om året.',
      'Five elements: the executives know the IPS principles; quality assurance reviews the IPS service (a fidelity ' +
        'review every six months, yearly once fidelity is good); an executive takes part in the IPS steering group; ' +
        'the director tells staff about the goals of IPS; the IPS lead reports barriers and facilitators to the ' +
        'executives twice a year.',
    ],
    anchors: FIVE_ELEMENTS,
  },
}
