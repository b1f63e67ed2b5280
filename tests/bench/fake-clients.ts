// Made-up clients for the benchmarks (never real people): names, towns and nurses repeat, surnames are unique.
import { clientInputSchema, type ClientFields } from '../../src-main/shared/clients/client-schema'
import type { Phase } from '../../src-main/shared/phases/phase-schema'

const FIRST = ['Aino', 'Mikko', 'Sanna', 'Juha', 'Leena', 'Pekka', 'Eeva', 'Ville', 'Tiina', 'Jussi', 'Päivi', 'Antti']
const LAST = [
  'Virtanen',
  'Korhonen',
  'Mäkinen',
  'Nieminen',
  'Järvinen',
  'Heikkinen',
  'Koskinen',
  'Laine',
  'Lehtonen',
  'Salo',
]
const TOWNS = ['Joensuu', 'Kontiolahti', 'Lieksa', 'Outokumpu', 'Kitee', 'Nurmes', 'Ilomantsi', 'Liperi']

/** The i-th made-up client. */
export function fakeClient(i: number): ClientFields {
  return clientInputSchema.parse({
    firstName: FIRST[i % FIRST.length]! + (i % 7 === 0 ? '-Maria' : ''),
    lastName: `${LAST[(i * 7) % LAST.length]!}${i}`,
    municipality: TOWNS[i % TOWNS.length],
    nurseName: `${FIRST[(i * 3) % FIRST.length]} ${LAST[(i * 5) % LAST.length]}`,
    status: 'active',
  })
}

/** The i-th made-up client's IPS phase (set through the phase history: the client fields do not carry it). */
export function fakePhase(i: number): Phase {
  return ((i % 5) + 1) as Phase
}

/** What the benchmarks search for: whole and partial names, towns, two words, short words, nothing. */
export const SEARCH_TERMS = [
  'aino',
  'virtanen12',
  'joensuu',
  'mäki',
  'korhonen 9',
  'li',
  'xyz',
  'päivi outokumpu',
  'heikkinen4',
  'a',
]
