import { createTheme } from '@mantine/core'
import i18next from 'i18next'
import { NO_AUTOFILL_COMPONENTS } from './no-autofill'

/** Focus rings: see global.css (every focusable element, inputs included, gets a 3 px ring). */
export const theme = createTheme({
  focusRing: 'auto',
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
    // The show/hide button of a passphrase: named in Finnish, reachable with Tab, its state read as pressed or not.
    PasswordInput: {
      defaultProps: () => ({
        visibilityToggleFocusable: true,
        visibilityToggleButtonProps: { 'aria-label': i18next.t('common.showPassphrase') },
      }),
    },
  },
})
