import type { ReactElement } from 'react'

/** A feature's screens: `app` routes render inside the main layout, `print` routes on a bare A4 page. */
export type FeatureRoutes = {
  app: Array<{ path: string; element: ReactElement }>
  print: Array<{ path: string; element: ReactElement }>
}
