import { expect, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractText, extractTextItems, getDocumentProxy } from 'unpdf'
import { ARTIFACTS } from './fixtures'

/** A4 in PDF points, and the page margins of the print stylesheet (top 20 mm, bottom 18 mm). */
const PAGE_HEIGHT = 841.89
const BODY_TOP = PAGE_HEIGHT - (20 / 25.4) * 72
const BODY_BOTTOM = (18 / 25.4) * 72

export type Printed = {
  /** All text, whitespace collapsed. */
  text: string
  pages: number
  /** Per page, the body's lines from top to bottom (running header and footer left out). */
  lines: string[][]
  /** Per page, how far down the body the last line reaches (0–1). */
  fill: number[]
}

/** Renders the current print route to a PDF as Chromium prints it; returns its text and writes PNGs of the pages. */
export async function printToPdf(page: Page, name: string): Promise<Printed> {
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
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  const { items } = await extractTextItems(await getDocumentProxy(new Uint8Array(pdf)))
  const lines: string[][] = []
  const fill: number[] = []
  for (const pageItems of items) {
    const byLine = new Map<number, { x: number; str: string }[]>()
    for (const item of pageItems) {
      if (item.str.trim() === '' || item.y > BODY_TOP || item.y < BODY_BOTTOM) continue
      const y = Math.round(item.y)
      byLine.set(y, [...(byLine.get(y) ?? []), { x: item.x, str: item.str }])
    }
    const ys = [...byLine.keys()].sort((a, b) => b - a)
    lines.push(
      ys.map((y) =>
        byLine
          .get(y)!
          .sort((a, b) => a.x - b.x)
          .map((part) => part.str)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    )
    const lowest = ys.at(-1) ?? BODY_TOP
    fill.push((BODY_TOP - lowest) / (BODY_TOP - BODY_BOTTOM))
  }
  return { text: text.replace(/\s+/g, ' '), pages: totalPages, lines, fill }
}

/**
 * The layout rules every printout keeps: no page ends with a heading, the signature section (heading, every
 * signer's block) is on one page and printed once, and no page but the last is less than half full.
 */
export function expectPrintLayout(printed: Printed, headings: readonly string[], signers: readonly string[]) {
  const headingSet = new Set([...headings, 'Allekirjoitukset'])
  printed.lines.forEach((lines, index) => {
    expect(headingSet.has(lines.at(-1) ?? ''), `page ${index + 1} ends with the heading "${lines.at(-1)}"`).toBe(false)
    if (index < printed.pages - 1) {
      expect(printed.fill[index], `page ${index + 1} is less than half full`).toBeGreaterThan(0.5)
    }
  })
  if (signers.length === 0) return
  const signatureHeadings = printed.lines.flat().filter((line) => line === 'Allekirjoitukset').length
  expect(signatureHeadings, 'one signature section, names in the signer blocks').toBe(1)
  const signaturePage = printed.lines.findIndex((lines) => lines.includes('Allekirjoitukset'))
  expect(signaturePage, 'the signature heading').toBeGreaterThanOrEqual(0)
  const pageText = printed.lines[signaturePage]!.join(' ')
  for (const signer of signers) expect(pageText, `${signer} on the signature page`).toContain(signer)
  expect(pageText.split('Nimenselvennys').length - 1, 'every signer block whole on one page').toBe(signers.length)
}
