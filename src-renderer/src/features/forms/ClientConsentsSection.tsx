import type { Client } from '../../../../src-main/shared/clients/client-schema'

export function ClientConsentsSection(_props: { client: Client }) {
  return null
}
