import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { RESTORE_CHUNK_BYTES } from '@shared/backup/backup-limits'
import type { ApiClient } from '../../api/api-client'
import { useApi } from '../../api/api-context'
import { downloadFile } from '../../files/download-file'
import { isElectron } from '../print/print-actions'
import { VAULT_STATUS_KEY } from '../vault/vault-queries'

export type RestoreSecret = { passphrase: string } | { recoveryKey: string }

/** Every query key of the backup feature. */
export const backupKeys = {
  all: ['backup'] as const,
  status: () => [...backupKeys.all, 'status'] as const,
}

export function useBackupStatus() {
  const api = useApi()
  return useQuery({ queryKey: backupKeys.status(), queryFn: () => api.call('backup-status', {}) })
}

export function useSaveBackupSettings() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { folder: string | null; keep: number }) => api.call('backup-settings-set', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  })
}

/**
 * "Varmuuskopioi": the save dialog in the desktop app; a download in browser mode.
 * Resolves to the file name, or null when the coach cancelled the dialog.
 */
export function useMakeBackup() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (): Promise<{ fileName: string; downloaded: boolean } | null> => {
      if (isElectron()) {
        const saved = await api.shell('shell-save-backup', {})
        return saved.saved ? { fileName: saved.fileName, downloaded: false } : null
      }
      const { fileName, data } = await api.call('backup-create', {})
      download(fileName, data)
      return { fileName, downloaded: true }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  })
}

function download(fileName: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
  downloadFile(fileName, new Blob([bytes], { type: 'application/octet-stream' }))
}

/** The desktop app's folder dialog; null when cancelled. */
export function chooseBackupFolder(api: ApiClient): Promise<string | null> {
  return api.shell('shell-choose-folder', {})
}

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(blob)
  })
}

/** Sends the chosen file to the core in chunks (browser mode's request size is limited) and has it checked. */
export function useCheckBackup() {
  const api = useApi()
  return useMutation({
    mutationFn: async ({ file, secret }: { file: File; secret: RestoreSecret }) => {
      const { uploadId } = await api.call('backup-restore-begin', { size: file.size })
      for (let offset = 0; offset < file.size; offset += RESTORE_CHUNK_BYTES) {
        const data = await base64Of(file.slice(offset, offset + RESTORE_CHUNK_BYTES))
        await api.call('backup-restore-chunk', { uploadId, offset, data })
      }
      const summary = await api.call('backup-restore-check', { uploadId, ...secret })
      return { uploadId, summary }
    },
  })
}

/** Replaces the vault with the checked backup; everything cached from the old vault is dropped. */
export function useApplyBackup() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (uploadId: string) => api.call('backup-restore-apply', { uploadId }),
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== VAULT_STATUS_KEY[0] })
      await queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY })
    },
  })
}

export function useCancelRestore() {
  const api = useApi()
  return useMutation({ mutationFn: (uploadId: string) => api.call('backup-restore-cancel', { uploadId }) })
}
