import { Anchor } from '@mantine/core'
import { Link } from 'react-router'
import { clientName } from './client-name'

/** A client's name as the link to their page, as every list of clients shows it. */
export function ClientNameLink({ client }: { client: { id: string; firstName: string; lastName: string } }) {
  return (
    <Anchor component={Link} to={`/clients/${client.id}`} c="teal.9" fw={600}>
      {clientName(client)}
    </Anchor>
  )
}
