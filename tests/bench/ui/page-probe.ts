/**
 * What `npm run bench:ui` installs in the page before the app loads (a script string: Playwright runs it as it is).
 *
 * Paint: a frame is painted after its requestAnimationFrame callbacks run, so "rAF, then setTimeout(0)" runs just
 * after the paint of the frame that shows what the DOM held at rAF time (the method of the Chrome team's "next paint"
 * polyfills; Event Timing's `duration` measures the same span, rounded to 8 ms, and is recorded beside it).
 *
 * - keystroke → paint: a keydown listener (capture) starts at the event's timestamp and ends after the next paint.
 *   The app handles the key (input event, React's synchronous re-render) before that frame.
 * - response → paint ("settle"): every `/api/invoke` answer is followed until the app has rendered it and the frame is
 *   painted: the answer's JSON resolves, TanStack Query hands it to React in a setTimeout(0) that React renders at
 *   once (useSyncExternalStore), so a setTimeout queued after that one, then rAF + setTimeout, is after its paint.
 * - long tasks: PerformanceObserver('longtask'), each entry's start and duration.
 */
export const PAGE_PROBE = `(() => {
  const bench = {
    keys: [], waitingKeys: [], longTasks: [], eventTimings: [], settles: [], waitingSettles: [], inFlight: 0,
    afterPaint(callback) { requestAnimationFrame(() => setTimeout(callback, 0)) },
    nextKey(count) {
      return new Promise((resolve) => {
        const check = () => (bench.keys.length >= count ? resolve(bench.keys[count - 1]) : bench.waitingKeys.push(check))
        check()
      })
    },
    /** The first settle after 'since' of a call that 'match' accepts: resolves with its painted time. */
    settleOf(since, match) {
      return new Promise((resolve) => {
        const check = () => {
          const found = bench.settles.find((s) => s.requestedAt >= since && match(s))
          if (found) resolve(found.paintedAt)
          else bench.waitingSettles.push(check)
        }
        check()
      })
    },
    /** Resolves after the paint of the first frame in which predicate() holds. */
    frameWhen(predicate) {
      return new Promise((resolve) => {
        const frame = () => (predicate() ? setTimeout(() => resolve(performance.now()), 0) : requestAnimationFrame(frame))
        requestAnimationFrame(frame)
      })
    },
  }
  window.__bench = bench
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp
    bench.lastKeyAt = start
    bench.afterPaint(() => {
      bench.keys.push({ ms: performance.now() - start, key: event.key })
      bench.waitingKeys.splice(0).forEach((check) => check())
    })
  }, true)
  document.addEventListener('click', (event) => { bench.lastClickAt = event.timeStamp }, true)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, ms: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.eventTimings.push({ name: entry.name, start: entry.startTime, ms: entry.duration })
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })

  const responses = new WeakMap()
  const originalFetch = window.fetch
  window.fetch = async function (resource, init) {
    let call = null
    if (typeof init?.body === 'string' && String(resource).endsWith('/api/invoke')) {
      try { call = JSON.parse(init.body) } catch { call = null }
    }
    const requestedAt = performance.now()
    if (call) bench.inFlight++
    try {
      const response = await originalFetch.call(this, resource, init)
      if (call) responses.set(response, { ...call, requestedAt })
      return response
    } finally {
      if (call) { bench.inFlight--; bench.lastAnswerAt = performance.now() }
    }
  }
  const originalJson = Response.prototype.json
  Response.prototype.json = async function () {
    const value = await originalJson.call(this)
    const call = responses.get(this)
    if (call) {
      setTimeout(() => setTimeout(() => bench.afterPaint(() => {
        bench.settles.push({ name: call.name, input: call.input, requestedAt: call.requestedAt, paintedAt: performance.now() })
        bench.waitingSettles.splice(0).forEach((check) => check())
      }), 0), 0)
    }
    return value
  }
})()`

type Settle = { name: string; input: unknown; requestedAt: number; paintedAt: number }

/** What the probe keeps in the page (window.__bench). */
export type BenchProbe = {
  keys: Array<{ ms: number; key: string }>
  longTasks: Array<{ start: number; ms: number }>
  eventTimings: Array<{ name: string; start: number; ms: number }>
  settles: Settle[]
  inFlight: number
  lastAnswerAt?: number
  lastKeyAt: number
  lastClickAt?: number
  nextKey(count: number): Promise<{ ms: number; key: string }>
  settleOf(since: number, match: (settle: Settle) => boolean): Promise<number>
  frameWhen(predicate: () => boolean): Promise<number>
}

declare global {
  interface Window {
    __bench: BenchProbe
  }
}
