import { Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { coachProfileMissing } from '@shared/settings/coach-profile-schema'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'
import { useCoachProfile } from './settings-queries'

/**
 * First run: until Settings has the coach's name and organisation, every screen but Settings says so, so the first
 * finalised form does not stop on "IPS-työhönvalmentaja: Pakollinen tieto puuttuu".
 */
export function CoachProfileReminder() {
  const { t } = useTranslation()
  const profile = useCoachProfile()
  const { pathname } = useLocation()
  const missing = profile.isSuccess ? coachProfileMissing(profile.data) : []
  if (pathname === '/settings' || missing.length === 0) return null
  const what = missing.length === 2 ? 'both' : missing[0]!
  return (
    <NoticeAlert tone="orange" title={t('settings.reminderTitle')} mb="md" data-testid="coach-profile-reminder">
      {t(`settings.reminderText.${what}`)}{' '}
      <Anchor component={Link} to="/settings" fw={700} c="black" underline="always">
        {t('settings.reminderLink')}
      </Anchor>
    </NoticeAlert>
  )
}
