import { useLayoutEffect, useState } from 'react'

const PX_PER_MM = 96 / 25.4
/** The A4 page less the @page margins of the print layout (20 mm + 18 mm), with a little room for rounding. */
const PRINTABLE_HEIGHT_PX = (297 - 20 - 18) * PX_PER_MM * 0.97
/** Below this the text would be too small to read at arm's length: the summary then flows onto a second page. */
const SMALLEST_ZOOM = 0.72

/**
 * The calculation summary is a one-page handout: when a long calculation (enforcement, a 12-month view, many
 * reminders) would spill onto a second page, the sheet is scaled down just enough to fit. Returns true once measured
 * (the print window waits for that before printing).
 */
export function useFitToOnePage(): boolean {
  const [fitted, setFitted] = useState(false)
  useLayoutEffect(() => {
    let cancelled = false
    void document.fonts.ready.then(() => {
      const sheet = document.querySelector<HTMLElement>('.print-sheet')
      if (cancelled || !sheet) return
      sheet.style.zoom = ''
      const first = sheet.firstElementChild?.getBoundingClientRect()
      const last = sheet.lastElementChild?.getBoundingClientRect()
      const height = first && last ? last.bottom - first.top : 0
      const zoom = height > PRINTABLE_HEIGHT_PX ? Math.max(SMALLEST_ZOOM, PRINTABLE_HEIGHT_PX / height) : 1
      if (zoom < 1) sheet.style.zoom = zoom.toFixed(3)
      setFitted(true)
    })
    return () => {
      cancelled = true
    }
  }, [])
  return fitted
}
