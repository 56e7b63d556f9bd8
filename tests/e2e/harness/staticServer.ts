import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeForExtension } from '../../../shared/contentTypes';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Resolves a URL path inside `root`, or null: no `..`, no encoded escapes, no NUL, no symlink
 * out of the folder. Mirrors what main's app:// handler must do.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = path.resolve(root, relative);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return null;
  }
  const realRoot = fs.realpathSync(root);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null;
  return fs.statSync(real).isFile() ? real : null;
}

/** Serves the built renderer on 127.0.0.1 at a random port, like app:// does in the app. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(405, 'Method not allowed');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveInside(root, url.pathname);
    if (!file) return send(404, 'Not found');
    response.writeHead(200, {
      'Content-Type': contentTypeForExtension(path.extname(file)),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') return response.end();
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
