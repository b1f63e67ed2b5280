import type { FeatureRoutes } from '../../app/feature-routes'

export const calculatorRoutes: FeatureRoutes = { app: [], print: [] }
