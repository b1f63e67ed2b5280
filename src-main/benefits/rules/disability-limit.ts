import type { ParameterReader } from '../context'
import { eur } from '../round'
import { SRC } from '../sources'

/** The guaranteed minimum earnings limit of all disability pensions: the full guarantee pension. */
export function disabilityFloor(p: ParameterReader): number {
  return p.value('guaranteePension.full')
}

export const SUSPENSION_LINES: readonly string[] = [
  'Lyhyt, enintään 1–2 kuukauden rajan ylitys voidaan katsoa työkokeiluksi, eikä eläkettä välttämättä keskeytetä.',
  'Jos raja ylittyy vähintään 3 peräkkäisenä kuukautena, eläke jätetään lepäämään eli sen maksaminen keskeytetään.',
  'Lepäämään jättäminen kestää vähintään 3 kuukautta ja enintään 2 vuotta. Kun tulot laskevat taas rajan alle, eläkkeen maksu jatkuu hakemuksesta ilman uutta työkyvyn arviointia.',
  'Ilmoittamatta jätetyt ylitykset voivat johtaa liikaa maksetun eläkkeen takaisinperintään.',
]

export const SUSPENSION_SOURCES: readonly string[] = [SRC.kevaLimits, SRC.suspension, SRC.tyedl]

export function floorLine(floor: number, year: string): string {
  return `Työkyvyttömyyseläkkeen rinnalla voi aina ansaita vähintään täyden takuueläkkeen verran: ${eur(floor)} kuukaudessa vuonna ${year}.`
}

export const WORK_TRIAL_LINE =
  'Tässä kuukaudessa ylitys on enintään 2 kuukauden mittainen, joten se käsitellään työkokeiluna: eläke maksetaan. Jos ylitys jatkuu 3 kuukautta, eläke jätetään lepäämään koko ylitysajalta.'
