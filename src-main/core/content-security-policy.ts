/**
 * The app loads nothing from outside its own bundle. Styles allow 'unsafe-inline' because Mantine sets
 * CSS variables in a <style> element and style attributes; scripts stay strictly same-origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
