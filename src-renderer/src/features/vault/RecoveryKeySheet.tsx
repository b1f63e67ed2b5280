import { Button, Checkbox, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CenteredPage } from '../../app/CenteredPage'
import { formatDate } from '../../format/format'
import classes from './RecoveryKeySheet.module.css'

/** Shown once after the vault is created: the only time the recovery key is visible. */
export function RecoveryKeySheet({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation()
  const [saved, setSaved] = useState(false)
  return (
    <CenteredPage width={680}>
      <Paper p="xl" withBorder shadow="sm" className={classes.sheet}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('vault.recoverySheet.title')}
          </Title>
          <Text>{t('vault.recoverySheet.intro')}</Text>
          <Code block className={classes.key} data-testid="recovery-key">
            {recoveryKey}
          </Code>
          <Text size="sm">{t('vault.recoverySheet.created', { date: formatDate(new Date().toISOString()) })}</Text>
          <List spacing="xs">
            <List.Item>{t('vault.recoverySheet.keepSafe')}</List.Item>
            <List.Item>{t('vault.recoverySheet.notWithLaptop')}</List.Item>
            <List.Item>{t('vault.recoverySheet.onlyWay')}</List.Item>
          </List>
          <Group className="no-print">
            <Button variant="default" onClick={() => window.print()}>
              {t('vault.recoverySheet.print')}
            </Button>
          </Group>
          <Checkbox
            className="no-print"
            checked={saved}
            onChange={(event) => setSaved(event.currentTarget.checked)}
            label={t('vault.recoverySheet.confirm')}
          />
          <Button className="no-print" size="md" disabled={!saved} onClick={onDone}>
            {t('vault.recoverySheet.continue')}
          </Button>
        </Stack>
      </Paper>
    </CenteredPage>
  )
}
