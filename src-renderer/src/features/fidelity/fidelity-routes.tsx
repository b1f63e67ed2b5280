import type { FeatureRoutes } from '../../app/feature-routes'
import { FidelityListPage } from './FidelityListPage'
import { FidelityPrintPage } from './FidelityPrintPage'
import { FidelityReviewPage } from './FidelityReviewPage'

export const fidelityRoutes: FeatureRoutes = {
  app: [
    { path: '/fidelity', element: <FidelityListPage /> },
    { path: '/fidelity/new', element: <FidelityReviewPage /> },
    { path: '/fidelity/:reviewId', element: <FidelityReviewPage /> },
  ],
  print: [{ path: '/print/fidelity/:reviewId', element: <FidelityPrintPage /> }],
}
