// The benefits engine explains itself in Finnish (src-main/benefits: its contract returns Finnish lines, and saved
// calculations keep them). These are the same sentences in Swedish and English, as templates: `{1:eur}` in the
// Finnish marks a value the Swedish and English put where their `{1}` is, in their own format. engine-text-in.ts
// matches a line against the Finnish templates; engine-phrases.test.ts runs the engine over many situations and fails
// on a line no template matches, listing it.
//
// Kinds of value: eur (1 234,50 €), pct (40 %), num (21,5), int (12), pension, benefit (a name from the lists below),
// reports (the places to report to, joined with "ja"), estimates (the estimated figures, joined with "; ").
// Terms: FPA's and the pension providers' own Swedish names (docs/glossary.md).

/** [Finnish template, Swedish, English]. */
export type EnginePhrase = readonly [fi: string, sv: string, en: string]

export const ENGINE_PHRASES: readonly EnginePhrase[] = [
  // Pensions (rules/kela-pension.ts, earnings-pension.ts, disability-limit.ts)
  ['Takuueläke {1:eur} kuukaudessa.', 'Garantipension {1} i månaden.', 'Guarantee pension {1} a month.'],
  [
    'Palkkatulot eivät vaikuta takuueläkkeeseen, kun se ei perustu työkyvyttömyyteen. Sitä pienentävät vain muut eläkkeet.',
    'Löneinkomster inverkar inte på garantipensionen när den inte grundar sig på arbetsoförmåga. Den minskas bara av andra pensioner.',
    'Earnings do not affect the guarantee pension when it is not based on incapacity for work. Only other pensions reduce it.',
  ],
  [
    'Eläke: {1:pension}, {2:eur} kuukaudessa. Bruttopalkkaa verrataan ansiorajaan kuukausittain.',
    'Pension: {1}, {2} i månaden. Bruttolönen jämförs med inkomstgränsen varje månad.',
    'Pension: {1}, {2} a month. Gross pay is compared with the income limit month by month.',
  ],
  [
    'Työkyvyttömyyseläkkeen rinnalla voi aina ansaita vähintään täyden takuueläkkeen verran: {1:eur} kuukaudessa vuonna {2:int}.',
    'Vid sidan av en sjuk- eller invalidpension kan man alltid tjäna minst lika mycket som full garantipension: {1} i månaden år {2}.',
    'Alongside a disability pension one can always earn at least the amount of the full guarantee pension: {1} a month in {2}.',
  ],
  [
    'Tässä eläkkeessä ansioraja on aina tämä euromäärä, {1:eur} kuukaudessa.',
    'För den här pensionen är inkomstgränsen alltid detta eurobelopp, {1} i månaden.',
    'For this pension the income limit is always this amount, {1} a month.',
  ],
  [
    'Ilman palkkatuloja eläke maksetaan ennallaan.',
    'Utan löneinkomster betalas pensionen som tidigare.',
    'Without earnings the pension is paid as before.',
  ],
  [
    'Palkka {1:eur} on enintään ansiorajan suuruinen, joten eläke maksetaan täysimääräisenä.',
    'Lönen {1} är högst lika stor som inkomstgränsen, så pensionen betalas till fullt belopp.',
    'Pay of {1} is at most the income limit, so the pension is paid in full.',
  ],
  [
    'Palkka {1:eur} ylittää ansiorajan {2:eur}, joten eläkettä ei makseta, jos ylitys jatkuu.',
    'Lönen {1} överstiger inkomstgränsen {2}, så pensionen betalas inte om överskridningen fortsätter.',
    'Pay of {1} is over the income limit of {2}, so the pension is not paid if this continues.',
  ],
  [
    'Lyhyt, enintään 1–2 kuukauden rajan ylitys voidaan katsoa työkokeiluksi, eikä eläkettä välttämättä keskeytetä.',
    'En kort överskridning av gränsen, högst 1–2 månader, kan betraktas som arbetsprövning, och pensionen avbryts inte nödvändigtvis.',
    'Going over the limit briefly, for at most 1–2 months, can count as a work trial, and the pension is not necessarily stopped.',
  ],
  [
    'Jos raja ylittyy vähintään 3 peräkkäisenä kuukautena, eläke jätetään lepäämään eli sen maksaminen keskeytetään.',
    'Om gränsen överskrids minst 3 månader i följd lämnas pensionen vilande, det vill säga utbetalningen avbryts.',
    'If the limit is exceeded for at least 3 months in a row, the pension is suspended, that is, its payment stops.',
  ],
  [
    'Lepäämään jättäminen kestää vähintään 3 kuukautta ja enintään 2 vuotta. Kun tulot laskevat taas rajan alle, eläkkeen maksu jatkuu hakemuksesta ilman uutta työkyvyn arviointia.',
    'Pensionen är vilande i minst 3 månader och högst 2 år. När inkomsterna åter sjunker under gränsen fortsätter utbetalningen på ansökan utan en ny bedömning av arbetsförmågan.',
    'A suspension lasts at least 3 months and at most 2 years. When income falls below the limit again, the pension is paid again on application, without a new assessment of work ability.',
  ],
  [
    'Ilmoittamatta jätetyt ylitykset voivat johtaa liikaa maksetun eläkkeen takaisinperintään.',
    'Överskridningar som inte anmäls kan leda till att för mycket betald pension återkrävs.',
    'Unreported excess earnings can lead to recovery of pension paid in excess.',
  ],
  [
    'Tässä kuukaudessa ylitys on enintään 2 kuukauden mittainen, joten se käsitellään työkokeiluna: eläke maksetaan. Jos ylitys jatkuu 3 kuukautta, eläke jätetään lepäämään koko ylitysajalta.',
    'Den här månaden har överskridningen varat högst 2 månader, så den behandlas som arbetsprövning: pensionen betalas. Om överskridningen fortsätter i 3 månader lämnas pensionen vilande för hela tiden.',
    'This month the limit has been exceeded for at most 2 months, so it is treated as a work trial: the pension is paid. If it continues for 3 months, the pension is suspended for the whole period.',
  ],
  [
    'Eläkepäätöksessä ilmoitettu henkilökohtainen ansioraja on {1:eur}.',
    'Den personliga inkomstgränsen i pensionsbeslutet är {1}.',
    'The personal income limit in the pension decision is {1}.',
  ],
  [
    'Ansioraja on {1:pct} vakiintuneesta ansiosta {2:eur} eli {3:eur}.',
    'Inkomstgränsen är {1} av den etablerade inkomsten {2}, det vill säga {3}.',
    'The income limit is {1} of the established earnings of {2}, that is {3}.',
  ],
  [
    'Vakiintunutta ansiota tai henkilökohtaista rajaa ei annettu, joten laskelmassa käytetään vähimmäisrajaa. Tarkista oma raja eläkepäätöksestä.',
    'Etablerad inkomst eller personlig gräns angavs inte, så kalkylen använder minimigränsen. Kontrollera den egna gränsen i pensionsbeslutet.',
    'No established earnings or personal limit was given, so the calculation uses the minimum limit. Check your own limit in the pension decision.',
  ],
  [
    'Käytettävä ansioraja on vähimmäisraja {1:eur} kuukaudessa.',
    'Den inkomstgräns som används är minimigränsen {1} i månaden.',
    'The income limit used is the minimum limit of {1} a month.',
  ],
  [
    'Käytettävä ansioraja on {1:eur} kuukaudessa, koska se on suurempi kuin vähimmäisraja.',
    'Den inkomstgräns som används är {1} i månaden, eftersom den är högre än minimigränsen.',
    'The income limit used is {1} a month, because it is higher than the minimum limit.',
  ],
  [
    'Palkka {1:eur} ylittää täyden eläkkeen rajan {2:eur}, mutta on enintään osaeläkkeen rajan {3:eur} suuruinen.',
    'Lönen {1} överstiger gränsen för full pension {2} men är högst lika stor som gränsen för delpension {3}.',
    'Pay of {1} is over the full-pension limit of {2} but at most the partial-pension limit of {3}.',
  ],
  [
    'Täysi eläke voidaan tällöin muuttaa osatyökyvyttömyyseläkkeeksi, joka on puolet täydestä eläkkeestä.',
    'Full pension kan då ändras till delinvalidpension, som är hälften av full pension.',
    'The full pension can then be changed to a partial disability pension, which is half of the full pension.',
  ],
  [
    'Laskelmassa eläkkeeksi arvioidaan puolet nykyisestä eli {1:eur}.',
    'I kalkylen uppskattas pensionen till hälften av den nuvarande, det vill säga {1}.',
    'The calculation estimates the pension at half of the current one, that is {1}.',
  ],
  [
    'Palkka {1:eur} ylittää myös osaeläkkeen rajan {2:eur}, joten eläkettä ei makseta, jos ylitys jatkuu.',
    'Lönen {1} överstiger också gränsen för delpension {2}, så pensionen betalas inte om överskridningen fortsätter.',
    'Pay of {1} is also over the partial-pension limit of {2}, so the pension is not paid if this continues.',
  ],
  [
    'Lepäämisen aikana palkasta karttuu uutta eläkettä.',
    'Under tiden pensionen är vilande tjänar man in ny pension på lönen.',
    'While the pension is suspended, the pay earns new pension.',
  ],
  // Unemployment benefits (rules/unemployment.ts)
  [
    '{1:benefit} korvautui yleistuella 1.5.2026. Laskelma on tehty yleistuen säännöillä.',
    '{1} ersattes av allmänt stöd 1.5.2026. Kalkylen har gjorts enligt reglerna för allmänt stöd.',
    '{1} was replaced by universal credit on 1 May 2026. The calculation uses the rules of universal credit.',
  ],
  [
    '{1:benefit} {2:eur} päivässä. Täysi kuukausi on {3:num} päivää eli {4:eur}.',
    '{1} {2} per dag. En full månad är {3} dagar, det vill säga {4}.',
    '{1} {2} a day. A full month is {3} days, that is {4}.',
  ],
  [
    'Ansiopäiväraha on porrastettu: maksettujen etuuspäivien vuoksi päiväraha on tässä kuukaudessa {1:eur} (laskelman alussa {2:eur}).',
    'Den inkomstrelaterade dagpenningen har trappats ner: på grund av betalda förmånsdagar är dagpenningen {1} den här månaden (i början av kalkylen {2}).',
    'The earnings-related allowance has been stepped down: because of the benefit days paid, the daily allowance is {1} this month ({2} at the start of the calculation).',
  ],
  [
    'Etuuspäiviä on maksettu {1:num}. Ansiopäiväraha laskee 80 %:iin 40 ja 75 %:iin 170 maksetun etuuspäivän jälkeen (kun työssäoloehto on täyttynyt 2.9.2024 tai myöhemmin), kuitenkin vähintään peruspäivärahan tasolle. Kuukausinäkymä ottaa porrastuksen huomioon.',
    'Betalda förmånsdagar: {1}. Den inkomstrelaterade dagpenningen sjunker till 80 % efter 40 och till 75 % efter 170 betalda förmånsdagar (när arbetsvillkoret har uppfyllts 2.9.2024 eller senare), dock inte under grunddagpenningens nivå. Månadsvyn beaktar nedtrappningen.',
    'Benefit days paid: {1}. The earnings-related allowance falls to 80 % after 40 and to 75 % after 170 paid benefit days (when the employment condition was met on 2 Sep 2024 or later), but not below the level of the basic allowance. The monthly view takes the step-downs into account.',
  ],
  [
    'Työaika {1:num} tuntia viikossa on yli {2:pct} alan kokoaikaisesta työajasta ({3:num} h/vk) eli yli {4:num} tuntia viikossa.',
    'Arbetstiden {1} timmar i veckan är över {2} av branschens heltidsarbetstid ({3} h/v), det vill säga över {4} timmar i veckan.',
    'Working hours of {1} a week are over {2} of full-time hours in the field ({3} h/wk), that is over {4} hours a week.',
  ],
  [
    'Työ katsotaan kokoaikatyöksi, eikä työttömyysetuutta makseta tältä ajalta. Lyhyt, enintään 2 viikon kokoaikatyö voidaan kuitenkin sovitella.',
    'Arbetet betraktas som heltidsarbete, och arbetslöshetsförmån betalas inte för den tiden. Kortvarigt heltidsarbete på högst 2 veckor kan dock jämkas.',
    'The work counts as full-time, and no unemployment benefit is paid for that time. Short full-time work of at most 2 weeks can still be adjusted.',
  ],
  [
    'Ilman palkkatuloja etuus maksetaan täysimääräisenä.',
    'Utan löneinkomster betalas förmånen till fullt belopp.',
    'Without earnings the benefit is paid in full.',
  ],
  [
    'Palkasta {1:eur} jätetään huomiotta {2:eur} suojaosa (suojaosa poistui 1.4.2024).',
    'Av lönen {1} lämnas ett skyddat belopp på {2} obeaktat (det skyddade beloppet slopades 1.4.2024).',
    'Of the pay of {1}, a protected amount of {2} is disregarded (the protected amount was abolished on 1 Apr 2024).',
  ],
  [
    'Etuutta vähentää {1:pct} loppuosasta {2:eur} eli {3:eur}.',
    'Förmånen minskas med {1} av resten {2}, det vill säga {3}.',
    'The benefit is reduced by {1} of the rest, {2}, that is {3}.',
  ],
  [
    'Jokainen palkkaeuro vähentää etuutta {1:num} senttiä: {2:pct} palkasta {3:eur} on {4:eur}.',
    'Varje löneeuro minskar förmånen med {1} cent: {2} av lönen {3} är {4}.',
    'Every euro of pay reduces the benefit by {1} cents: {2} of the pay of {3} is {4}.',
  ],
  [
    'Vähennys on vähintään koko etuuden suuruinen, joten etuutta ei jää maksettavaksi.',
    'Avdraget är minst lika stort som hela förmånen, så ingen förmån återstår att betala.',
    'The reduction is at least the whole benefit, so nothing is left to pay.',
  ],
  [
    'Soviteltu etuus on {1:eur} − {2:eur} = {3:eur} kuukaudessa.',
    'Den jämkade förmånen är {1} − {2} = {3} i månaden.',
    'The adjusted benefit is {1} − {2} = {3} a month.',
  ],
  [
    'Palkka vaikuttaa etuuteen sinä kuukautena, jona palkka maksetaan.',
    'Lönen inverkar på förmånen den månad då lönen betalas.',
    'Pay affects the benefit in the month it is paid.',
  ],
  [
    'Ansiopäivärahassa soviteltu päiväraha ja palkka yhteensä eivät voi ylittää päivärahan perusteena olevaa palkkaa. Tätä ei ole tässä laskettu.',
    'För inkomstrelaterad dagpenning kan den jämkade dagpenningen och lönen tillsammans inte överstiga den lön som dagpenningen grundar sig på. Detta har inte räknats här.',
    'With the earnings-related allowance, the adjusted allowance and the pay together cannot exceed the pay the allowance is based on. This has not been calculated here.',
  ],
  [
    'Työaikaa ei annettu: laskelmassa oletetaan, että työaika on enintään {1:pct} alan kokoaikaisesta työajasta.',
    'Arbetstiden angavs inte: kalkylen antar att arbetstiden är högst {1} av branschens heltidsarbetstid.',
    'Working hours were not given: the calculation assumes they are at most {1} of full-time hours in the field.',
  ],
  // Housing allowances (rules/housing-costs.ts, housing.ts, pensioners-housing.ts)
  [
    'Täyttä työkyvyttömyyseläkettä tai kuntoutustukea saava saa yleensä eläkkeensaajan asumistukea, ei yleistä asumistukea. Tarkista asumistuen laji Kelan päätöksestä.',
    'Den som får full invalidpension eller rehabiliteringsstöd får i regel bostadsbidrag för pensionstagare, inte allmänt bostadsbidrag. Kontrollera bostadsbidragets slag i FPA:s beslut.',
    "Someone on a full disability pension or rehabilitation subsidy usually gets housing allowance for pensioners, not general housing allowance. Check the type of housing allowance in Kela's decision.",
  ],
  [
    'Asumismenot {1:eur} kuukaudessa. Kela hyväksyy asumismenot enintään enimmäisasumismenojen verran; ne riippuvat kunnasta ja ruokakunnan koosta ({2:int} henkeä). Tarkista enimmäismäärä Kelan päätöksestä: jos menot ovat sitä suuremmat, tuki on tässä laskettua pienempi.',
    'Boendeutgifter {1} i månaden. FPA godkänner boendeutgifter högst upp till de maximala boendeutgifterna; de beror på kommunen och hushållets storlek ({2} personer). Kontrollera maximibeloppet i FPA:s beslut: om utgifterna är större blir bidraget mindre än det som räknats här.',
    "Housing costs {1} a month. Kela accepts housing costs up to the maximum housing costs; these depend on the municipality and the size of the household ({2} people). Check the maximum in Kela's decision: if the costs are higher, the allowance is lower than calculated here.",
  ],
  [
    'Asumismenot {1:eur} ylittävät Kelan päätöksen enimmäisasumismenot {2:eur} kuukaudessa. Asumistuki lasketaan enimmäismäärän mukaan; ylittävä osa jää itse maksettavaksi.',
    'Boendeutgifterna {1} överstiger de maximala boendeutgifterna {2} i månaden i FPA:s beslut. Bostadsbidraget räknas enligt maximibeloppet; den överskjutande delen betalar man själv.',
    "Housing costs of {1} are over the maximum housing costs of {2} a month in Kela's decision. The allowance is counted on the maximum; the rest is paid by the client.",
  ],
  [
    'Asumismenot {1:eur} kuukaudessa; tuki lasketaan enimmäisasumismenojen {2:eur} mukaan.',
    'Boendeutgifter {1} i månaden; bidraget räknas enligt de maximala boendeutgifterna {2}.',
    'Housing costs {1} a month; the allowance is counted on the maximum housing costs of {2}.',
  ],
  [
    'Asumismenot {1:eur} kuukaudessa (enimmäisasumismenot {2:eur}).',
    'Boendeutgifter {1} i månaden (maximala boendeutgifter {2}).',
    'Housing costs {1} a month (maximum housing costs {2}).',
  ],
  [
    'Tuki on {1:pct} asumismenoista {2:eur}, joista on vähennetty perusomavastuu.',
    'Bidraget är {1} av boendeutgifterna {2}, från vilka grundsjälvrisken har dragits av.',
    'The allowance is {1} of the housing costs of {2}, less the basic deductible.',
  ],
  [
    'Perusomavastuu on {1:pct} siitä osasta kotitalouden bruttotuloja, joka ylittää {2:eur} (aikuisia {3:int}, lapsia {4:int}). Alle {5:eur} perusomavastuuta ei oteta huomioon. Kela laskee kuukausitulon täysinä euroina.',
    'Grundsjälvrisken är {1} av den del av hushållets bruttoinkomster som överstiger {2} (vuxna {3}, barn {4}). En grundsjälvrisk under {5} beaktas inte. FPA räknar månadsinkomsten i hela euro.',
    "The basic deductible is {1} of the part of the household's gross income over {2} (adults {3}, children {4}). A basic deductible under {5} is not counted. Kela counts monthly income in whole euros.",
  ],
  [
    'Tulot ilman työtä: {1:eur} kuukaudessa → perusomavastuu {2:eur} → asumistuki {3:eur}.',
    'Inkomster utan arbete: {1} i månaden → grundsjälvrisk {2} → bostadsbidrag {3}.',
    'Income without the job: {1} a month → basic deductible {2} → housing allowance {3}.',
  ],
  [
    'Palkasta vähennetään {1:eur} ansiotulovähennys (poistui 1.4.2024).',
    'Från lönen dras ett avdrag för förvärvsinkomst på {1} av (slopades 1.4.2024).',
    'An earned income deduction of {1} is taken off the pay (abolished on 1 Apr 2024).',
  ],
  [
    'Tulot työn kanssa: {1:eur} kuukaudessa → perusomavastuu {2:eur} → asumistuki {3:eur}.',
    'Inkomster med arbetet: {1} i månaden → grundsjälvrisk {2} → bostadsbidrag {3}.',
    'Income with the job: {1} a month → basic deductible {2} → housing allowance {3}.',
  ],
  [
    'Tuloiksi lasketaan bruttopalkka sekä tässä laskelmassa olevat eläkkeet ja työttömyysetuudet. Vammaistuki, hoitotuki ja toimeentulotuki eivät ole tuloa.',
    'Som inkomster räknas bruttolönen samt pensionerna och arbetslöshetsförmånerna i den här kalkylen. Handikappbidrag, vårdbidrag och utkomststöd är inte inkomster.',
    'Income means the gross pay and the pensions and unemployment benefits in this calculation. Disability allowance, care allowance and social assistance are not income.',
  ],
  [
    'Tässä kuukaudessa maksetaan voimassa olevan päätöksen mukainen tuki {1:eur} (päätöksen tulot {2:eur} kuukaudessa).',
    'Den här månaden betalas bidraget enligt det gällande beslutet, {1} (inkomster i beslutet {2} i månaden).',
    'This month the allowance of the decision in force is paid, {1} (income in the decision {2} a month).',
  ],
  [
    'Asumistuki nousee, koska muut etuudet pienenevät tai lakkaavat enemmän kuin palkka lisää tuloja.',
    'Bostadsbidraget stiger eftersom andra förmåner minskar eller upphör mer än lönen ökar inkomsterna.',
    'The housing allowance rises because other benefits fall or stop by more than the pay adds to income.',
  ],
  [
    'Kotitalouden tulot nousevat {1:eur} kuukaudessa. Kun tulot nousevat vähintään {2:eur} kuukaudessa, muutos on ilmoitettava Kelaan ja asumistuki tarkistetaan.',
    'Hushållets inkomster stiger med {1} i månaden. När inkomsterna stiger med minst {2} i månaden ska ändringen anmälas till FPA, och bostadsbidraget justeras.',
    'Household income rises by {1} a month. When income rises by at least {2} a month, the change must be reported to Kela and the allowance is reviewed.',
  ],
  [
    'Tulot nousevat vähintään {1:eur} kuukaudessa, joten Kela tarkistaa tuen. Uusi määrä maksetaan tulojen nousua seuraavan kuukauden alusta; nousukuukaudelta maksetaan vielä entinen tuki.',
    'Inkomsterna stiger med minst {1} i månaden, så FPA justerar bidraget. Det nya beloppet betalas från början av månaden efter inkomstökningen; för den månad då inkomsterna steg betalas ännu det tidigare bidraget.',
    'Income rises by at least {1} a month, so Kela reviews the allowance. The new amount is paid from the start of the month after the rise; the old allowance is still paid for the month of the rise.',
  ],
  [
    'Tulot laskevat vähintään {1:eur} kuukaudessa, joten tuen voi hakea tarkistettavaksi. Uusi määrä maksetaan muutosta seuraavan kuukauden alusta.',
    'Inkomsterna sjunker med minst {1} i månaden, så man kan ansöka om justering av bidraget. Det nya beloppet betalas från början av månaden efter ändringen.',
    'Income falls by at least {1} a month, so a review of the allowance can be applied for. The new amount is paid from the start of the month after the change.',
  ],
  [
    'Tulojen muutos on pienempi kuin {1:eur} kuukaudessa, joten Kela ei tarkista tukea sen vuoksi ennen seuraavaa vuositarkistusta. Laskelma näyttää tuen sellaisena kuin se tarkistuksen jälkeen olisi.',
    'Inkomstförändringen är mindre än {1} i månaden, så FPA justerar inte bidraget på grund av den före nästa årliga justering. Kalkylen visar bidraget sådant det skulle vara efter justeringen.',
    'The change in income is less than {1} a month, so Kela does not review the allowance for it before the next yearly review. The calculation shows the allowance as it would be after a review.',
  ],
  [
    'Eläkkeensaajan asumistukea saa täyden työkyvyttömyyseläkkeen, kuntoutustuen tai takuueläkkeen saaja. Osatyökyvyttömyyseläke yksin ei oikeuta siihen; silloin haetaan yleistä asumistukea.',
    'Bostadsbidrag för pensionstagare får den som får full invalidpension, rehabiliteringsstöd eller garantipension. Delinvalidpension ensam ger inte rätt till det; då ansöker man om allmänt bostadsbidrag.',
    'Housing allowance for pensioners is for those on a full disability pension, rehabilitation subsidy or guarantee pension. A partial disability pension alone does not entitle to it; general housing allowance is applied for instead.',
  ],
  [
    'Tuki on {1:pct} asumismenoista, joista on vähennetty perusomavastuu {2:eur} ja lisäomavastuu. Lisäomavastuu on {3:pct} siitä osasta vuosituloja, joka ylittää {4:eur} vuodessa.',
    'Bidraget är {1} av boendeutgifterna, från vilka grundsjälvrisken {2} och tilläggssjälvrisken har dragits av. Tilläggssjälvrisken är {3} av den del av årsinkomsten som överstiger {4} per år.',
    'The allowance is {1} of housing costs less the basic deductible of {2} and the additional deductible. The additional deductible is {3} of the part of yearly income over {4} a year.',
  ],
  [
    'Tulot ilman työtä: {1:eur} vuodessa → lisäomavastuu {2:eur} kuukaudessa → asumistuki {3:eur}.',
    'Inkomster utan arbete: {1} per år → tilläggssjälvrisk {2} i månaden → bostadsbidrag {3}.',
    'Income without the job: {1} a year → additional deductible {2} a month → housing allowance {3}.',
  ],
  [
    'Tulot työn kanssa (bruttopalkka mukaan lukien): {1:eur} vuodessa → lisäomavastuu {2:eur} kuukaudessa → asumistuki {3:eur}.',
    'Inkomster med arbetet (bruttolönen medräknad): {1} per år → tilläggssjälvrisk {2} i månaden → bostadsbidrag {3}.',
    'Income with the job (gross pay included): {1} a year → additional deductible {2} a month → housing allowance {3}.',
  ],
  [
    'Jokainen tulorajan ylittävä palkkaeuro pienentää tukea noin {1:num} senttiä. Vammaistuki ja hoitotuki eivät ole tuloa.',
    'Varje löneeuro över inkomstgränsen minskar bidraget med cirka {1} cent. Handikappbidrag och vårdbidrag är inte inkomster.',
    'Every euro of pay over the income limit reduces the allowance by about {1} cents. Disability allowance and care allowance are not income.',
  ],
  [
    'Laskelma on tehty yksin asuvan tulorajalla. Jos sinulla on puoliso, myös hänen tulonsa ja omaisuutensa vaikuttavat tukeen: tarkista määrä Kelasta.',
    'Kalkylen har gjorts med inkomstgränsen för en ensamboende. Om du har en make eller maka inverkar också hens inkomster och förmögenhet på bidraget: kontrollera beloppet hos FPA.',
    'The calculation uses the income limit of a person living alone. If you have a spouse, their income and assets also affect the allowance: check the amount with Kela.',
  ],
  [
    'Kun eläke jätetään lepäämään työn vuoksi, eläkkeensaajan asumistuki jatkuu, jos sitä maksettiin juuri ennen lepäämistä. Tuloina otetaan silloin huomioon palkka.',
    'När pensionen lämnas vilande på grund av arbete fortsätter bostadsbidraget för pensionstagare, om det betalades just innan pensionen blev vilande. Som inkomst beaktas då lönen.',
    'When the pension is suspended because of work, housing allowance for pensioners continues if it was paid just before the suspension. The pay is then counted as income.',
  ],
  [
    'Jos täysi eläke muutetaan osatyökyvyttömyyseläkkeeksi, oikeus eläkkeensaajan asumistukeen päättyy. Tilalle voi hakea yleistä asumistukea.',
    'Om full pension ändras till delinvalidpension upphör rätten till bostadsbidrag för pensionstagare. I stället kan man ansöka om allmänt bostadsbidrag.',
    'If the full pension is changed to a partial disability pension, the right to housing allowance for pensioners ends. General housing allowance can be applied for instead.',
  ],
  [
    'Laskelmassa ei ole täyttä työkyvyttömyyseläkettä, kuntoutustukea tai takuueläkettä. Eläkkeensaajan asumistukeen oikeuttaa yleensä vain täysi eläke; tarkista asumistuen laji Kelan päätöksestä.',
    'Kalkylen har ingen full invalidpension, inget rehabiliteringsstöd och ingen garantipension. Rätt till bostadsbidrag för pensionstagare ger i regel bara full pension; kontrollera bostadsbidragets slag i FPA:s beslut.',
    "The calculation has no full disability pension, rehabilitation subsidy or guarantee pension. Usually only a full pension entitles to housing allowance for pensioners; check the type of housing allowance in Kela's decision.",
  ],
  [
    'Ilmoita tulojen muutoksesta Kelaan, joka tarkistaa tuen.',
    'Anmäl inkomstförändringen till FPA, som justerar bidraget.',
    'Report the change in income to Kela, which reviews the allowance.',
  ],
  // Care and disability allowances (rules/care-allowance.ts, unaffected.ts)
  [
    'Eläkettä saavan hoitotuki {1:eur} kuukaudessa. Tulot eivät vaikuta hoitotukeen.',
    'Vårdbidrag för pensionstagare {1} i månaden. Inkomsterna inverkar inte på vårdbidraget.',
    'Care allowance for pensioners {1} a month. Income does not affect the care allowance.',
  ],
  [
    'Hoitotukea maksetaan vain eläkkeen saajalle. Kun työkyvyttömyyseläke jätetään lepäämään työn vuoksi, hoitotuki päättyy.',
    'Vårdbidrag betalas bara till den som får pension. När sjuk- eller invalidpensionen lämnas vilande på grund av arbete upphör vårdbidraget.',
    'Care allowance is paid only to someone receiving a pension. When the disability pension is suspended because of work, the care allowance ends.',
  ],
  [
    'Tilalle Kela maksaa lepäämisen ajan ylintä vammaistukea {1:eur} kuukaudessa, jos hoitotukea maksettiin juuri ennen lepäämistä.',
    'I stället betalar FPA under tiden pensionen är vilande det högsta handikappbidraget, {1} i månaden, om vårdbidrag betalades just innan pensionen blev vilande.',
    'Instead, Kela pays the highest disability allowance, {1} a month, while the pension is suspended, if care allowance was paid just before the suspension.',
  ],
  [
    'Jos täysi eläke muutetaan osatyökyvyttömyyseläkkeeksi, hoitotuki päättyy. Osatyökyvyttömyyseläkkeen saaja voi hakea sen sijaan vammaistukea.',
    'Om full pension ändras till delinvalidpension upphör vårdbidraget. Den som får delinvalidpension kan i stället ansöka om handikappbidrag.',
    'If the full pension is changed to a partial disability pension, the care allowance ends. Someone on a partial disability pension can apply for disability allowance instead.',
  ],
  [
    'Eläke maksetaan edelleen, joten hoitotuki jatkuu ennallaan.',
    'Pensionen betalas fortfarande, så vårdbidraget fortsätter som tidigare.',
    'The pension is still paid, so the care allowance continues as before.',
  ],
  ['Vammaistuki {1:eur} kuukaudessa.', 'Handikappbidrag {1} i månaden.', 'Disability allowance {1} a month.'],
  [
    'Tulot eivät vaikuta vammaistukeen, joten se maksetaan ennallaan myös työssä käydessä.',
    'Inkomsterna inverkar inte på handikappbidraget, så det betalas som tidigare också när man arbetar.',
    'Income does not affect the disability allowance, so it is paid as before while working.',
  ],
  // Debt enforcement (rules/enforcement.ts)
  [
    'Ulosotossa tuloista jätetään velalliselle suojaosuus: {1:int} päivää × ({2:eur}) = {3:eur} kuukaudessa.',
    'Vid utsökning lämnas gäldenären ett skyddat belopp av inkomsterna: {1} dagar × ({2}) = {3} i månaden.',
    'In enforcement the debtor keeps a protected amount of income: {1} days × ({2}) = {3} a month.',
  ],
  [
    'Ulosotossa tuloista jätetään velalliselle suojaosuus: {1:int} päivää × ({2:eur} + {3:int} × {4:eur} elatettavista) = {5:eur} kuukaudessa.',
    'Vid utsökning lämnas gäldenären ett skyddat belopp av inkomsterna: {1} dagar × ({2} + {3} × {4} för försörjningsberättigade) = {5} i månaden.',
    'In enforcement the debtor keeps a protected amount of income: {1} days × ({2} + {3} × {4} for dependants) = {5} a month.',
  ],
  [
    'Ulosmitattava määrä lasketaan nettopalkan ja verojen jälkeisten eläkkeiden ja työttömyysetuuksien yhteismäärästä. Asumistuki, toimeentulotuki, vammaistuki ja hoitotuki eivät ole ulosmittauskelpoisia.',
    'Det belopp som utmäts räknas på summan av nettolönen och pensionerna och arbetslöshetsförmånerna efter skatt. Bostadsbidrag, utkomststöd, handikappbidrag och vårdbidrag kan inte utmätas.',
    'The amount garnished is counted from the total of net pay and the pensions and unemployment benefits after tax. Housing allowance, social assistance, disability allowance and care allowance cannot be garnished.',
  ],
  [
    'Ilman työtä tulot ovat {1:eur} → ulosmitataan {2:eur} kuukaudessa.',
    'Utan arbete är inkomsterna {1} → {2} utmäts i månaden.',
    'Without the job, income is {1} → {2} a month is garnished.',
  ],
  [
    'Työn kanssa tulot ovat {1:eur} (nettopalkka {2:eur} + etuudet {3:eur}).',
    'Med arbetet är inkomsterna {1} (nettolön {2} + förmåner {3}).',
    'With the job, income is {1} (net pay {2} + benefits {3}).',
  ],
  [
    'Käteen jää {1:eur} kuukaudessa (ilman työtä {2:eur}).',
    'Kvar i handen blir {1} i månaden (utan arbete {2}).',
    'Left in hand: {1} a month (without the job {2}).',
  ],
  [
    'Ulosotossa voi saada vapaakuukausia. Kun työn aloittaa vähintään vuoden työttömyyden jälkeen, voi hakea ulosoton lykkäystä (enintään 6 kuukautta).',
    'Vid utsökning kan man få fria månader. Den som börjar arbeta efter minst ett års arbetslöshet kan ansöka om uppskov med utsökningen (högst 6 månader).',
    'Enforcement can give months free of garnishment. Someone starting work after at least a year of unemployment can apply for a postponement of enforcement (at most 6 months).',
  ],
  [
    'Etuuksien veroa ei tiedetä (veroprosenttia ei annettu), joten ne on laskettu ulosoton pohjaan bruttona. Anna veroprosentti tai etuuden nettomäärä, niin pohja on tarkempi.',
    'Skatten på förmånerna är inte känd (skatteprocenten angavs inte), så de har räknats brutto i grunden för utsökning. Ange skatteprocenten eller förmånens nettobelopp så blir grunden noggrannare.',
    'The tax on the benefits is not known (no tax rate was given), so they are counted gross in the enforcement base. Give the tax rate or the net amount of the benefit for a more exact base.',
  ],
  [
    'Tulot {1:eur} ovat enintään suojaosuuden suuruiset, joten niistä ei ulosmitata mitään.',
    'Inkomsterna {1} är högst lika stora som det skyddade beloppet, så ingenting utmäts.',
    'Income of {1} is at most the protected amount, so nothing is garnished.',
  ],
  [
    'Tulot {1:eur} ovat enintään kaksinkertainen suojaosuus ({2:eur}), joten ulosmitataan 2/3 suojaosuuden ylittävästä osasta: {3:eur}.',
    'Inkomsterna {1} är högst det dubbla skyddade beloppet ({2}), så 2/3 av den del som överstiger det skyddade beloppet utmäts: {3}.',
    'Income of {1} is at most twice the protected amount ({2}), so 2/3 of the part over the protected amount is garnished: {3}.',
  ],
  [
    'Tulot {1:eur} ovat yli kaksinkertainen mutta enintään nelinkertainen suojaosuus ({2:eur}), joten ulosmitataan 1/3 tuloista: {3:eur}.',
    'Inkomsterna {1} är över det dubbla men högst det fyrdubbla skyddade beloppet ({2}), så 1/3 av inkomsterna utmäts: {3}.',
    'Income of {1} is over twice but at most four times the protected amount ({2}), so 1/3 of the income is garnished: {3}.',
  ],
  [
    'Tulot {1:eur} ovat yli nelinkertainen suojaosuus ({2:eur}): ulosmitataan 1/3 nelinkertaisesta suojaosuudesta ja 4/5 sen ylittävästä osasta, kuitenkin enintään puolet tuloista: {3:eur}.',
    'Inkomsterna {1} är över det fyrdubbla skyddade beloppet ({2}): 1/3 av det fyrdubbla skyddade beloppet och 4/5 av den överskjutande delen utmäts, dock högst hälften av inkomsterna: {3}.',
    'Income of {1} is over four times the protected amount ({2}): 1/3 of four times the protected amount and 4/5 of the part over it are garnished, but at most half of the income: {3}.',
  ],
  // Social assistance (rules/social-assistance.ts)
  [
    'Toimeentulotuki {1:eur} kuukaudessa. Kela ottaa tulot huomioon verojen jälkeen sinä kuukautena, jona ne maksetaan.',
    'Utkomststöd {1} i månaden. FPA beaktar inkomsterna efter skatt den månad då de betalas.',
    'Social assistance {1} a month. Kela counts income after tax in the month it is paid.',
  ],
  ['Nettopalkka on {1:eur}.', 'Nettolönen är {1}.', 'Net pay is {1}.'],
  [
    'Palkasta vähennetään {1:eur} ansiotulovähennys, joten tuloksi lasketaan {2:eur}.',
    'Från lönen dras ett avdrag för förvärvsinkomst på {1} av, så som inkomst räknas {2}.',
    'An earned income deduction of {1} is taken off the pay, so {2} counts as income.',
  ],
  [
    'Ansiotulovähennystä ei ole maaliskuusta 2026 alkaen, joten jokainen nettopalkan euro pienentää tukea eurolla: tuloksi lasketaan {1:eur}.',
    'Avdraget för förvärvsinkomst finns inte från och med mars 2026, så varje euro av nettolönen minskar stödet med en euro: som inkomst räknas {1}.',
    'There is no earned income deduction from March 2026, so every euro of net pay reduces the assistance by a euro: {1} counts as income.',
  ],
  [
    'Muiden etuuksien pieneneminen verojen jälkeen ({1:eur}) kasvattaa toimeentulotukea saman verran.',
    'Att andra förmåner minskar efter skatt ({1}) ökar utkomststödet lika mycket.',
    'The fall in other benefits after tax ({1}) raises social assistance by the same amount.',
  ],
  [
    'Muut etuudet nousevat verojen jälkeen {1:eur}, mikä pienentää toimeentulotukea saman verran.',
    'Andra förmåner stiger med {1} efter skatt, vilket minskar utkomststödet lika mycket.',
    'Other benefits rise by {1} after tax, which reduces social assistance by the same amount.',
  ],
  [
    'Ulosmitattua määrää ei lasketa tuloksi: ulosmittaus kasvaa {1:eur}, mikä kasvattaa tukea saman verran.',
    'Det utmätta beloppet räknas inte som inkomst: utmätningen ökar med {1}, vilket ökar stödet lika mycket.',
    'The garnished amount is not counted as income: garnishment rises by {1}, which raises the assistance by the same amount.',
  ],
  [
    'Ulosmitattua määrää ei lasketa tuloksi: ulosmittaus pienenee {1:eur}, mikä pienentää tukea saman verran.',
    'Det utmätta beloppet räknas inte som inkomst: utmätningen minskar med {1}, vilket minskar stödet lika mycket.',
    'The garnished amount is not counted as income: garnishment falls by {1}, which reduces the assistance by the same amount.',
  ],
  [
    'Veroprosenttia ei annettu, joten etuuksien muutokset on laskettu bruttona.',
    'Skatteprocenten angavs inte, så förändringarna i förmånerna har räknats brutto.',
    'No tax rate was given, so the changes in benefits are counted gross.',
  ],
  [
    'Tuloja on enemmän kuin tuen tarve, joten toimeentulotukea ei jää maksettavaksi.',
    'Inkomsterna är större än behovet av stöd, så inget utkomststöd återstår att betala.',
    'Income is more than the need for assistance, so no social assistance is left to pay.',
  ],
  [
    'Toimeentulotuki työn kanssa on arviolta {1:eur} kuukaudessa.',
    'Utkomststödet med arbetet är uppskattningsvis {1} i månaden.',
    'Social assistance with the job is an estimated {1} a month.',
  ],
  // The 12-month view (helpers/year-view.ts)
  [
    'Ansiopäiväraha porrastettu: {1:eur} päivässä (maksettuja etuuspäiviä noin {2:int}).',
    'Inkomstrelaterad dagpenning nedtrappad: {1} per dag (betalda förmånsdagar cirka {2}).',
    'Earnings-related allowance stepped down: {1} a day (about {2} benefit days paid).',
  ],
  [
    'Kotitalouden tulot muuttuvat {1:eur} kuukaudessa: yleinen asumistuki tarkistetaan seuraavan kuukauden alusta.',
    'Hushållets inkomster ändras med {1} i månaden: det allmänna bostadsbidraget justeras från början av följande månad.',
    'Household income changes by {1} a month: general housing allowance is reviewed from the start of the next month.',
  ],
  [
    'Kotitalouden tulot muuttuvat {1:eur} kuukaudessa: yleinen asumistuki tarkistetaan hakemuksesta seuraavan kuukauden alusta.',
    'Hushållets inkomster ändras med {1} i månaden: det allmänna bostadsbidraget justeras på ansökan från början av följande månad.',
    'Household income changes by {1} a month: general housing allowance is reviewed on application from the start of the next month.',
  ],
  [
    'Eläkkeen ansioraja ylittyy, mutta enintään 2 kuukautta: työkokeilu, eläke maksetaan.',
    'Pensionens inkomstgräns överskrids, men högst 2 månader: arbetsprövning, pensionen betalas.',
    'The pension income limit is exceeded, but for at most 2 months: a work trial, the pension is paid.',
  ],
  [
    'Ulosoton pohja {1:eur} → ulosmitataan {2:eur}.',
    'Grund för utsökning {1} → {2} utmäts.',
    'Enforcement base {1} → {2} garnished.',
  ],
  // General reminders (calculate.ts)
  [
    'Ilmoita työn aloittamisesta ja palkasta {1:reports}.',
    'Anmäl att du börjar arbeta och din lön till {1}.',
    'Report the start of the job and the pay to {1}.',
  ],
  [
    'Hae palkkaa varten uusi verokortti (eläkkeelle ja palkalle on omat verokorttinsa).',
    'Ansök om ett nytt skattekort för lönen (pension och lön har egna skattekort).',
    'Get a new tax card for the pay (a pension and pay have tax cards of their own).',
  ],
  ['Hae palkkaa varten uusi verokortti.', 'Ansök om ett nytt skattekort för lönen.', 'Get a new tax card for the pay.'],
  [
    'Palkka vaikuttaa etuuksiin sinä kuukautena, jona se maksetaan, ei sinä kuukautena, jona työ tehtiin.',
    'Lönen inverkar på förmånerna den månad då den betalas, inte den månad då arbetet utfördes.',
    'Pay affects benefits in the month it is paid, not in the month the work was done.',
  ],
  [
    'Palkka ylittää eläkkeen ansiorajan. Jos ylitys kestää vähintään 3 kuukautta, ilmoita siitä heti, jotta vältät liikaa maksetun eläkkeen takaisinperinnän.',
    'Lönen överstiger pensionens inkomstgräns. Om överskridningen varar minst 3 månader, anmäl det genast så att du undviker återkrav av för mycket betald pension.',
    'The pay is over the pension income limit. If this lasts at least 3 months, report it at once to avoid having to pay back pension paid in excess.',
  ],
  [
    'Nettopalkka {1:eur} on arvio veroprosentin perusteella; työntekijän eläke- ja työttömyysvakuutusmaksuja ei ole vähennetty.',
    'Nettolönen {1} är en uppskattning utifrån skatteprocenten; arbetstagarens arbetspensions- och arbetslöshetsförsäkringsavgifter har inte dragits av.',
    "Net pay of {1} is an estimate from the tax rate; the employee's pension and unemployment insurance contributions have not been deducted.",
  ],
  [
    'Laskelmassa on käytetty arvioituja lukuja, joita ei ole vielä vahvistettu: {1:estimates}.',
    'I kalkylen har man använt uppskattade belopp som ännu inte har bekräftats: {1}.',
    'The calculation uses estimated figures that have not been confirmed yet: {1}.',
  ],
]

