import { Center, Loader } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import { HashRouter, Route, Routes } from 'react-router'
import { useApi } from '../../api/api-context'
import { AppLayout } from '../../app/AppLayout'
import { RecoveryKeyPrintPage } from '../print/RecoveryKeyPrintPage'
import { runBeforeLock } from './before-lock'
import { CreateVaultScreen } from './CreateVaultScreen'
import { DamagedVaultScreen } from './DamagedVaultScreen'
import { LockContext } from './lock-context'
import { LockScreen } from './LockScreen'
import { RecoveryKeySheet } from './RecoveryKeySheet'
import { clearCopiedText } from '../../clipboard/copy-text'
import { IDLE_LOCK_MINUTES } from '@shared/privacy/privacy-schema'
import { usePrivacyStatus } from '../privacy/privacy-queries'
import { useIdleLock } from './use-idle-lock'
import { VAULT_STATUS_KEY, useLockVault, useVaultStatus } from './vault-queries'

/** What the vault's state allows on screen: create, unlock, what is damaged, the pending recovery key, or the app. */
export function VaultGate() {
  const api = useApi()
  const queryClient = useQueryClient()
  const status = useVaultStatus()
  const { mutateAsync: lockVault } = useLockVault()

  const forgetEverything = useCallback(() => {
    void clearCopiedText()
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== VAULT_STATUS_KEY[0] })
    window.location.hash = '#/'
    void queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY })
  }, [queryClient])

  const lock = useCallback(async () => {
    await runBeforeLock()
    await lockVault({})
    forgetEverything()
  }, [lockVault, forgetEverything])

  const unlocked = status.data?.state === 'unlocked'
  const ready = unlocked && !status.data?.recoveryKeyPending
  const privacy = usePrivacyStatus(ready)
  useIdleLock(unlocked, () => void lock(), privacy.data?.idleLockMinutes ?? IDLE_LOCK_MINUTES.default)

  useEffect(
    () =>
      api.transport.on((event) => {
        if (event.name === 'vault-locked') forgetEverything()
        // The desktop shell asks when the window is minimised: drafts are saved first, as with the lock button.
        if (event.name === 'lock-requested') void lock()
      }),
    [api, forgetEverything, lock],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l' && unlocked) {
        event.preventDefault()
        void lock()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [lock, unlocked])

  if (!status.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  const { state, problem, dataDir, keyFileCopyInUse, recoveryKeyPending } = status.data
  if (state === 'no-vault') return <CreateVaultScreen />
  if (state === 'damaged') return <DamagedVaultScreen problem={problem ?? 'vault/key-file-damaged'} dataDir={dataDir} />
  if (state === 'locked') return <LockScreen keyFileCopyInUse={keyFileCopyInUse} dataDir={dataDir} />
  if (recoveryKeyPending) {
    return (
      <HashRouter>
        <Routes>
          <Route path="/print/recovery-key" element={<RecoveryKeyPrintPage />} />
          <Route path="*" element={<RecoveryKeySheet />} />
        </Routes>
      </HashRouter>
    )
  }
  return (
    <LockContext.Provider value={lock}>
      <AppLayout />
    </LockContext.Provider>
  )
}
