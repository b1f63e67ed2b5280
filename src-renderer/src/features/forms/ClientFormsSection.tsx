import type { Client } from '../../../../src-main/shared/clients/client-schema'

export function ClientFormsSection(_props: { client: Client }) {
  return null
}
