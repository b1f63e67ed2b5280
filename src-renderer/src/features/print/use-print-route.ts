import { useNavigate } from 'react-router'
import { useApi } from '../../api/api-context'
import { isElectron, printRoute, type PrintRoute } from './print-actions'

/**
 * "Tulosta" on a screen with a print route: the desktop app prints the route from a hidden window; the browser
 * opens the route, which prints itself once ready (`useAutoPrint`).
 */
export function usePrintRoute() {
  const api = useApi()
  const navigate = useNavigate()
  return (route: PrintRoute) => {
    if (isElectron()) void printRoute(api.transport, route)
    else navigate(route, { state: { autoPrint: true } })
  }
}
