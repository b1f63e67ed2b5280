import type { FeatureRoutes } from '../../app/feature-routes'

export const formsRoutes: FeatureRoutes = { app: [], print: [] }
