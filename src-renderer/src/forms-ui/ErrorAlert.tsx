import { NoticeAlert } from './NoticeAlert'

/** A failed action's message, announced to screen readers; nothing when there is no message. Black text on a light
 * red tint: WCAG AA contrast. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <NoticeAlert tone="red" role="alert">
      {message}
    </NoticeAlert>
  )
}
