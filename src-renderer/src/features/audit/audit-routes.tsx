import type { FeatureRoutes } from '../../app/feature-routes'
import { ClientLogPage } from './ClientLogPage'
import { RecentLogPage } from './RecentLogPage'

export const auditRoutes: FeatureRoutes = {
  app: [
    { path: '/log', element: <RecentLogPage /> },
    { path: '/clients/:clientId/log', element: <ClientLogPage /> },
  ],
  print: [],
}
