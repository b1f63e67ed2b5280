import { z } from 'zod'
import { optionalChoice, optionalText, requiredText } from '../validation/fields'
import { withMessage, type ValidationMessage } from '../validation/messages'
import { checkBusinessId } from './business-id'

/** TOL 2008 top-level sections (Tilastokeskus, toimialaluokitus), with their Finnish names. */
export const SECTORS = [
  ['A', 'Maatalous, metsätalous ja kalatalous'],
  ['B', 'Kaivostoiminta ja louhinta'],
  ['C', 'Teollisuus'],
  ['D', 'Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta'],
  ['E', 'Vesihuolto, viemäri- ja jätevesihuolto, jätehuolto ja muu ympäristön puhtaanapito'],
  ['F', 'Rakentaminen'],
  ['G', 'Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus'],
  ['H', 'Kuljetus ja varastointi'],
  ['I', 'Majoitus- ja ravitsemistoiminta'],
  ['J', 'Informaatio ja viestintä'],
  ['K', 'Rahoitus- ja vakuutustoiminta'],
  ['L', 'Kiinteistöalan toiminta'],
  ['M', 'Ammatillinen, tieteellinen ja tekninen toiminta'],
  ['N', 'Hallinto- ja tukipalvelutoiminta'],
  ['O', 'Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus'],
  ['P', 'Koulutus'],
  ['Q', 'Terveys- ja sosiaalipalvelut'],
  ['R', 'Taiteet, viihde ja virkistys'],
  ['S', 'Muu palvelutoiminta'],
  ['T', 'Kotitalouksien toiminta työnantajina'],
  ['U', 'Kansainvälisten organisaatioiden ja toimielinten toiminta'],
] as const
export type SectorCode = (typeof SECTORS)[number][0]
const SECTOR_CODES = SECTORS.map(([code]) => code) as unknown as readonly [SectorCode, ...SectorCode[]]

/** A business ID as typed: empty (null) or a valid Y-tunnus, stored as 1234567-8. */
const businessId = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === '') return null
    const check = checkBusinessId(value)
    if (check.valid) return check.normalised
    const message: ValidationMessage = `errors.businessId.${check.reason}`
    context.addIssue({ code: 'custom', message })
    return z.NEVER
  })
  .nullable()
  .optional()
  .transform((value) => value ?? null)

export const employerInputSchema = z.object({
  name: requiredText(200),
  businessId,
  sector: optionalChoice(SECTOR_CODES),
  municipality: optionalText(100),
  note: optionalText(2000),
})
export type EmployerInput = z.input<typeof employerInputSchema>
export type EmployerFields = z.output<typeof employerInputSchema>

export const employerPersonInputSchema = z.object({
  name: requiredText(200),
  role: optionalText(200),
  phone: optionalText(40).refine((value) => value === null || /^[+()\d\s-]{5,}$/.test(value), {
    ...withMessage('errors.invalidPhone'),
  }),
  email: optionalText(200).refine((value) => value === null || z.email().safeParse(value).success, {
    ...withMessage('errors.invalidEmail'),
  }),
})
export type EmployerPersonInput = z.input<typeof employerPersonInputSchema>
export type EmployerPerson = z.output<typeof employerPersonInputSchema> & { id: string; employerId: string }

export type Employer = EmployerFields & {
  id: string
  persons: EmployerPerson[]
  archivedAt: string | null
  createdAt: string
  updatedAt: string
}

export type EmployerListItem = Pick<Employer, 'id' | 'name' | 'businessId' | 'sector' | 'municipality'> & {
  /** Logged contacts with this employer, and the newest one's date. */
  contactCount: number
  lastContactOn: string | null
  /** Jobs clients have had there (IPS-25 item 20, diversity of employers). */
  jobCount: number
}
