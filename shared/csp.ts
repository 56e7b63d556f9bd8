/**
 * The one Content-Security-Policy of the UI. Main sends it as a header on every app:// response;
 * renderer/index.html carries the same policy in a <meta> tag so it also holds if the page is
 * ever opened some other way. Keep both in step by importing from here.
 */
const DIRECTIVES = [
  "default-src 'self'",
  // pdf.js decodes JPEG 2000 and JBIG2 scans and colour profiles with WebAssembly shipped in the
  // bundle; 'wasm-unsafe-eval' allows compiling that, and still no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/** The header value. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The same policy for a <meta http-equiv> tag: Chromium ignores `frame-ancestors` there (and
 * logs a warning), so it is left out; the header still enforces it.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter(
  (directive) => !directive.startsWith('frame-ancestors'),
).join('; ');
