import type { Client } from '../../../../src-main/shared/clients/client-schema'

export function ClientCalculationsSection(_props: { client: Client }) {
  return null
}
