/**
 * React Aria injects one fixed <style> element (touch-action for pressable
 * elements). Allowing exactly that text by its hash keeps every other inline
 * style forbidden. An end-to-end test fails on any CSP violation, so a library
 * update that changes the text is caught before it ships.
 */
const REACT_ARIA_PRESS_STYLE = "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

/**
 * The one Content-Security-Policy for the UI, sent as a header by the Electron
 * protocol handler and written as a <meta> tag into the built index.html for
 * the browser build. No inline scripts, no eval, no remote anything.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${REACT_ARIA_PRESS_STYLE}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');
