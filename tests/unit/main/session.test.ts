import type { App, Session } from 'electron';
import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import {
  DEAD_PROXY,
  guardNewWebContents,
  isAllowedRequest,
  lockdownSession,
  withSecurityHeaders,
} from '../../../electron/main/session';
import { asElectron, emitTo, fakeEvent, FakeSession, FakeWebContents } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

type BeforeRequest = (
  details: { url: string; resourceType: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;
type HeadersReceived = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

async function lockedDown(allowDevTools = false): Promise<FakeSession> {
  const session = new FakeSession();
  await lockdownSession(asElectron<Session>(session), { allowDevTools });
  return session;
}

function decide(session: FakeSession, url: string, resourceType = 'xhr'): boolean {
  const listener = session.webRequest.beforeRequest?.listener as BeforeRequest;
  let cancel: boolean | undefined;
  listener({ url, resourceType }, (response) => (cancel = response.cancel));
  return cancel === true;
}

describe('lockdownSession: permissions and devices', () => {
  let session: FakeSession;
  beforeAll(async () => (session = await lockedDown()));

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'openExternal',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'midi',
    'idle-detection',
    'persistent-storage',
    'unknown',
  ])('refuses a %s permission request and check', (permission) => {
    const callback = vi.fn();
    const request = session.permissionRequestHandler as (...args: unknown[]) => void;
    request({}, permission, callback, { requestingUrl: 'app://casefile/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.permissionCheckHandler as (...args: unknown[]) => boolean;
    expect(check({}, permission, 'app://casefile', {})).toBe(false);
  });

  it('refuses every device permission and screen capture', () => {
    const device = session.devicePermissionHandler as (details: unknown) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://casefile' })).toBe(false);
    const callback = vi.fn();
    (session.displayMediaRequestHandler as (request: unknown, cb: unknown) => void)({}, callback);
    expect(callback).toHaveBeenCalledWith(null);
  });

  it.each(['select-hid-device', 'select-usb-device'])('cancels %s', (eventName) => {
    const event = fakeEvent();
    const callback = vi.fn();
    emitTo(session, eventName, event, { deviceList: [] }, callback);
    expect(event.defaultPrevented).toBe(true);
    expect(callback).toHaveBeenCalledWith();
  });

  it('cancels select-serial-port', () => {
    const event = fakeEvent();
    const callback = vi.fn();
    emitTo(session, 'select-serial-port', event, [], {}, callback);
    expect(event.defaultPrevented).toBe(true);
    expect(callback).toHaveBeenCalledWith('');
  });

  it('cancels downloads', () => {
    const event = fakeEvent();
    emitTo(session, 'will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('turns the spellchecker off (it downloads dictionaries)', () => {
    expect(session.spellCheckerEnabled).toBe(false);
  });

  it('points the session at a proxy nobody listens on, loopback included', () => {
    expect(session.proxy).toEqual({
      mode: 'fixed_servers',
      proxyRules: '127.0.0.1:9',
      proxyBypassRules: '<-loopback>',
    });
    expect(DEAD_PROXY.proxyBypassRules).toBe('<-loopback>');
  });

  it('clears the HTTP cache', () => {
    expect(session.clearCache).toHaveBeenCalled();
  });
});

describe('lockdownSession: requests', () => {
  let session: FakeSession;
  let devSession: FakeSession;
  beforeAll(async () => {
    session = await lockedDown(false);
    devSession = await lockedDown(true);
  });

  it('watches every request, with no URL filter that could leave a scheme out', () => {
    expect(session.webRequest.beforeRequest?.filter).toBeUndefined();
    expect(session.webRequest.beforeRequest?.listener).toBeTypeOf('function');
  });

  it.each([
    ['http://example.com/', 'xhr'],
    ['https://example.com/', 'xhr'],
    ['https://fonts.googleapis.com/css', 'stylesheet'],
    ['https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', 'other'],
    ['http://127.0.0.1:5173/', 'mainFrame'],
    ['ws://127.0.0.1:9222/devtools', 'webSocket'],
    ['wss://example.com/socket', 'webSocket'],
    ['file:///etc/passwd', 'mainFrame'],
    ['file:///home/user/case.pdf', 'image'],
    ['ftp://example.com/file', 'other'],
    ['chrome-extension://abc/page.html', 'subFrame'],
    ['chrome://gpu', 'mainFrame'],
    ['devtools://devtools/bundled/inspector.html', 'mainFrame'],
    ['data:text/html,<script>alert(1)</script>', 'mainFrame'],
    ['blob:app://casefile/0d5c', 'subFrame'],
    ['', 'other'],
  ])('cancels %s (%s)', (url, resourceType) => {
    expect(decide(session, url, resourceType)).toBe(true);
  });

  it.each([
    ['app://casefile/index.html', 'mainFrame'],
    ['app://casefile/assets/index.js', 'script'],
    ['APP://casefile/assets/index.css', 'stylesheet'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image'],
    ['blob:app://casefile/0d5c', 'image'],
  ])('lets %s (%s) through', (url, resourceType) => {
    expect(decide(session, url, resourceType)).toBe(false);
  });

  it('lets DevTools load its own UI only when DevTools are allowed', () => {
    const url = 'devtools://devtools/bundled/inspector.html';
    expect(decide(devSession, url, 'mainFrame')).toBe(false);
    expect(decide(devSession, 'https://chrome-devtools-frontend.appspot.com/x', 'script')).toBe(
      true,
    );
  });

  it('agrees with isAllowedRequest', () => {
    expect(isAllowedRequest('app://casefile/', 'mainFrame', { allowDevTools: false })).toBe(true);
    expect(isAllowedRequest('https://x/', 'xhr', { allowDevTools: true })).toBe(false);
  });
});

describe('lockdownSession: response headers', () => {
  let session: FakeSession;
  beforeAll(async () => (session = await lockedDown()));

  const receive = (url: string, responseHeaders: Record<string, string[]>) => {
    const listener = session.webRequest.headersReceived?.listener as HeadersReceived;
    let result: { responseHeaders?: Record<string, string | string[]> } | undefined;
    listener({ url, responseHeaders }, (response) => (result = response));
    return result;
  };

  it('puts our CSP and nosniff on app:// responses, replacing any other CSP', () => {
    const result = receive('app://casefile/index.html', {
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
      'Content-Type': ['text/html'],
    });
    const headers = result?.responseHeaders ?? {};
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers).not.toHaveProperty('content-security-policy');
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('leaves other responses as they are (DevTools in unpackaged builds)', () => {
    expect(receive('devtools://devtools/x.js', {})).toEqual({});
  });

  it('withSecurityHeaders adds the headers to an empty set', () => {
    expect(withSecurityHeaders(undefined)).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('guardNewWebContents', () => {
  it('hardens every web contents the app creates later', () => {
    const app = new EventEmitter();
    guardNewWebContents(asElectron<App>(app), { allowDevTools: false });
    const contents = new FakeWebContents();
    emitTo(app, 'web-contents-created', fakeEvent(), contents);

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const navigation = fakeEvent({ url: 'https://example.com/', isSameDocument: false });
    emitTo(contents, 'will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    const attach = fakeEvent();
    emitTo(contents, 'will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });
});
