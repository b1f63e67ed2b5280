// Readable Finnish names of the calculator's sources, so the screen and the printout say "Kela: Takuueläke" instead of
// a raw address. Keyed by the engine's source table: a source added there without a name here is a compile error.
import { SRC } from '../../benefits/sources'

const NAMES: Record<keyof typeof SRC, string> = {
  tyel47: 'Työntekijän eläkelaki 395/2006, 47 §',
  tyedl: 'Laki 738/2009, 3 § (Telp)',
  varmaWorking: 'Varma: Työnteko eläkkeellä',
  kevaLimits: 'Keva: Ansaintarajat työkyvyttömyyseläkkeellä',
  suspension: 'Tietyöelämään.fi: Eläkkeen jättäminen lepäämään',
  kelaDisabilityWorking: 'Kela: Työnteko työkyvyttömyyseläkkeellä',
  vernerWorking: 'Verneri.net: Työnteko työkyvyttömyyseläkkeellä',
  vernerGuarantee: 'Verneri.net: Takuueläke',
  kelaGuarantee: 'Kela: Takuueläke',
  pensionFloor2025: 'MTV Uutiset: Takuueläke 2025',
  kelaIndex2025: 'Kelan tiedote: Kansaneläkeindeksi 2025',
  kelaIndex2026: 'Kelan tiedote: Kansaneläkeindeksi 2026',
  kelaAdjusted: 'Kela: Soviteltu työttömyysetuus',
  kelaGotWork: 'Kela: Saitko töitä?',
  protectedAmountBefore: 'A-kassa: Suojaosan poisto 2024',
  protectedAmountAbolished: 'Pro-kassa: 300 euron suojaosa poistuu',
  ytkAdjusted: 'YTK: Sovitellun ansiopäivärahan määrä',
  yleistuki: 'Kelan tiedote: Yleistuki korvaa työttömyystuet 5/2026',
  housingChanges: 'Kela: Muutokset tukiin',
  housingIncome: 'Kela: Tulojen vaikutus asumisen tukiin',
  housingDecision2025: 'Kelan asumistukipäätös 10/2025 (esimerkki)',
  housingBaseDeductible: 'Kela: Perusomavastuu',
  housingReview: 'Kela: Tulojen vaikutus asumistukeen',
  housingOtherBenefits: 'Kela: Muiden etuuksien vaikutus asumistukeen',
  socialIncome: 'Kela: Toimeentulotukeen vaikuttavat tulot',
  socialNotIncome: 'Kela: Tulot, jotka eivät vaikuta toimeentulotukeen',
  socialReform2026: 'Tiedote: Toimeentulotuen muutokset 2026',
  enforcementHow: 'Ulosottolaitos: Miten ulosmitattava määrä lasketaan',
  enforcement2024: 'Oikeusministeriö: Ulosoton suojaosuuden korotus',
  enforcement2025: 'Finlex: Asetus 645/2024 (suojaosuus)',
  pensionersHousing: 'Kela: Eläkkeensaajan asumistuki',
  pensionersHousingIncome: 'Kela: Tulojen vaikutus eläkkeensaajan asumistukeen',
  pensionersHousingAmount: 'Verneri.net: Asumistuki',
  pensionersHousingReform2025: 'Verkkouutiset: Eläkkeensaajan asumistuen muutos 2025',
  pensionersHousingLaw: 'Laki eläkkeensaajan asumistuesta 571/2007',
  careAllowanceSuspension: 'Laki 738/2009, 8 §',
  vernerPensions: 'Verneri.net: Eläkkeet',
  housingMaximumCosts: 'Kela: Asumistukeen hyväksyttävät menot',
  enforcementIncomeBase: 'Ulosottokaari 705/2007',
  enforcementBenefitsCase: 'Turun hovioikeus: Ratkaisuja (ulosotto)',
  basicDaily: 'Sote-kassa: Päivärahan määrä',
  stepDown: 'Palvelualojen kassa: Ansiopäivärahan porrastus 2.9.2024 alkaen',
  stepDownDays: 'YTK: Sovitellun ansiopäivärahan kesto',
  disabilityAllowance: 'Kela: Vammaistuki aikuiselle, määrä',
  careAllowance: 'Kela: Eläkettä saavan hoitotuki, määrä',
}

const NAME_OF_URL = new Map<string, string>(
  (Object.keys(SRC) as Array<keyof typeof SRC>).map((key) => [SRC[key], NAMES[key]]),
)

/** A source the engine cites (the only web pages the desktop app opens in the system browser). */
export function isKnownSource(url: string): boolean {
  return NAME_OF_URL.has(url)
}

/** A source that is a web address (the only kind a screen may turn into a link). */
export function isWebAddress(source: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(source.trim())
}

/** "https://www.kela.fi/takuuelake?x" → "kela.fi/takuuelake", at most `max` characters (a printout's short form). */
export function shortAddress(url: string, max = 40): string {
  const short = url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '')
  return short.length <= max ? short : `${short.slice(0, max - 1)}…`
}

/** The readable name of a source: the known name of an engine source, the short address of another web page, or the
 *  text itself (a coach may name a document). */
export function sourceName(source: string): string {
  const known = NAME_OF_URL.get(source.trim())
  if (known) return known
  return isWebAddress(source) ? shortAddress(source) : source.trim()
}
