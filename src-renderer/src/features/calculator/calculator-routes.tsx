import type { FeatureRoutes } from '../../app/feature-routes'
import { CalculationPrintPage } from './CalculationPrintPage'
import { CalculatorPage } from './CalculatorPage'
import { ParametersPage } from './ParametersPage'
import { SavedCalculationPage } from './SavedCalculationPage'

export const calculatorRoutes: FeatureRoutes = {
  app: [
    { path: '/calculator', element: <CalculatorPage /> },
    { path: '/clients/:clientId/calculator', element: <CalculatorPage /> },
    { path: '/calculator/parameters', element: <ParametersPage /> },
    { path: '/calculations/:calculationId', element: <SavedCalculationPage /> },
  ],
  print: [{ path: '/print/calculation/:calculationId/:language?', element: <CalculationPrintPage /> }],
}
