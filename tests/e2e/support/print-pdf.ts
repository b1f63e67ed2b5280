import { expect, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { ARTIFACTS } from './fixtures'

/** Renders the current print route to a PDF as Chromium prints it; returns its text and writes PNGs of the pages. */
export async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: number }> {
  await expect(page.getByTestId('print-document')).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const dir = join(ARTIFACTS, 'print')
  mkdirSync(dir, { recursive: true })
  for (const old of readdirSync(dir)) if (old.startsWith(`${name}-`) && old.endsWith('.png')) rmSync(join(dir, old))
  const pdfPath = join(dir, `${name}.pdf`)
  writeFileSync(pdfPath, pdf)
  if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdfPath, join(dir, name)])
  const pdfDocument = await getDocumentProxy(new Uint8Array(pdf))
  const { text, totalPages } = await extractText(pdfDocument, { mergePages: true })
  return { text: text.replace(/\s+/g, ' '), pages: totalPages }
}
