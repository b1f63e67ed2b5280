import { Alert } from '@mantine/core'

/** A failed action's message, announced to screen readers; nothing when there is no message. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <Alert color="red.9" role="alert">
      {message}
    </Alert>
  )
}
