import type { FeatureRoutes } from '../../app/feature-routes'
import { ReportPrintPage } from './ReportPrintPage'
import { ReportsPage } from './ReportsPage'

export const reportsRoutes: FeatureRoutes = {
  app: [{ path: '/reports', element: <ReportsPage /> }],
  print: [{ path: '/print/report/:from/:to', element: <ReportPrintPage /> }],
}
