import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { contentTypeForExtension } from '../../shared/contentTypes';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * The UI is served from app://casefile/ instead of file://: a real origin for the CSP and the
 * IPC sender check, and no access to the rest of the disk from the renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'casefile';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
const APP_PREFIX = `${APP_ORIGIN}/`;

/**
 * Must be registered before `ready`. standard: relative URLs and a real origin; secure: counts as
 * a secure context; supportFetchAPI: fetch() of our own assets (pdf.js cmaps later).
 * Deliberately absent: bypassCSP, corsEnabled (no other origin may read us), allowServiceWorkers,
 * codeCache (it would write compiled UI code to disk), stream.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Headers on every app:// response, including errors. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Local files gain nothing from caching; no-store keeps UI responses out of any cache.
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** With nosniff, an unknown type is never executed or rendered as something else. */
export function contentTypeOf(filePath: string): string {
  return contentTypeForExtension(path.extname(filePath));
}

// Encoded '/', '\' and NUL are never produced for a real asset name; refusing them before
// decoding means a decoded separator can never smuggle in a path segment.
const ENCODED_SEPARATOR_OR_NUL = /%(2f|5c|00)/i;

/**
 * Maps `app://casefile/<path>` to a file under rootDir, or null. Pure: the handler adds the
 * realpath check that catches symlinks pointing out of rootDir.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (!requestUrl.startsWith(APP_PREFIX)) return null;
  const rawPath = requestUrl.slice(APP_PREFIX.length).split(/[?#]/, 1)[0] ?? '';
  if (ENCODED_SEPARATOR_OR_NUL.test(rawPath) || rawPath.includes('\\')) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath); // once: '%252e' stays the literal text '%2e'
  } catch {
    return null; // malformed escape
  }
  if (decoded === '') decoded = 'index.html';
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  if (/[\u0000-\u001f\\]/.test(decoded) || decoded.startsWith('/')) return null;

  const segments = decoded.split('/');
  const hostile = (segment: string) =>
    segment === '' || segment === '.' || segment === '..' || segment.includes(':');
  if (segments.some(hostile)) return null; // also refuses 'dir/' and drive letters / ADS on Windows

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  return isInside(root, resolved) ? resolved : null;
}

function isInside(root: string, candidate: string): boolean {
  return candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

type Body = ConstructorParameters<typeof Response>[0];

function respond(status: number, body: Body, contentType: string): Response {
  return new Response(body, {
    status,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': contentType },
  });
}

const notFound = () => respond(404, 'Not found', 'text/plain; charset=utf-8');

/** The app:// handler: only regular files inside rootDir (after resolving symlinks), GET/HEAD only. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return notFound();
    try {
      realRoot ??= realpath(rootDir);
      const [root, realFile] = await Promise.all([realRoot, realpath(filePath)]);
      if (!isInside(root, realFile)) return notFound();
      if (!(await stat(realFile)).isFile()) return notFound();
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(realFile));
      return respond(200, body, contentTypeOf(realFile));
    } catch {
      realRoot = undefined; // a missing root (not built yet) must not be cached as a failure
      return notFound();
    }
  };
}

/** Serves rootDir (out/renderer) on app://casefile/ for the session that owns `protocol`. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}

/** True for URLs of our own UI origin; used by the navigation and IPC sender checks. */
export function isAppUrl(url: string): boolean {
  return url.startsWith(APP_PREFIX) || url === APP_ORIGIN;
}
