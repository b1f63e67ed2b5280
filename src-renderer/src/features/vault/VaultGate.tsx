import { Center, Loader } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { useApi } from '../../api/api-context'
import { AppLayout } from '../../app/AppLayout'
import { runBeforeLock } from './before-lock'
import { CreateVaultScreen } from './CreateVaultScreen'
import { LockContext } from './lock-context'
import { LockScreen } from './LockScreen'
import { useIdleLock } from './use-idle-lock'
import { useLockVault, useVaultStatus, vaultKeys } from './vault-queries'

export function VaultGate() {
  const api = useApi()
  const queryClient = useQueryClient()
  const [pendingRecoveryKeySheet, setPendingRecoveryKeySheet] = useState(false)
  const status = useVaultStatus()
  const { mutateAsync: lockVault } = useLockVault()

  const forgetEverything = useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== vaultKeys.status[0] })
    window.location.hash = '#/'
    void queryClient.invalidateQueries({ queryKey: vaultKeys.status })
  }, [queryClient])

  const lock = useCallback(async () => {
    await runBeforeLock()
    await lockVault({})
    forgetEverything()
  }, [lockVault, forgetEverything])

  useIdleLock(status.data?.state === 'unlocked', () => void lock())

  useEffect(
    () => api.transport.on((event) => event.name === 'vault-locked' && forgetEverything()),
    [api, forgetEverything],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l' && status.data?.state === 'unlocked') {
        event.preventDefault()
        void lock()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [lock, status.data?.state])

  if (!status.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  const unlocked = () => void queryClient.invalidateQueries({ queryKey: ['vault-status'] })
  if (status.data.state === 'no-vault' || pendingRecoveryKeySheet) {
    return (
      <CreateVaultScreen
        onCreated={() => setPendingRecoveryKeySheet(true)}
        onDone={() => {
          setPendingRecoveryKeySheet(false)
          unlocked()
        }}
      />
    )
  }
  if (status.data.state === 'locked') return <LockScreen onUnlocked={unlocked} />
  return (
    <LockContext.Provider value={lock}>
      <AppLayout />
    </LockContext.Provider>
  )
}
