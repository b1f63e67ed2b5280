import '@fontsource-variable/inter'
import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './app/global.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { MissingTokenScreen } from './app/MissingTokenScreen'
import { createTransport, MissingTokenError, type Transport } from './api/transport'
import { setupI18n } from './i18n/i18n'

setupI18n()
const root = createRoot(document.getElementById('root')!)

async function start() {
  let transport: Transport | null = null
  try {
    transport = await createTransport()
  } catch (error) {
    if (!(error instanceof MissingTokenError)) throw error
  }
  root.render(<StrictMode>{transport ? <App transport={transport} /> : <MissingTokenScreen />}</StrictMode>)
}

void start()
