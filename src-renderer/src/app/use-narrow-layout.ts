import { em } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'

/**
 * True below Mantine's `md` breakpoint (62em, 992 px): a laptop at 150 % or 200 % zoom. The navigation folds into a
 * menu behind a button.
 */
export function useNarrowLayout(): boolean {
  return useMediaQuery(`(max-width: ${em(991.98)})`, false, { getInitialValueInEffect: false })
}

/**
 * True below Mantine's `lg` breakpoint (75em, 1200 px): a form's side panel goes under the form, so the form keeps a
 * readable width beside the navigation (form-layout.module.css uses the same 75em).
 */
export function usePanelBelow(): boolean {
  return useMediaQuery(`(max-width: ${em(1199.98)})`, false, { getInitialValueInEffect: false })
}
