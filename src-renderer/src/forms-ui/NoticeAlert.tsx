import { Alert, type AlertProps } from '@mantine/core'

/** A light alert tinted by `tone` whose text stays black, so it passes WCAG AA contrast on any tint. */
export function NoticeAlert({
  tone,
  ...props
}: Omit<AlertProps, 'color' | 'variant'> & { tone: 'red' | 'orange' | 'teal' }) {
  const text = 'var(--mantine-color-black)'
  return <Alert color={tone} variant="light" styles={{ message: { color: text }, title: { color: text } }} {...props} />
}
