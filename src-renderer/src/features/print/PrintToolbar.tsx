import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { ArrowLeft, FileDown, Printer } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApi } from '../../api/api-context'
import { isElectron, pdfFileName, printRoute, savePdf, type PrintRoute } from './print-actions'

/** Print / save as PDF / back, shown above a print page on screen (never printed). */
export function PrintToolbar({
  route,
  fileNameParts,
  backTo,
  allowPdf = true,
}: {
  route: PrintRoute
  fileNameParts: string[]
  backTo: string
  /** False for pages that must not become a file on this computer (the recovery key). */
  allowPdf?: boolean
}) {
  const { t } = useTranslation()
  const api = useApi()
  const navigate = useNavigate()
  const report = (result: { ok: boolean; value?: unknown }, success?: string) => {
    if (!result.ok)
      notifications.show({
        closeButtonProps: { 'aria-label': t('forms.closeNotification') },
        color: 'red.9',
        message: t('forms.print.printFailed'),
      })
    else if (success && result.value)
      notifications.show({ closeButtonProps: { 'aria-label': t('forms.closeNotification') }, message: success })
  }
  return (
    <>
      <Button variant="default" leftSection={<ArrowLeft size={18} aria-hidden />} onClick={() => navigate(backTo)}>
        {t('forms.print.back')}
      </Button>
      <Button
        leftSection={<Printer size={18} aria-hidden />}
        onClick={() => void printRoute(api.transport, route).then((result) => report(result))}
      >
        {t('forms.print.print')}
      </Button>
      {isElectron() && allowPdf && (
        <Button
          variant="light"
          leftSection={<FileDown size={18} aria-hidden />}
          onClick={() =>
            void savePdf(api.transport, route, pdfFileName(...fileNameParts)).then((result) =>
              report(result, t('forms.print.pdfSaved')),
            )
          }
        >
          {t('forms.print.savePdf')}
        </Button>
      )}
    </>
  )
}
