export function clientName(client: { firstName: string; lastName: string }): string {
  return `${client.firstName} ${client.lastName}`
}
