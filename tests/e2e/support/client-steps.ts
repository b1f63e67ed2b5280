import { expect, type Page } from '@playwright/test'

export type NewClient = {
  firstName: string
  lastName: string
  henkilotunnus?: string
  phone?: string
  municipality?: string
  treatingUnit?: string
  nurseName?: string
}

/** The Swedish-speaking client of the language tests (her agreement names Swedish as her language of service). */
export const SWEDISH_SPEAKING_CLIENT: NewClient = {
  firstName: 'Ebba',
  lastName: 'Lindqvist',
  municipality: 'Vasa',
  nurseName: 'Anna Berg',
  treatingUnit: 'Vasa psykiatriska poliklinik',
}

export async function addClient(page: Page, client: NewClient) {
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('button', { name: 'Uusi asiakas' }).click()
  await expect(page.getByRole('heading', { name: 'Uusi asiakas' })).toBeVisible()
  await page.getByLabel('Etunimi').fill(client.firstName)
  await page.getByLabel('Sukunimi').fill(client.lastName)
  if (client.henkilotunnus) await page.getByLabel('Henkilötunnus').fill(client.henkilotunnus)
  if (client.phone) await page.getByLabel('Puhelin').fill(client.phone)
  if (client.municipality) await page.getByLabel('Kotikunta').fill(client.municipality)
  if (client.treatingUnit) await page.getByLabel('Hoitava yksikkö').fill(client.treatingUnit)
  if (client.nurseName) await page.getByLabel('Omahoitaja').fill(client.nurseName)
  await page.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${client.firstName} ${client.lastName}` })).toBeVisible()
}
