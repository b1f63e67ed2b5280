import { createContext, useContext } from 'react'

/** Locks the vault at once: flushes pending saves, closes the database and drops all client data from memory. */
export const LockContext = createContext<() => Promise<void>>(async () => {})

export function useLockVault() {
  return useContext(LockContext)
}
