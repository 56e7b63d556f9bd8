import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeOf,
  createAppRequestHandler,
  registerAppProtocol,
  resolveAppPath,
} from '../../../electron/main/protocol';
import { asElectron, FakeProtocol } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const root = path.resolve('/srv/casefile/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://casefile/', 'index.html'],
    ['app://casefile/index.html', 'index.html'],
    ['app://casefile/assets/index-Bx1.js', 'assets/index-Bx1.js'],
    ['app://casefile/assets/app.css?v=3#top', 'assets/app.css'],
    ['app://casefile/fonts/Noto%20Sans.woff2', 'fonts/Noto Sans.woff2'],
    // Decoded once only: the literal name '%2e%2e' is harmless (it is not '..').
    ['app://casefile/%252e%252e/x.js', '%2e%2e/x.js'],
  ])('maps %s inside the renderer folder', (url, relative) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    ['plain traversal', 'app://casefile/../../etc/passwd'],
    ['traversal inside a path', 'app://casefile/assets/../../../etc/passwd'],
    ['encoded dots', 'app://casefile/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://casefile/%2E%2e/secret'],
    ['encoded slash', 'app://casefile/..%2f..%2fetc%2fpasswd'],
    ['encoded slash alone', 'app://casefile/assets%2Findex.js'],
    ['encoded backslash', 'app://casefile/..%5c..%5cwindows%5cwin.ini'],
    ['raw backslash', 'app://casefile/..\\..\\windows\\win.ini'],
    ['null byte', 'app://casefile/index.html%00.png'],
    ['raw null byte', 'app://casefile/index.html\u0000.png'],
    ['control character', 'app://casefile/a%0Ab.js'],
    ['absolute path', 'app://casefile//etc/passwd'],
    ['encoded absolute path', 'app://casefile/%2fetc/passwd'],
    ['windows drive', 'app://casefile/C:/Windows/win.ini'],
    ['alternate data stream', 'app://casefile/index.html::$DATA'],
    ['dot segment', 'app://casefile/./index.html'],
    ['directory', 'app://casefile/assets/'],
    ['malformed escape', 'app://casefile/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['host with our name as prefix', 'app://casefile.evil/index.html'],
    ['userinfo trick', 'app://casefile@evil/index.html'],
    ['port', 'app://casefile:80/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['http', 'http://casefile/index.html'],
    ['bare origin without path', 'app://casefile'],
  ])('rejects %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('the app:// handler', () => {
  let dir: string;
  let outside: string;
  let handler: (request: Request) => Promise<Response>;
  let symlinksWork = true;

  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), 'casefile-protocol-'));
    dir = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Casefile</title>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(outside, 'outside the renderer');
    try {
      symlinkSync(outside, path.join(dir, 'assets', 'escape.txt'));
    } catch {
      symlinksWork = false; // Windows without the privilege
    }
    handler = createAppRequestHandler(dir);
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves index.html for the root with its type, the CSP and nosniff', async () => {
    const response = await get('app://casefile/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('<title>Casefile</title>');
  });

  it('serves a script as JavaScript', async () => {
    const response = await get('app://casefile/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404, still with the CSP and nosniff, for a missing file', async () => {
    const response = await get('app://casefile/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a directory and for a traversal attempt', async () => {
    expect((await get('app://casefile/assets')).status).toBe(404);
    expect((await get('app://casefile/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('refuses a symlink that points out of the renderer folder', async (context) => {
    if (!symlinksWork) context.skip();
    const response = await get('app://casefile/assets/escape.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://casefile/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://casefile/index.html', 'POST')).status).toBe(405);
  });

  it('answers 404 while the renderer folder does not exist, then serves it once built', async () => {
    const later = path.join(path.dirname(dir), 'later');
    const lateHandler = createAppRequestHandler(later);
    expect((await lateHandler(new Request('app://casefile/'))).status).toBe(404);
    mkdirSync(later);
    writeFileSync(path.join(later, 'index.html'), 'built');
    expect((await lateHandler(new Request('app://casefile/'))).status).toBe(200);
  });
});

describe('app:// registration', () => {
  it('registers the handler for the app scheme on the given protocol object', () => {
    const protocol = new FakeProtocol();
    registerAppProtocol(asElectron(protocol), '/nowhere');
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });

  it('declares the scheme standard, secure and fetchable, and nothing that loosens the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('gives unknown file types a type that is never executed', () => {
    expect(contentTypeOf('x.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('X.SVG')).toBe('image/svg+xml');
  });
});

describe('the content security policy', () => {
  it('is the strict policy the shell promises', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('leaves frame-ancestors out of the <meta> form, where Chromium ignores it', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY.startsWith(META_CONTENT_SECURITY_POLICY)).toBe(true);
  });

  it('matches the <meta> policy in renderer/index.html, so the two cannot drift apart', () => {
    const html = readFileSync(path.resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
  });
});
