/** What the core tells the renderer without being asked. */
export type BackendEvent = { name: 'vault-locked' }
