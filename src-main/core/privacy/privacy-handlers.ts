import type { BackendEvent } from '../../shared/api/events'
import { privacyApi } from '../../shared/api/privacy-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { endClientPresent, startClientPresent } from './client-present'
import { clearPin, setPin } from './pin'
import { privacyStatus, readPrivacySettings, writePrivacySettings } from './privacy-settings'

/**
 * The settings that guard the desk (idle lock, minimise, screen capture, retention, PIN) and the client-present
 * mode. The Electron shell hears the window settings as an event at every unlock and change.
 */
export function privacyHandlers(vault: Vault, emit: (event: BackendEvent) => void) {
  const announce = () => {
    const { lockOnMinimise, allowScreenCapture } = readPrivacySettings(vault.db)
    emit({ name: 'privacy-changed', lockOnMinimise, allowScreenCapture })
  }
  vault.onAudit((event) => {
    if (event.kind === 'unlocked') announce()
  })
  return implement(privacyApi, {
    'privacy-status': () => privacyStatus(vault.db),
    'privacy-settings-set': (settings) => {
      writePrivacySettings(vault.db, settings, vault.now())
      announce()
      return privacyStatus(vault.db)
    },
    'privacy-pin-set': async ({ pin, passphrase }) => {
      await vault.verifyPassphrase(passphrase)
      await setPin(vault.db, pin, vault.scrypt, vault.now())
      return privacyStatus(vault.db)
    },
    'privacy-pin-clear': () => {
      clearPin(vault.db, vault.now())
      return privacyStatus(vault.db)
    },
    'privacy-present-start': ({ clientId }) => {
      startClientPresent(vault, clientId)
      return privacyStatus(vault.db)
    },
    'privacy-present-end': async (secret) => {
      await endClientPresent(vault, secret)
      return privacyStatus(vault.db)
    },
  })
}
