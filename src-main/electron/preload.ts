import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { BackendEvent, Transport } from '../shared/api'

// The renderer gets exactly two functions; no Electron object crosses the bridge. Main validates every input.
const bridge = {
  invoke: (name, input) => ipcRenderer.invoke('api:invoke', name, input),
  on: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: BackendEvent) => listener(payload)
    ipcRenderer.on('api:event', forward)
    return () => ipcRenderer.removeListener('api:event', forward)
  },
} satisfies Transport

contextBridge.exposeInMainWorld('tyohonvalmentaja', bridge)
