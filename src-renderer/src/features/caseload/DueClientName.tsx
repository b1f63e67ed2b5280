import { Anchor } from '@mantine/core'
import { Link } from 'react-router'
import { clientName } from '../clients/client-name'

/**
 * The name of the client a reminder is about, linking to their page. Kept in its own component: when a client sits
 * with the coach, the home page must not show other clients' names (client-present mode leaves this out).
 */
export function DueClientName({
  clientId,
  name,
}: {
  clientId: string
  name?: { firstName: string; lastName: string }
}) {
  return (
    <Anchor component={Link} to={`/clients/${clientId}`} c="teal.9" fw={700} size="lg">
      {name ? clientName(name) : '–'}
    </Anchor>
  )
}
