import { CalcInputError } from '../errors'
import type { RuleContext } from '../rule-context'
import { BENEFIT_DAYS_PER_MONTH, eur, monthlyFromDaily, num, pct, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'

type Unemployment = Extract<Benefit, { kind: 'unemployment-benefit' }>

const NAMES: Record<Unemployment['variant'], string> = {
  yleistuki: 'yleistuki',
  'labour-market-subsidy': 'työmarkkinatuki',
  'basic-allowance': 'peruspäiväraha',
  'earnings-related': 'ansiopäiväraha',
}

export function unemploymentRule(b: Unemployment, ctx: RuleContext): CalcItem {
  const { p, warnings, index } = ctx
  const wage = ctx.input.wage.grossMonthly
  const time = ctx.input.wage
  const yleistukiInForce = p.value('unemployment.yleistukiInForce') === 1
  let variant = b.variant
  if (variant === 'yleistuki' && !yleistukiInForce) {
    throw new CalcInputError(
      `benefits[${index}].variant`,
      `yleistuki is paid from 2026-05; ${p.month} has no yleistuki rules`,
    )
  }
  if ((variant === 'labour-market-subsidy' || variant === 'basic-allowance') && yleistukiInForce) {
    warnings.push(
      `${NAMES[variant][0]?.toUpperCase()}${NAMES[variant].slice(1)} korvautui yleistuella 1.5.2026. Laskelma on tehty yleistuen säännöillä.`,
    )
    variant = 'yleistuki'
  }
  const name = NAMES[variant]
  const daily = ctx.adjust.dailyAmount?.get(index) ?? b.dailyAmount
  const full = monthlyFromDaily(daily)
  const rate = p.value('unemployment.wageReductionRate')
  const protectedAmount = p.value('unemployment.protectedAmount')
  const fullTimeShare = p.value('unemployment.fullTimeShare')
  const sources = [SRC.kelaAdjusted, SRC.ytkAdjusted, p.source('unemployment.protectedAmount')]
  if (variant === 'yleistuki') sources.push(SRC.yleistuki)
  const explanation: string[] = [
    `${name[0]?.toUpperCase()}${name.slice(1)} ${eur(daily)} päivässä. Täysi kuukausi on ${num(BENEFIT_DAYS_PER_MONTH)} päivää eli ${eur(full)}.`,
  ]
  if (daily !== b.dailyAmount) {
    explanation.push(
      `Ansiopäiväraha on porrastettu: maksettujen etuuspäivien vuoksi päiväraha on tässä kuukaudessa ${eur(daily)} (laskelman alussa ${eur(b.dailyAmount)}).`,
    )
    sources.push(SRC.stepDown)
  } else if (variant === 'earnings-related' && b.benefitDaysPaid !== undefined) {
    explanation.push(
      `Etuuspäiviä on maksettu ${num(b.benefitDaysPaid)}. Ansiopäiväraha laskee 80 %:iin 40 ja 75 %:iin 170 maksetun etuuspäivän jälkeen (kun työssäoloehto on täyttynyt 2.9.2024 tai myöhemmin), kuitenkin vähintään peruspäivärahan tasolle. Kuukausinäkymä ottaa porrastuksen huomioon.`,
    )
    sources.push(SRC.stepDown)
  }
  const base = { kind: b.kind, amountBefore: full, explanation, sources: [...new Set(sources)] }
  const maxHours = time.fullTimeHoursPerWeek * fullTimeShare
  if (time.hoursPerWeek !== undefined && time.hoursPerWeek > maxHours) {
    explanation.push(
      `Työaika ${num(time.hoursPerWeek)} tuntia viikossa on yli ${pct(fullTimeShare)} alan kokoaikaisesta työajasta (${num(time.fullTimeHoursPerWeek)} h/vk) eli yli ${num(maxHours)} tuntia viikossa.`,
      'Työ katsotaan kokoaikatyöksi, eikä työttömyysetuutta makseta tältä ajalta. Lyhyt, enintään 2 viikon kokoaikatyö voidaan kuitenkin sovitella.',
    )
    return { ...base, sources: [...base.sources, SRC.kelaGotWork], status: 'not-payable', amountAfter: 0 }
  }
  if (wage === 0) {
    explanation.push('Ilman palkkatuloja etuus maksetaan täysimääräisenä.')
    return { ...base, status: 'unaffected', amountAfter: full }
  }
  const counted = round2(Math.max(0, wage - protectedAmount))
  const reduction = round2(counted * rate)
  const after = round2(Math.max(0, full - reduction))
  if (protectedAmount > 0) {
    explanation.push(
      `Palkasta ${eur(wage)} jätetään huomiotta ${eur(protectedAmount)} suojaosa (suojaosa poistui 1.4.2024).`,
      `Etuutta vähentää ${pct(rate)} loppuosasta ${eur(counted)} eli ${eur(reduction)}.`,
    )
  } else {
    explanation.push(
      `Jokainen palkkaeuro vähentää etuutta ${num(rate * 100)} senttiä: ${pct(rate)} palkasta ${eur(wage)} on ${eur(reduction)}.`,
    )
  }
  explanation.push(
    after === 0
      ? 'Vähennys on vähintään koko etuuden suuruinen, joten etuutta ei jää maksettavaksi.'
      : `Soviteltu etuus on ${eur(full)} − ${eur(reduction)} = ${eur(after)} kuukaudessa.`,
    'Palkka vaikuttaa etuuteen sinä kuukautena, jona palkka maksetaan.',
  )
  if (variant === 'earnings-related') {
    explanation.push(
      'Ansiopäivärahassa soviteltu päiväraha ja palkka yhteensä eivät voi ylittää päivärahan perusteena olevaa palkkaa. Tätä ei ole tässä laskettu.',
    )
  }
  if (time.hoursPerWeek === undefined) {
    explanation.push(
      `Työaikaa ei annettu: laskelmassa oletetaan, että työaika on enintään ${pct(fullTimeShare)} alan kokoaikaisesta työajasta.`,
    )
  }
  const limit = protectedAmount > 0 ? protectedAmount : undefined
  if (reduction === 0) {
    return limit === undefined
      ? { ...base, status: 'within-limit', amountAfter: after }
      : { ...base, status: 'within-limit', limit, amountAfter: after }
  }
  return limit === undefined
    ? { ...base, status: 'reduced', amountAfter: after }
    : { ...base, status: 'reduced', limit, amountAfter: after }
}
