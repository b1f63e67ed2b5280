import type { FormTextTable } from '../form-texts'

/** The cooperation-agreement form's own texts: [Finnish, Swedish, English] (shared ones are in common.ts). */
export const cooperationAgreementTexts: FormTextTable = {
  title: [
    'Työhönvalmennuksen aloittaminen – yhteistyösopimus ja suostumukset',
    'Start av arbetsträning – samarbetsavtal och samtycken',
    'Starting job coaching – cooperation agreement and consents',
  ],
  purpose: [
    'Sovitaan valmennuksen tavoitteet, työnjako, yhteydenpito ja päättäminen sekä tietojen vaihdon suostumukset taho kerrallaan.',
    'Man kommer överens om arbetsträningens mål, arbetsfördelning, kontakt och avslutning samt om samtycken till informationsutbyte, en part i taget.',
    'Agreeing the goals of the coaching, who does what, keeping in touch and ending, and the consents to share information, one party at a time.',
  ],
  'signers.care-team.label': [
    'Hoitotahon yhteyshenkilö',
    'Kontaktperson inom vården',
    'Contact person at the care provider',
  ],
  'sections.start.heading': [
    'Valmennuksen aloitus ja tavoite',
    'Start och mål för arbetsträningen',
    'Start and goal of the coaching',
  ],
  'fields.entryDate.label': ['Valmennuksen aloituspäivä', 'Arbetsträningens startdatum', 'Start date of the coaching'],
  'fields.entryDate.help': [
    'Ensimmäisen työnantajakontaktin tavoite on 30 päivän kuluessa tästä päivästä.',
    'Målet är den första kontakten med en arbetsgivare inom 30 dagar från detta datum.',
    'The aim is a first employer contact within 30 days of this date.',
  ],
  'fields.clientGoal.label': [
    'Asiakkaan tavoite omin sanoin',
    'Klientens mål med egna ord',
    "The client's goal in their own words",
  ],
  'fields.goalTypes.label': ['Tavoitteen tyyppi', 'Typ av mål', 'Type of goal'],
  'fields.goalTypes.options.competitive-work.label': [
    'Palkkatyö avoimilla työmarkkinoilla',
    'Avlönat arbete på den öppna arbetsmarknaden',
    'Paid work in the open labour market',
  ],
  'fields.goalTypes.options.keep-job.label': [
    'Nykyisen työpaikan säilyttäminen',
    'Att behålla den nuvarande arbetsplatsen',
    'Keeping the current job',
  ],
  'fields.goalTypes.options.study.label': ['Opiskelu', 'Studier', 'Studies'],
  'fields.goalTypes.options.finish-degree.label': [
    'Tutkinnon loppuun saattaminen',
    'Att slutföra en examen',
    'Completing a degree',
  ],
  'sections.roles.heading': [
    'Työnjako ja sitoumukset',
    'Arbetsfördelning och åtaganden',
    'Who does what, and commitments',
  ],
  'fields.principlesExplained.label': [
    'IPS-työhönvalmennuksen periaatteet on käyty läpi',
    'Principerna för IPS-arbetsträning har gåtts igenom',
    'The principles of IPS job coaching have been gone through',
  ],
  'fields.coachResponsibilities.label': [
    'Työhönvalmentajan tehtävät',
    'Arbetstränarens uppgifter',
    "The job coach's tasks",
  ],
  'fields.careTeamResponsibilities.label': [
    'Hoitotahon tehtävät',
    'Vårdenhetens uppgifter',
    "The care provider's tasks",
  ],
  'fields.clientCommitments.label': ['Asiakkaan sitoumukset', 'Klientens åtaganden', "The client's commitments"],
  'fields.clientCommitments.help': [
    'Kirjaa myönteisesti, mitä asiakas itse haluaa tehdä. Ei sanktioita: valmennus ei pääty poissaoloihin.',
    'Skriv positivt vad klienten själv vill göra. Inga sanktioner: arbetsträningen avslutas inte på grund av frånvaro.',
    'Write positively what the client wants to do. No sanctions: coaching does not end because of missed meetings.',
  ],
  'sections.contact.heading': ['Yhteydenpito', 'Kontakt', 'Keeping in touch'],
  'fields.meetingPlaceAndFrequency.label': [
    'Tapaamisten paikka ja tiheys',
    'Plats och frekvens för mötena',
    'Place and frequency of meetings',
  ],
  'fields.meetingPlaceAndFrequency.help': [
    'IPS-valmennus tapahtuu pääosin toimiston ulkopuolella, asiakkaan arjessa.',
    'IPS-arbetsträningen sker i huvudsak utanför kontoret, i klientens vardag.',
    "IPS coaching mostly takes place outside the office, in the client's everyday life.",
  ],
  'fields.contactChannels.label': ['Yhteydenpitotavat', 'Sätt att hålla kontakt', 'Ways of keeping in touch'],
  'fields.contactChannels.options.phone.label': ['Puhelin', 'Telefon', 'Phone'],
  'fields.contactChannels.options.email.label': ['Sähköposti', 'E-post', 'Email'],
  'fields.contactChannels.options.secure-message.label': ['Suojattu viesti', 'Skyddat meddelande', 'Secure message'],
  'fields.contactChannels.options.video.label': ['Videotapaaminen', 'Videomöte', 'Video meeting'],
  'fields.contactLostPlan.label': [
    'Toiminta, jos yhteys katkeaa',
    'Vad som görs om kontakten bryts',
    'What to do if contact is lost',
  ],
  'fields.familyInvolved.label': [
    'Läheinen osallistuu valmennukseen',
    'En närstående deltar i arbetsträningen',
    'A family member or friend takes part in the coaching',
  ],
  'fields.familyMember.label': [
    'Läheisen nimi ja yhteystiedot',
    'Den närståendes namn och kontaktuppgifter',
    'Name and contact details of the family member or friend',
  ],
  'sections.closure-privacy.heading': [
    'Päättäminen ja tietosuoja',
    'Avslutning och dataskydd',
    'Ending and data protection',
  ],
  'fields.closureRulesExplained.label': [
    'Valmennuksen päättymisen perusteet on käyty läpi',
    'Grunderna för att avsluta arbetsträningen har gåtts igenom',
    'The grounds for ending the coaching have been gone through',
  ],
  'fields.privacyNoticeGiven.label': [
    'Tietosuojaseloste on annettu asiakkaalle',
    'Dataskyddsbeskrivningen har getts till klienten',
    'The privacy notice has been given to the client',
  ],
  'sections.closure-privacy.print.intro': [
    'Valmennuksen tiedot kirjataan rekisterinpitäjän asiakasrekisteriin. Asiakkaalla on oikeus saada tietää, mitä tietoja hänestä on kirjattu, ja pyytää virheellisen tiedon korjaamista. Tietosuojaseloste kertoo tarkemmin, miten tietoja käsitellään.',
    'Uppgifterna om arbetsträningen förs in i den personuppgiftsansvariges klientregister. Klienten har rätt att få veta vilka uppgifter som har antecknats om hen och att be att felaktiga uppgifter rättas. Dataskyddsbeskrivningen berättar närmare hur uppgifterna behandlas.',
    "The coaching is recorded in the controller's client register. The client has the right to know what has been recorded about them and to ask for wrong information to be corrected. The privacy notice tells more about how the information is handled.",
  ],
  'fields.controller.label': ['Rekisterinpitäjä', 'Personuppgiftsansvarig', 'Controller'],
  'fields.controller.help': [
    'Hyvinvointialue tai muu organisaatio, jonka asiakasrekisteriin valmennuksen tiedot kirjataan. Tulee Asetuksista.',
    'Välfärdsområdet eller en annan organisation i vars klientregister uppgifterna om arbetsträningen förs. Kommer från Inställningar.',
    'The wellbeing services county or other organisation whose client register the coaching is recorded in. Comes from Settings.',
  ],
  'sections.consents.heading': [
    'Suostumukset tietojen vaihtoon',
    'Samtycken till informationsutbyte',
    'Consents to share information',
  ],
  'sections.consents.help': [
    'Yksi rivi kutakin tahoa kohden. Suostumus on vapaaehtoinen, yksilöity ja tietoinen, ja sen voi peruuttaa milloin tahansa. Terveystiedot ja diagnoosi on rastitettava erikseen. Myös kieltäytyminen kirjataan.',
    'En rad för varje part. Samtycket är frivilligt, specificerat och informerat, och det kan återkallas när som helst. Hälsouppgifter och diagnos ska kryssas för separat. Också ett nej antecknas.',
    'One row for each party. Consent is voluntary, specific and informed, and it can be withdrawn at any time. Health information and diagnosis must be ticked separately. A refusal is recorded too.',
  ],
  'sections.consents.print.intro': [
    'Suostumus on vapaaehtoinen. Asiakas päättää jokaisesta tahosta erikseen, eikä kieltäytyminen vaikuta valmennukseen eikä hoitoon. Terveystietoja ja diagnoosia luovutetaan vain, jos ne on mainittu suostumuksessa. Asiakas voi peruuttaa suostumuksen milloin tahansa kertomalla siitä työhönvalmentajalle puhelimessa, sähköpostilla tai tapaamisessa. Peruutus kirjataan päivämäärineen, eikä tietoja sen jälkeen luovuteta eikä pyydetä.',
    'Samtycket är frivilligt. Klienten bestämmer om varje part för sig, och ett nej påverkar varken arbetsträningen eller vården. Hälsouppgifter och diagnos lämnas ut bara om de nämns i samtycket. Klienten kan när som helst återkalla sitt samtycke genom att säga det till arbetstränaren per telefon, per e-post eller vid en träff. Återkallandet antecknas med datum, och därefter lämnas eller begärs inga uppgifter.',
    'Consent is voluntary. The client decides on each party separately, and saying no does not affect the coaching or the care. Health information and diagnosis are given only if the consent names them. The client can withdraw a consent at any time by telling the job coach by phone, by email or at a meeting. The withdrawal is recorded with its date, and after it no information is given or asked for.',
  ],
  'fields.consents.label': ['Suostumukset', 'Samtycken', 'Consents'],
  'fields.consents.addLabel': ['Lisää suostumus', 'Lägg till samtycke', 'Add a consent'],
  'fields.consents.rowLabel': ['Suostumus', 'Samtycke', 'Consent'],
  'fields.employerDisclosure.label': [
    'Yhteydenotot työnantajiin asiakkaan puolesta',
    'Kontakter med arbetsgivare för klientens räkning',
    "Contacting employers on the client's behalf",
  ],
  'fields.employerDisclosure.help': [
    'Työhönvalmentajan yhteydenotto työnantajaan kertoo jo, että asiakas saa tukea. Päätöstä voi muuttaa.',
    'Redan att arbetstränaren kontaktar arbetsgivaren visar att klienten får stöd. Beslutet kan ändras.',
    'A job coach contacting the employer already shows that the client gets support. The decision can be changed.',
  ],
  'fields.secondMeetingWithNurse.label': [
    'Toinen aloitustapaaminen pidettiin yhdessä hoitotahon sairaanhoitajan kanssa',
    'Det andra startmötet hölls tillsammans med en sjukskötare från vårdenheten',
    'The second first-stage meeting was held together with a nurse from the care provider',
  ],
  'fields.secondMeetingWithNurse.help': [
    'IPS-mallissa aloitusvaiheen toinen tapaaminen pidetään yhdessä asiakkaan omahoitajan kanssa.',
    'I IPS-modellen hålls det andra mötet i startskedet tillsammans med klientens egenskötare.',
    "In the IPS model, the second meeting of the starting phase is held together with the client's named nurse.",
  ],
  'fields.secondMeetingDate.label': [
    'Yhteisen tapaamisen päivämäärä',
    'Datum för det gemensamma mötet',
    'Date of the joint meeting',
  ],
  'fields.secondMeetingNurse.label': ['Sairaanhoitaja', 'Sjukskötare', 'Nurse'],
  'fields.voluntaryNoSanctions.label': [
    'Asiakkaalle on kerrottu, että työhönvalmennus on vapaaehtoista: siitä kieltäytyminen tai sen keskeyttäminen ei vaikuta etuuksiin eikä aiheuta seuraamuksia',
    'Klienten har fått veta att arbetsträningen är frivillig: att tacka nej till den eller avbryta den inverkar inte på förmåner och medför inga påföljder',
    'The client has been told that job coaching is voluntary: refusing or stopping it does not affect benefits and has no consequences',
  ],
  'sections.service-network.heading': [
    'Asiakkaan palveluverkosto',
    'Klientens servicenätverk',
    "The client's service network",
  ],
  'sections.service-network.help': [
    'Tahot, joiden kanssa asiakas on asioinut tai joiden kanssa valmennuksessa tehdään yhteistyötä.',
    'Parter som klienten har varit i kontakt med eller som arbetsträningen samarbetar med.',
    'Parties the client has dealt with or that the coaching works together with.',
  ],
  'fields.serviceNetwork.label': ['Palveluverkosto', 'Servicenätverk', 'Service network'],
  'fields.serviceNetwork.options.employment-services.label': [
    'Työvoimaviranomainen (kunta / työllisyysalue)',
    'Arbetskraftsmyndighet (kommun / sysselsättningsområde)',
    'Employment authority (municipality / employment area)',
  ],
  'fields.serviceNetwork.options.typ.label': [
    'Työllisyyttä edistävä monialainen yhteispalvelu (TYP)',
    'Sektorsövergripande samservice som främjar sysselsättningen (TYP)',
    'Multisectoral joint service promoting employment (TYP)',
  ],
  'fields.serviceNetwork.options.housing-services.label': ['Asumispalvelut', 'Boendeservice', 'Housing services'],
  'fields.serviceNetwork.options.kela-rehabilitation.label': [
    'Kelan kuntoutus (esim. Nuotti-valmennus, TEAK)',
    'FPA:s rehabilitering (t.ex. Nuotti-coachning, TEAK)',
    'Kela rehabilitation (e.g. Nuotti coaching, TEAK)',
  ],
  'fields.serviceNetwork.options.social-services.label': ['Sosiaalipalvelut', 'Socialtjänster', 'Social services'],
  'fields.serviceNetwork.options.guardian.label': ['Edunvalvoja', 'Intressebevakare', 'Guardian'],
  'fields.serviceNetworkDetails.label': [
    'Yhteyshenkilöt ja lisätiedot',
    'Kontaktpersoner och tilläggsuppgifter',
    'Contact persons and further details',
  ],
}
