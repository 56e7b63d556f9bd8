/**
 * The real app in a real Electron: the hardened shell as a user's machine would run it.
 * Skipped, with the reason, where no Electron binary exists; run `npx electron-vite build` first.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { CasefileApi } from '../../shared/ipc/client';
import { routeKeys } from '../../shared/ipc/contract';
import { findElectronBinary, repoRoot } from './electronBinary';

const binary = findElectronBinary();
test.skip(
  !binary,
  'No Electron binary on this machine (node_modules/electron/dist is absent; Electron 45 downloads it on first start) — these specs run where it exists',
);
test.describe.configure({ mode: 'serial' });

const mainEntry = path.join(repoRoot, 'out', 'main', 'index.js');
const PASSPHRASE = 'Violet harbour 47 quietly mends';

/** The page's view of the bridge; typed here because tests/ has no renderer globals. */
type BridgedWindow = Window & { casefile: CasefileApi; lockEvents?: unknown[] };

let app: ElectronApplication;
let page: Page;
let profile: string;
let server: Server;
let serverHits = 0;
let serverUrl: string;
const finishedForeignRequests: string[] = [];
const consoleMessages: string[] = [];

test.beforeAll(async () => {
  if (!existsSync(mainEntry)) {
    throw new Error('out/main/index.js is missing: run `npx electron-vite build` first');
  }
  // A real server on loopback: if anything got through, it would be counted here.
  server = createServer((_request, response) => {
    serverHits += 1;
    response.end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  profile = mkdtempSync(path.join(tmpdir(), 'casefile-electron-'));
  // Chromium will not start its OS sandbox as root (containers, CI). The renderer's `sandbox`
  // webPreference — what these specs check — is unaffected by this flag.
  const chromiumFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await _electron.launch({
    executablePath: binary!,
    args: [...chromiumFlags, mainEntry],
    env: { ...process.env, CASEFILE_USER_DATA: profile },
  });
  page = await app.firstWindow();
  page.on('console', (message) => consoleMessages.push(message.text()));
  page.on('requestfinished', (request) => {
    if (!/^(app|data|blob):/.test(request.url())) finishedForeignRequests.push(request.url());
  });
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('launches one window on app://casefile/ with the test profile', async () => {
  expect(page.url()).toBe('app://casefile/index.html');
  expect(app.windows()).toHaveLength(1);
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(userData).toBe(path.resolve(profile));
});

test('the UI renders from app:// under the strict CSP without a violation', async () => {
  // Proves the module script and stylesheet load from the custom scheme with the CSP in force.
  await expect(page.locator('#root')).not.toBeEmpty();
  expect(consoleMessages.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
});

test('the page has no Node: context isolation and the sandbox hold', async () => {
  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer', 'electron'].map(
      (name) => `${name}:${typeof scope[name]}`,
    );
  });
  expect(globals).toEqual([
    'require:undefined',
    'process:undefined',
    'module:undefined',
    'Buffer:undefined',
    'global:undefined',
    'ipcRenderer:undefined',
    'electron:undefined',
  ]);
});

test('window.casefile carries the contract domains and nothing else', async () => {
  const keys = await page.evaluate(() => Object.keys((window as BridgedWindow).casefile).sort());
  const domains = [...new Set(routeKeys.map((key) => key.split('.')[0]!))];
  expect(keys).toEqual([...domains, 'events'].sort());
});

test('the renderer cannot reach the network', async () => {
  const outcomes = await page.evaluate(async (url) => {
    const attempt = async (target: string) => {
      try {
        await fetch(target);
        return 'reached';
      } catch {
        return 'blocked';
      }
    };
    return [
      await attempt(url),
      await attempt('https://example.com/'),
      await attempt('file:///etc/hosts'),
    ];
  }, serverUrl);
  expect(outcomes).toEqual(['blocked', 'blocked', 'blocked']);
  expect(serverHits).toBe(0);
});

test('the UI session refuses requests from the main process side too', async () => {
  const outcome = await app.evaluate(async ({ session }, url) => {
    try {
      await session.fromPartition('casefile-ui').fetch(url);
      return 'reached';
    } catch {
      return 'blocked';
    }
  }, serverUrl);
  expect(outcome).toBe('blocked');
  expect(serverHits).toBe(0);
});

test('window.open returns null and opens nothing', async () => {
  const opened = await page.evaluate((url) => window.open(url) === null, serverUrl);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('navigating away is refused', async () => {
  await page.evaluate((url) => {
    window.location.href = url;
  }, serverUrl);
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://casefile/index.html');
  expect(serverHits).toBe(0);
});

test('create, lock and unlock a vault through window.casefile', async () => {
  // Each call runs in the page, through the preload bridge and main's IPC, into the real core.
  await page.evaluate(() => {
    const bridged = window as BridgedWindow;
    bridged.lockEvents = [];
    bridged.casefile.events.on('vault.locked', (payload) => bridged.lockEvents?.push(payload));
  });

  expect(await page.evaluate(() => (window as BridgedWindow).casefile.vault.status())).toEqual({
    ok: true,
    value: { state: 'absent' },
  });
  expect(
    await page.evaluate(
      (passphrase) => (window as BridgedWindow).casefile.vault.create({ passphrase }),
      PASSPHRASE,
    ),
  ).toEqual({ ok: true, value: { state: 'unlocked' } });

  expect(await page.evaluate(() => (window as BridgedWindow).casefile.vault.lock())).toEqual({
    ok: true,
    value: { state: 'locked' },
  });
  expect(await page.evaluate(() => (window as BridgedWindow).lockEvents)).toEqual([
    { reason: 'manual' },
  ]);
  expect(await page.evaluate(() => (window as BridgedWindow).casefile.cases.list())).toMatchObject({
    ok: false,
    error: { code: 'VAULT_LOCKED' },
  });

  expect(
    await page.evaluate(() =>
      (window as BridgedWindow).casefile.vault.unlock({ passphrase: 'Not the right one at all 9' }),
    ),
  ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
  expect(
    await page.evaluate(
      (passphrase) => (window as BridgedWindow).casefile.vault.unlock({ passphrase }),
      PASSPHRASE,
    ),
  ).toEqual({ ok: true, value: { state: 'unlocked' } });

  expect(finishedForeignRequests).toEqual([]);
  expect(serverHits).toBe(0);
});
