import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/document-language'
import './print.css'

export type SignatureBlockData = {
  /** Who signs, e.g. "Asiakas". */
  role: string
  /** Printed name (nimenselvennys); empty leaves the line for handwriting. */
  name?: string
  place?: string
  /** Already formatted d.M.yyyy. */
  date?: string
  /** On-screen signature as a PNG data URL. */
  imageDataUrl?: string | null
  /** E.g. "Allekirjoitettu paperilla 5.3.2025". */
  note?: string
}

export type PrintDocumentProps = {
  title: string
  clientName: string
  /** Version and date, e.g. "Versio 2 · 5.3.2025", repeated on every page. */
  meta: string
  /** Buttons shown on screen only (print, save as PDF, back). */
  toolbar?: ReactNode
  children: ReactNode
  signatures?: SignatureBlockData[]
  signaturesHeading?: string
  /** A sentence under the signature blocks, e.g. "Asiakas sai kopion tästä asiakirjasta." */
  signaturesNote?: string
  footnote?: ReactNode
  /** Short text at the bottom left of every page, e.g. the content identifier of a finalised version. */
  pageFooter?: string
}

/** A string safe inside a CSS "…" literal (the running header text comes from client data). */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (character) => `\\${character}`)
    .replace(/[\n\r\f<>]/g, (character) => (character === '<' ? '\\3C ' : character === '>' ? '\\3E ' : ' '))
  return `"${escaped}"`
}

export function pageRules(title: string, clientName: string, meta: string, pageWord: string, footer = ''): string {
  const box = 'font-family: "Inter Variable", system-ui, sans-serif; font-size: 8.5pt; color: #333;'
  const bottomLeft = footer
    ? `\n  @bottom-left { content: ${cssString(footer)}; ${box} vertical-align: top; padding-top: 3mm; }`
    : ''
  return `@page {
  size: A4;
  margin: 20mm 17mm 18mm 17mm;
  @top-left { content: ${cssString(`${title} – ${clientName}`)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(meta)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-right { content: ${cssString(`${pageWord} `)} counter(page) "/" counter(pages); ${box} vertical-align: top; padding-top: 3mm; }${bottomLeft}
}`
}

/**
 * A printable A4 document: title, client, version/date, body and optional signature blocks.
 * Shared by the forms and the calculator's one-page summary; it is the whole print layout (one stylesheet).
 */
export function PrintDocument({
  title,
  clientName,
  meta,
  toolbar,
  children,
  signatures,
  signaturesHeading,
  signaturesNote,
  footnote,
  pageFooter,
}: PrintDocumentProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <div className="print-page">
      <style>{pageRules(title, clientName, meta, t('forms.print.page'), pageFooter)}</style>
      {toolbar && <div className="print-toolbar no-print">{toolbar}</div>}
      <main className="print-sheet" data-testid="print-document" lang={language}>
        <header className="print-doc-header">
          <h1 className="print-doc-title">{title}</h1>
          <div className="print-doc-meta">
            <span className="print-doc-client">{clientName}</span>
            <span>{meta}</span>
          </div>
        </header>
        {children}
        {signatures && signatures.length > 0 && (
          // Heading, blocks and note are never split across pages (print.css).
          <section
            className="print-section print-signatures-section"
            aria-label={signaturesHeading ?? t('forms.print.signatures')}
          >
            <h2>{signaturesHeading ?? t('forms.print.signatures')}</h2>
            <div className="print-signatures">
              {signatures.map((signature, index) => (
                <SignatureBlock key={`${signature.role}-${index}`} {...signature} />
              ))}
            </div>
            {signaturesNote && <p className="print-signatures-note">{signaturesNote}</p>}
          </section>
        )}
        {footnote && <div className="print-footnote">{footnote}</div>}
      </main>
    </div>
  )
}

export function SignatureBlock({ role, name, place, date, imageDataUrl, note }: SignatureBlockData) {
  const { t } = useTranslation()
  const placeAndDate = [place, date].filter(Boolean).join(' ')
  return (
    <div className="print-signature" data-testid="signature-block">
      <div className="print-signature-role">{role}</div>
      <div className="print-signature-value">{placeAndDate}</div>
      <div className="print-signature-caption">{t('forms.print.placeAndDate')}</div>
      <div className="print-signature-line">
        {imageDataUrl ? <img src={imageDataUrl} alt={t('forms.print.signatureImage', { name: name ?? role })} /> : null}
      </div>
      <div className="print-signature-caption">
        {note ? `${t('forms.print.signature')} – ${note}` : t('forms.print.signature')}
      </div>
      <div className="print-signature-value">{name ?? ''}</div>
      <div className="print-signature-caption">{t('forms.print.nameInPrint')}</div>
    </div>
  )
}
