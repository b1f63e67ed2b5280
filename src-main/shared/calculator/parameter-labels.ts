import { PARAMETER_LABELS, type ParameterKey } from '../../benefits'
import type { Language } from '../i18n/languages'

/** The calculator's figures by name in Swedish and English (Finnish: PARAMETER_LABELS of the engine). */
const LABELS: Record<'sv' | 'en', Record<ParameterKey, string>> = {
  sv: {
    'guaranteePension.full': 'Full garantipension = invalidpensionens lägsta inkomstgräns',
    'earningsPension.fullLimitRate': 'Arbetspension: inkomstgräns för full pension, andel av den etablerade inkomsten',
    'earningsPension.partialLimitRate': 'Arbetspension: inkomstgräns för delpension, andel av den etablerade inkomsten',
    'unemployment.wageReductionRate': 'Arbetslöshetsförmån: andel av lönen som dras av',
    'unemployment.protectedAmount': 'Arbetslöshetsförmån: skyddat belopp',
    'unemployment.fullTimeShare': 'Arbetslöshetsförmån: deltidsarbetets högsta andel av heltidsarbetstiden',
    'unemployment.yleistukiInForce': 'Allmänt stöd i kraft (1 = ja, 0 = nej)',
    'housing.compensationRate': 'Allmänt bostadsbidrag: ersättningsprocent',
    'housing.baseDeductibleRate': 'Allmänt bostadsbidrag: koefficient för grundsjälvrisken',
    'housing.earnedIncomeDeduction': 'Allmänt bostadsbidrag: avdrag för förvärvsinkomst',
    'housing.incomeBase': 'Allmänt bostadsbidrag: inkomstgräns för grundsjälvrisken, grunddel',
    'housing.incomePerAdult': 'Allmänt bostadsbidrag: tillägg till inkomstgränsen per vuxen',
    'housing.incomePerChild': 'Allmänt bostadsbidrag: tillägg till inkomstgränsen per barn',
    'housing.minimumBaseDeductible': 'Allmänt bostadsbidrag: minsta grundsjälvrisk som beaktas',
    'housing.reviewIncomeRise': 'Allmänt bostadsbidrag: inkomstökning som ska anmälas',
    'housing.reviewIncomeFall': 'Allmänt bostadsbidrag: inkomstminskning som ger justering av bidraget',
    'pensionersHousing.compensationRate': 'Bostadsbidrag för pensionstagare: ersättningsprocent',
    'pensionersHousing.baseDeductible': 'Bostadsbidrag för pensionstagare: grundsjälvrisk',
    'pensionersHousing.incomeLimitSingle':
      'Bostadsbidrag för pensionstagare: inkomstgräns för tilläggssjälvrisken, ensamboende (€/år)',
    'pensionersHousing.extraDeductibleRate':
      'Bostadsbidrag för pensionstagare: tilläggssjälvrisk av inkomsten över inkomstgränsen',
    'disabilityAllowance.highest':
      'Högsta handikappbidraget (betalas i stället för vårdbidraget när pensionen är vilande)',
    'unemployment.basicDaily': 'Grunddagpenning / allmänt stöd per dag (nedre gräns för nedtrappad dagpenning)',
    'unemployment.stepDown1Days': 'Inkomstrelaterad dagpenning, 1:a nedtrappningen: betalda förmånsdagar',
    'unemployment.stepDown1Rate': 'Inkomstrelaterad dagpenning, 1:a nedtrappningen: andel av det ursprungliga',
    'unemployment.stepDown2Days': 'Inkomstrelaterad dagpenning, 2:a nedtrappningen: betalda förmånsdagar',
    'unemployment.stepDown2Rate': 'Inkomstrelaterad dagpenning, 2:a nedtrappningen: andel av det ursprungliga',
    'socialAssistance.earnedIncomeDeduction': 'Utkomststöd: avdrag för förvärvsinkomst',
    'enforcement.dailyProtected': 'Utsökning: gäldenärens skyddade belopp per dag',
    'enforcement.dependantDaily': 'Utsökning: skyddat belopp per försörjningsberättigad och dag',
    'enforcement.daysPerMonth': 'Utsökning: dagar i en månads löneperiod',
  },
  en: {
    'guaranteePension.full': 'Full guarantee pension = minimum income limit of a disability pension',
    'earningsPension.fullLimitRate':
      'Earnings-related pension: income limit of a full pension, share of established earnings',
    'earningsPension.partialLimitRate':
      'Earnings-related pension: income limit of a partial pension, share of established earnings',
    'unemployment.wageReductionRate': 'Unemployment benefit: share of pay deducted',
    'unemployment.protectedAmount': 'Unemployment benefit: protected amount',
    'unemployment.fullTimeShare': 'Unemployment benefit: highest share of full-time hours for part-time work',
    'unemployment.yleistukiInForce': 'Universal credit in force (1 = yes, 0 = no)',
    'housing.compensationRate': 'General housing allowance: compensation rate',
    'housing.baseDeductibleRate': 'General housing allowance: basic deductible coefficient',
    'housing.earnedIncomeDeduction': 'General housing allowance: earned income deduction',
    'housing.incomeBase': 'General housing allowance: income limit of the basic deductible, base amount',
    'housing.incomePerAdult': 'General housing allowance: income limit increase per adult',
    'housing.incomePerChild': 'General housing allowance: income limit increase per child',
    'housing.minimumBaseDeductible': 'General housing allowance: smallest basic deductible counted',
    'housing.reviewIncomeRise': 'General housing allowance: rise in income that must be reported',
    'housing.reviewIncomeFall': 'General housing allowance: fall in income that allows a review',
    'pensionersHousing.compensationRate': 'Housing allowance for pensioners: compensation rate',
    'pensionersHousing.baseDeductible': 'Housing allowance for pensioners: basic deductible',
    'pensionersHousing.incomeLimitSingle':
      'Housing allowance for pensioners: income limit of the additional deductible, living alone (€/year)',
    'pensionersHousing.extraDeductibleRate':
      'Housing allowance for pensioners: additional deductible on income over the limit',
    'disabilityAllowance.highest':
      'Highest disability allowance (paid instead of care allowance while the pension is suspended)',
    'unemployment.basicDaily': 'Basic allowance / universal credit per day (floor of a stepped-down allowance)',
    'unemployment.stepDown1Days': 'Earnings-related allowance, 1st step-down: benefit days paid',
    'unemployment.stepDown1Rate': 'Earnings-related allowance, 1st step-down: share of the original',
    'unemployment.stepDown2Days': 'Earnings-related allowance, 2nd step-down: benefit days paid',
    'unemployment.stepDown2Rate': 'Earnings-related allowance, 2nd step-down: share of the original',
    'socialAssistance.earnedIncomeDeduction': 'Social assistance: earned income deduction',
    'enforcement.dailyProtected': "Enforcement: the debtor's protected amount per day",
    'enforcement.dependantDaily': 'Enforcement: protected amount per dependant and day',
    'enforcement.daysPerMonth': "Enforcement: days in a month's pay period",
  },
}

/** A figure's name in `language`. */
export function parameterLabel(key: ParameterKey, language: Language): string {
  return language === 'fi' ? PARAMETER_LABELS[key] : LABELS[language][key]
}

/** Finnish names of the figures with their keys, longest first (to find them inside an engine line). */
export const FINNISH_PARAMETER_LABELS = (Object.entries(PARAMETER_LABELS) as Array<[ParameterKey, string]>).sort(
  (a, b) => b[1].length - a[1].length,
)