/** Names that appear inside the lines: [Finnish, Swedish, English]. */
export const ENGINE_NAMES = {
  pension: [
    ['täysi työkyvyttömyyseläke', 'full invalidpension', 'full disability pension'],
    ['kuntoutustuki', 'rehabiliteringsstöd', 'rehabilitation subsidy'],
    ['osatyökyvyttömyyseläke', 'delinvalidpension', 'partial disability pension'],
    ['osakuntoutustuki', 'partiellt rehabiliteringsstöd', 'partial rehabilitation subsidy'],
    [
      'työkyvyttömyyden perusteella myönnetty takuueläke',
      'garantipension som beviljats på grund av arbetsoförmåga',
      'guarantee pension granted on the grounds of incapacity for work',
    ],
    [
      'Kelan työkyvyttömyyseläke tai kuntoutustuki',
      'FPA:s sjukpension eller rehabiliteringsstöd',
      'Kela disability pension or rehabilitation subsidy',
    ],
  ],
  benefit: [
    ['Yleistuki', 'Allmänt stöd', 'Universal credit'],
    ['Työmarkkinatuki', 'Arbetsmarknadsstöd', 'Labour market subsidy'],
    ['Peruspäiväraha', 'Grunddagpenning', 'Basic unemployment allowance'],
    ['Ansiopäiväraha', 'Inkomstrelaterad dagpenning', 'Earnings-related allowance'],
  ],
  report: [
    ['Kelaan', 'FPA', 'Kela'],
    ['työeläkelaitokselle', 'arbetspensionsanstalten', 'the pension provider'],
    ['työttömyyskassaan', 'arbetslöshetskassan', 'the unemployment fund'],
  ],
} as const satisfies Record<string, ReadonlyArray<EnginePhrase>>
