import 'i18next'
import type { fi } from './fi'

// The Finnish resources are the type of every translation: `t('no.such.key')` does not compile, and a Swedish or
// English file must have the same keys (see `Translation` in resources.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof fi }
  }
}
