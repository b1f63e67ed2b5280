import { Anchor, Paper, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** The way from Settings to the procedure-code table. */
export function ProcedureCodesLink() {
  const { t } = useTranslation()
  return (
    <Paper p="lg" withBorder>
      <Title order={2} size="h3" mb="xs">
        {t('process.codes.title')}
      </Title>
      <Text mb="xs">{t('process.codes.settingsText')}</Text>
      <Anchor component={Link} to="/settings/procedure-codes" c="teal.9" fw={600}>
        {t('process.codes.link')}
      </Anchor>
    </Paper>
  )
}
