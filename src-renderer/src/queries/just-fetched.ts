/**
 * How long an answer counts as fresh for a section that mounts just after its query was started elsewhere (the
 * client page asks for every section's data at once, before the sections exist): without it each section would ask
 * again on mounting. Every write invalidates the keys it changes, so this never hides a change made in the app.
 */
export const JUST_FETCHED_MS = 1000
