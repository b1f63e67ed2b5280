import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../format/format'
import { RecoveryKeyDisplay } from '../vault/RecoveryKeyDisplay'
import { usePendingRecoveryKey } from '../vault/vault-queries'
import { usePrintReady } from './print-ready'
import { PrintToolbar } from './PrintToolbar'
import './print.css'

const PAGE_RULES = '@page { size: A4; margin: 20mm 18mm 18mm 18mm; }'

/** The recovery key sheet on A4: the whole key in large groups, what it is for, where to keep it. */
export function RecoveryKeyPrintPage() {
  const { t } = useTranslation()
  const pending = usePendingRecoveryKey()
  usePrintReady(pending.isSuccess)
  if (!pending.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  return (
    <div className="print-page">
      <style>{PAGE_RULES}</style>
      <div className="print-toolbar no-print">
        {/* No "save as PDF": the key must not end up in a file on this computer. */}
        <PrintToolbar route="/print/recovery-key" fileNameParts={[]} backTo="/" allowPdf={false} />
      </div>
      <main className="print-sheet print-recovery" data-testid="print-document">
        <header className="print-doc-header">
          <h1 className="print-doc-title">{t('vault.recoverySheet.printTitle')}</h1>
          <div className="print-doc-meta">
            <span>{t('vault.recoverySheet.created', { date: formatDate(pending.data.vaultCreatedAt) })}</span>
          </div>
        </header>
        <p>{t('vault.recoverySheet.printWhat')}</p>
        <h2>{t('vault.recoverySheet.printKeyLabel')}</h2>
        <RecoveryKeyDisplay recoveryKey={pending.data.recoveryKey} variant="print" />
        <p>{t('vault.recoverySheet.printHow')}</p>
        <ul>
          <li>{t('vault.recoverySheet.printWhere')}</li>
          <li>{t('vault.recoverySheet.onlyWay')}</li>
          <li>{t('vault.recoverySheet.printReplaced')}</li>
        </ul>
      </main>
    </div>
  )
}
