// The few globals that both Node (17+) and Chromium provide, declared for the pure code that uses them.
// Keeping this list short is the point: anything else runtime-specific belongs in the core or the renderer.
declare function structuredClone<T>(value: T): T
