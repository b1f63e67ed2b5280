// npm start: build and run the Electron app. Where the Electron binary is missing (npm 11 does not run
// install scripts by default, and machines without internet cannot download it) say so plainly.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { electronBinary } from './electron-binary.mjs'

const run = (command, args, options = {}) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options })

if (!electronBinary()) {
  console.log('The Electron binary is not installed yet; trying to download it once (needs internet)…')
  run(process.execPath, [join('node_modules', 'electron', 'install.js')], { timeout: 180_000 })
}
if (!electronBinary()) {
  console.error(`
The Electron binary is missing and could not be downloaded on this machine.
The desktop window cannot start here, but the same app runs in your browser:

    npm run start:browser

(On a machine with internet access, "npm install" followed by "npm start" opens the desktop app.)`)
  process.exit(1)
}
// electron-vite's own CLI in this node process's child, not through npx, so there is one process to pass signals to:
// a terminated `npm start` must not leave the app (and its open vault) running.
const app = spawn(process.execPath, [join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview'], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => app.kill(signal))
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
