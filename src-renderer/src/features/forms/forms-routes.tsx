import type { FeatureRoutes } from '../../app/feature-routes'
import { FormDocumentPage } from './FormDocumentPage'
import { PrintDraftPage, PrintVersionPage } from './FormPrintPages'

export const formsRoutes: FeatureRoutes = {
  app: [{ path: '/forms/:documentId', element: <FormDocumentPage /> }],
  print: [
    { path: '/print/form/:versionId/:language?', element: <PrintVersionPage /> },
    { path: '/print/draft/:documentId/:language?', element: <PrintDraftPage /> },
  ],
}
