import { useCallback, useEffect, useRef, useState } from 'react'
import type { FormValues } from '@shared/forms'
import { useApi } from '../../api/api-context'
import { registerBeforeLock } from '../vault/before-lock'
import { useSaveDraftCall } from './form-queries'

export type SaveState = { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error' }

const DEBOUNCE_MS = 500

/**
 * Autosave of one draft: debounced while typing, flushed at once on blur, lock, route change and page hide.
 * Saves run one after another so an older save can never overwrite a newer one.
 */
export function useDraftAutosave(documentId: string, initialSavedAt: string, getValues: () => FormValues) {
  const api = useApi()
  const saveDraft = useSaveDraftCall()
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: initialSavedAt })
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const dirty = useRef(false)
  const chain = useRef<Promise<void>>(Promise.resolve())
  const disposed = useRef(false)
  const getValuesRef = useRef(getValues)
  getValuesRef.current = getValues

  const saveNow = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (!dirty.current) return chain.current
    dirty.current = false
    const values = getValuesRef.current()
    setState({ kind: 'saving' })
    chain.current = chain.current.then(async () => {
      try {
        const result = await saveDraft({ documentId, values })
        if (!dirty.current) setState({ kind: 'saved', at: result.updatedAt })
      } catch {
        dirty.current = true
        setState({ kind: 'error' })
        if (!disposed.current) timer.current = setTimeout(() => void saveNow(), 2000)
      }
    })
    return chain.current
  }, [saveDraft, documentId])

  const changed = useCallback(() => {
    dirty.current = true
    // The same state object while typing goes on: the editor renders once when saving becomes pending, not per key.
    setState((current) => (current.kind === 'pending' ? current : { kind: 'pending' }))
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS)
  }, [saveNow])

  useEffect(() => {
    /** The page is going away (reload, close): in browser mode a keepalive request outlives it. */
    const onHide = () => {
      if (!dirty.current) return
      const input = { documentId, values: getValuesRef.current() }
      if (!api.transport.sendWhileLeaving?.('forms-save-draft', input)) {
        void saveNow()
        return
      }
      dirty.current = false
      if (timer.current) clearTimeout(timer.current)
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide()
    }
    window.addEventListener('pagehide', onHide)
    window.addEventListener('beforeunload', onHide)
    document.addEventListener('visibilitychange', onVisibility)
    const unregister = registerBeforeLock(saveNow)
    disposed.current = false
    return () => {
      disposed.current = true
      window.removeEventListener('pagehide', onHide)
      window.removeEventListener('beforeunload', onHide)
      document.removeEventListener('visibilitychange', onVisibility)
      unregister()
      // Leaving the screen (route change): save what is pending.
      void saveNow()
    }
  }, [api, documentId, saveNow])

  return { state, changed, flush: saveNow }
}
