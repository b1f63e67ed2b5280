import type { FormTextTable } from '../form-texts'

/** The education-plan form's own texts: [Finnish, Swedish, English] (shared ones are in common.ts). */
export const educationPlanTexts: FormTextTable = {
  title: ['Opintoihin liittyvä suunnitelma', 'Plan för studier', 'Education plan'],
  purpose: [
    'Kun tavoitteena on opiskelu: koulutuksen valinta, haku, rahoitus, opintoja tukevat järjestelyt ja konkreettiset askeleet.',
    'När målet är studier: val av utbildning, ansökan, finansiering, arrangemang som stöder studierna och konkreta steg.',
    'When the goal is to study: choice of education, applying, funding, arrangements that support studying, and concrete steps.',
  ],
  'sections.goal.heading': ['Koulutustavoite', 'Utbildningsmål', 'Education goal'],
  'fields.educationGoal.label': [
    'Koulutustavoite omin sanoin',
    'Utbildningsmål med egna ord',
    'Education goal in their own words',
  ],
  'fields.educationType.label': ['Koulutuksen tyyppi', 'Typ av utbildning', 'Type of education'],
  'fields.educationType.options.basic-certificate.label': [
    'Perusopetuksen päättötodistus',
    'Avgångsbetyg från den grundläggande utbildningen',
    'Basic education certificate',
  ],
  'fields.educationType.options.upper-secondary.label': ['Lukio', 'Gymnasium', 'General upper secondary school'],
  'fields.educationType.options.vocational.label': [
    'Ammatillinen perustutkinto',
    'Yrkesinriktad grundexamen',
    'Vocational qualification',
  ],
  'fields.educationType.options.further-vocational.label': [
    'Ammatti- tai erikoisammattitutkinto',
    'Yrkesexamen eller specialyrkesexamen',
    'Further or specialist vocational qualification',
  ],
  'fields.educationType.options.open-studies.label': [
    'Avoin AMK tai yliopisto',
    'Öppen YH eller öppet universitet',
    'Open university of applied sciences or open university',
  ],
  'fields.educationType.options.short-course.label': [
    'Lyhytkurssi tai kortti',
    'Kort kurs eller kort',
    'Short course or card',
  ],
  'fields.institutionAndProgramme.label': [
    'Oppilaitos ja koulutusohjelma',
    'Läroanstalt och utbildningsprogram',
    'Institution and programme',
  ],
  'sections.application.heading': ['Haku', 'Ansökan', 'Applying'],
  'fields.applicationRoute.label': ['Hakutapa', 'Ansökningssätt', 'How to apply'],
  'fields.applicationRoute.options.joint-application.label': ['Yhteishaku', 'Gemensam ansökan', 'Joint application'],
  'fields.applicationRoute.options.continuous.label': [
    'Jatkuva haku',
    'Kontinuerlig ansökan',
    'Continuous application',
  ],
  'fields.applicationRoute.options.separate.label': ['Erillishaku', 'Separat ansökan', 'Separate application'],
  'fields.applicationRoute.options.open-studies.label': ['Avoin opetus', 'Öppen undervisning', 'Open studies'],
  'fields.applicationDeadline.label': ['Haku päättyy', 'Ansökningstiden går ut', 'Application deadline'],
  'sections.funding-supports.heading': [
    'Rahoitus ja tuki opinnoissa',
    'Finansiering och stöd under studierna',
    'Funding and support during studies',
  ],
  'fields.funding.label': ['Rahoitus', 'Finansiering', 'Funding'],
  'fields.funding.options.kela-rehabilitation.label': [
    'Kelan kuntoutusraha (ammatillinen kuntoutus)',
    'FPA:s rehabiliteringspenning (yrkesinriktad rehabilitering)',
    'Kela rehabilitation allowance (vocational rehabilitation)',
  ],
  'fields.funding.options.unemployment-benefit.label': [
    'Työttömyysetuudella tuettu omaehtoinen opiskelu',
    'Frivilliga studier med stöd av arbetslöshetsförmån',
    'Self-motivated studies supported by unemployment benefit',
  ],
  'fields.funding.options.own.label': ['Oma rahoitus', 'Egen finansiering', 'Own funding'],
  'fields.funding.help': [
    'Selvitä etuusneuvonnassa, miten opiskelu vaikuttaa etuuksiin.',
    'Utred i förmånsrådgivningen hur studierna inverkar på förmånerna.',
    'Check in benefits advice how studying affects benefits.',
  ],
  'fields.studySupports.label': [
    'Opintoja tukevat järjestelyt',
    'Arrangemang som stöder studierna',
    'Arrangements that support studying',
  ],
  'fields.studySupports.options.accessibility-contact.label': [
    'Erityisen tuen tai esteettömyyden yhteyshenkilö',
    'Kontaktperson för särskilt stöd eller tillgänglighet',
    'Contact person for special support or accessibility',
  ],
  'fields.studySupports.options.individual-arrangements.label': [
    'Yksilölliset järjestelyt (esim. lisäaika kokeissa)',
    'Individuella arrangemang (t.ex. extra tid vid prov)',
    'Individual arrangements (e.g. extra time in exams)',
  ],
  'fields.studySupports.options.study-plan.label': [
    'Henkilökohtainen opintosuunnitelma (HOKS / HOPS)',
    'Personlig studieplan (PUK / PSP)',
    'Personal study plan (HOKS / HOPS)',
  ],
  'fields.studySupports.options.tutor.label': [
    'Tutor tai opinto-ohjaaja',
    'Tutor eller studiehandledare',
    'Tutor or study counsellor',
  ],
  'fields.studySupports.options.time-management.label': [
    'Ajanhallinnan tuki',
    'Stöd med tidshantering',
    'Support with time management',
  ],
  'fields.studySupports.options.student-health.label': [
    'Opiskeluterveydenhuolto',
    'Studerandehälsovård',
    'Student health care',
  ],
  'fields.studySupports.options.peer-support.label': ['Vertaistuki', 'Kamratstöd', 'Peer support'],
  'fields.disclosureToInstitution.label': [
    'Kertominen oppilaitokselle',
    'Att berätta för läroanstalten',
    'Telling the institution',
  ],
  'fields.disclosureToInstitution.options.no-disclosure.label': [
    'Oppilaitokselle ei kerrota terveydestä',
    'Inget berättas om hälsan för läroanstalten',
    'Nothing about health is told to the institution',
  ],
  'fields.disclosureToInstitution.options.general.label': [
    'Kerrotaan yleisellä tasolla tuen tarpeesta',
    'Stödbehovet berättas på ett allmänt plan',
    'The need for support is told in general terms',
  ],
  'fields.disclosureToInstitution.options.specified.label': [
    'Kerrotaan tarkemmin sovittu sisältö',
    'Det närmare överenskomna innehållet berättas',
    'The content agreed in more detail is told',
  ],
  'fields.disclosureToInstitution.options.undecided.label': [
    'Ei vielä päätetty',
    'Inte ännu bestämt',
    'Not decided yet',
  ],
  'fields.disclosureToInstitution.help': [
    'Oppilaitokselle kerrotaan vain asiakkaan suostumuksella.',
    'Läroanstalten får veta något bara med klientens samtycke.',
    "The institution is told only with the client's consent.",
  ],
  'sections.status.heading': ['Opintojen tila', 'Studiernas status', 'Status of studies'],
  'fields.studyStatus.label': ['Tila', 'Status', 'Status'],
  'fields.studyStatus.options.applied.label': ['Hakenut', 'Har sökt', 'Applied'],
  'fields.studyStatus.options.accepted.label': ['Hyväksytty', 'Antagen', 'Accepted'],
  'fields.studyStatus.options.started.label': ['Aloittanut', 'Har börjat', 'Started'],
  'fields.studyStatus.options.paused.label': ['Tauolla', 'Paus', 'On a break'],
  'fields.studyStatus.options.interrupted.label': ['Keskeyttänyt', 'Har avbrutit', 'Discontinued'],
  'fields.studyStatus.options.graduated.label': ['Valmistunut', 'Utexaminerad', 'Completed'],
  'fields.statusDate.label': ['Tilanne päivitetty', 'Situationen uppdaterad', 'Status updated'],
  'fields.startDate.label': [
    'Opinnot alkoivat (toteutunut)',
    'Studierna började (genomfört)',
    'Studies started (actual)',
  ],
}
