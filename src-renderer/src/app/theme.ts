import { createTheme } from '@mantine/core'
import i18next from 'i18next'
import { NO_AUTOFILL_COMPONENTS } from './no-autofill'

export const theme = createTheme({
  fontFamily: "'Inter Variable', system-ui, sans-serif",
  headings: { fontFamily: "'Inter Variable', system-ui, sans-serif" },
  primaryColor: 'teal',
  primaryShade: 9,
  defaultRadius: 'md',
  fontSizes: { xs: '0.875rem', sm: '1rem', md: '1.0625rem', lg: '1.1875rem', xl: '1.375rem' },
  components: {
    ...NO_AUTOFILL_COMPONENTS,
    // Mantine's close buttons have no text; give them a Finnish accessible name (read when first rendered).
    Notification: {
      defaultProps: () => ({ closeButtonProps: { 'aria-label': i18next.t('common.close') } }),
    },
    Modal: {
      defaultProps: () => ({ closeButtonProps: { 'aria-label': i18next.t('common.close') } }),
    },
  },
})
