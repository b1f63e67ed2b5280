import type { FeatureRoutes } from '../../app/feature-routes'
import { ProcedureCodesPage } from './ProcedureCodesPage'

export const procedureCodesRoutes: FeatureRoutes = {
  app: [{ path: '/settings/procedure-codes', element: <ProcedureCodesPage /> }],
  print: [],
}
