import { Button, type ButtonProps } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { NotebookPen } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { ContactDialog } from './ContactDialog'

/** "Kirjaa käynti": the contact log's dialog, for one client (client page) or any client (home screen). */
export function LogContactButton({
  clientId,
  employerId,
  label,
  ...buttonProps
}: { clientId?: string | null; employerId?: string | null; label?: string } & ButtonProps) {
  const { t } = useTranslation()
  const [opened, dialog] = useDisclosure(false)
  return (
    <>
      <Button leftSection={<NotebookPen size={18} aria-hidden />} size="md" onClick={dialog.open} {...buttonProps}>
        {label ?? t('process.contacts.log')}
      </Button>
      <ContactDialog opened={opened} onClose={dialog.close} clientId={clientId} employerId={employerId} />
    </>
  )
}
