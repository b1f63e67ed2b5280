import { Table } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import type { ReactNode } from 'react'

/**
 * A table that scrolls sideways in a narrow window (200 % zoom) instead of widening the page. While it does scroll,
 * the region takes keyboard focus, so it can be scrolled with the arrow keys too.
 */
export function WideTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  const { ref, width } = useElementSize()
  const scrolls = width > 0 && width < minWidth
  return (
    <Table.ScrollContainer
      ref={ref}
      minWidth={minWidth}
      type="native"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </Table.ScrollContainer>
  )
}
