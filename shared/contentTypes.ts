/**
 * Content-Type by lower-case file extension, for the UI's own assets. Main's app:// handler and
 * the e2e harness's static server both serve the built renderer; one list keeps them alike.
 * Pure data: callers take the extension with their own path module.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Anything else is opaque bytes: sent with nosniff, it is never run or rendered. */
export const UNKNOWN_CONTENT_TYPE = 'application/octet-stream';

/** `extension` as `path.extname` gives it (with the dot); any letter case. */
export const contentTypeForExtension = (extension: string): string =>
  CONTENT_TYPES[extension.toLowerCase()] ?? UNKNOWN_CONTENT_TYPE;
