import { Paper, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import i18next from 'i18next'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, isLanguage } from '@shared/i18n/languages'
import { LabelledSegmentedControl } from '../../forms-ui/LabelledSegmentedControl'
import { useLanguage } from '../../i18n/document-language'
import { useSaveAppLanguage } from './language-queries'

/** Settings → Language: the app's language, applied at once and stored in the vault. */
export function LanguageSection() {
  const { t } = useTranslation()
  const language = useLanguage()
  const save = useSaveAppLanguage()
  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="language-heading">
      <Title order={2} size="h3" mb="xs" id="language-heading">
        {t('language.settingsTitle')}
      </Title>
      <LabelledSegmentedControl
        label={t('language.appLanguage')}
        value={language}
        data={LANGUAGES.map((value) => ({ value, label: t(`language.autonyms.${value}`) }))}
        onChange={(value) => {
          if (!isLanguage(value) || value === language) return
          void i18next.changeLanguage(value)
          save.mutate(
            { language: value },
            { onSuccess: () => notifications.show({ color: 'teal', message: i18next.t('language.saved') }) },
          )
        }}
      />
      <Text c="dimmed" mt="xs">
        {t('language.appLanguageHelp')}
      </Text>
    </Paper>
  )
}
