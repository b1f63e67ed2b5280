import type { FeatureRoutes } from '../../app/feature-routes'
import { EmployerListPage } from './EmployerListPage'
import { EmployerPage } from './EmployerPage'

/** The employer register. */
export const employersRoutes: FeatureRoutes = {
  app: [
    { path: '/employers', element: <EmployerListPage /> },
    { path: '/employers/:employerId', element: <EmployerPage /> },
  ],
  print: [],
}
