import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

// The renderer gets exactly two functions; no Electron object crosses the bridge.
contextBridge.exposeInMainWorld('tyohonvalmentaja', {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke('api:invoke', name, input),
  on: (listener: (event: unknown) => void) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on('api:event', forward)
    return () => ipcRenderer.removeListener('api:event', forward)
  },
})
