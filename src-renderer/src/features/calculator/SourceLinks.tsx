import { Anchor, Text } from '@mantine/core'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { isKnownSource, isWebAddress, shortAddress, sourceName } from '@shared/calculator/source-names'

/** "Lähteet: Kela: Takuueläke · Varma: Työnteko eläkkeellä": readable names that open the page. */
export function SourceLinks({ sources }: { sources: readonly string[] }) {
  const { t } = useTranslation()
  if (sources.length === 0) return null
  return (
    <Text size="sm" mt="xs" data-testid="sources">
      {t('calculator.result.sources')}:{' '}
      {sources.map((source, index) => (
        <Fragment key={source}>
          {index > 0 && ' · '}
          <SourceLink source={source} />
        </Fragment>
      ))}
    </Text>
  )
}

/** One source: a link with its name when it is one of the pages the calculator cites (the desktop app opens only
 *  those in the browser), otherwise its name or short address as text (a coach may name a document or a page). */
export function SourceLink({ source }: { source: string }) {
  if (!isKnownSource(source)) return <>{sourceName(source)}</>
  return (
    <Anchor
      href={source.trim()}
      target="_blank"
      rel="noreferrer noopener"
      size="sm"
      underline="always"
      title={shortAddress(source, 80)}
    >
      {sourceName(source)}
    </Anchor>
  )
}

/** In print: the name and a short address, e.g. "Kela: Takuueläke (kela.fi/takuuelake)". */
export function printedSource(source: string): string {
  return isWebAddress(source) ? `${sourceName(source)} (${shortAddress(source, 32)})` : sourceName(source)
}
