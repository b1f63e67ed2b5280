import type { FeatureRoutes } from '../../app/feature-routes'
import { ClientDataPrintPage } from './ClientDataPrintPage'
import { RetentionReviewPage } from './RetentionReviewPage'

export const dataRequestsRoutes: FeatureRoutes = {
  app: [{ path: '/retention', element: <RetentionReviewPage /> }],
  print: [{ path: '/print/client-data/:clientId/:language?', element: <ClientDataPrintPage /> }],
}
