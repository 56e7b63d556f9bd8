import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';

const run = promisify(execFile);
const GATE = path.resolve(__dirname, '../../scripts/security-gate.mjs');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const PAGE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'">
</head><body></body></html>`;

/** Runs the gate over an app of `main.js` and a page; exit code and its JSON verdict. */
async function gate(source: string, auditArgs: string[] = ['--no-audit']) {
  const { dir, cleanup } = makeTempDir('casefile-gate-test-');
  cleanups.push(cleanup);
  fs.writeFileSync(path.join(dir, 'main.js'), source);
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ devDependencies: { electron: '45.5.0' } }),
  );
  try {
    const { stdout } = await run(process.execPath, [GATE, '--input', dir, ...auditArgs]);
    return { code: 0, verdict: JSON.parse(stdout) as { ok: boolean; failures: string[] } };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return {
      code: failed.code,
      verdict: JSON.parse(failed.stdout) as { ok: boolean; failures: string[] },
    };
  }
}

const HARDENED = `const { BrowserWindow, session } = require('electron');
const win = new BrowserWindow({ webPreferences: { contextIsolation: true, nodeIntegration: false,
  sandbox: true, disableBlinkFeatures: 'Auxclick' } });
win.webContents.on('will-navigate', (event) => event.preventDefault());
win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
session.defaultSession.setPermissionRequestHandler((contents, permission, answer) => answer(false));
`;

describe('security gate (Electronegativity)', () => {
  it('fails on a window with Node integration and without isolation', async () => {
    const { code, verdict } = await gate(`const { BrowserWindow } = require('electron');
new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
`);
    expect(code).toBe(1);
    expect(verdict.ok).toBe(false);
    expect(verdict.failures.join('\n')).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK/);
  }, 60_000);

  it('passes a hardened window, and refuses a finding silenced without a reason', async () => {
    expect((await gate(HARDENED)).code).toBe(0);
    const silenced = await gate(
      HARDENED.replace("'Auxclick' } });", "'Auxclick' } }); // eng-disable SANDBOX_JS_CHECK"),
    );
    expect(silenced.code).toBe(1);
    expect(silenced.verdict.failures.join('\n')).toMatch(/eng-disable without a reason/);
    const justified = await gate(
      HARDENED.replace(
        "'Auxclick' } });",
        "'Auxclick' } }); // eng-disable SANDBOX_JS_CHECK -- forced in one factory, unit-tested there",
      ),
    );
    expect(justified.code).toBe(0);
  }, 60_000);
});

/** A saved `npm audit --json` report (format 2) and an allow-list, as files. */
function auditFiles(
  vulnerabilities: Record<string, { severity: string }>,
  allowlist: Record<string, string>,
): string[] {
  const { dir, cleanup } = makeTempDir('casefile-gate-audit-');
  cleanups.push(cleanup);
  const report = {
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerabilities).map(([name, { severity }]) => [
        name,
        { name, severity, isDirect: false, via: [], effects: [], range: '*', fixAvailable: false },
      ]),
    ),
    metadata: {},
  };
  fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report));
  fs.writeFileSync(path.join(dir, 'allow.json'), JSON.stringify(allowlist));
  return [
    '--audit-report',
    path.join(dir, 'report.json'),
    '--audit-allowlist',
    path.join(dir, 'allow.json'),
  ];
}

describe('security gate (npm audit --omit=dev)', () => {
  it('fails on a high or critical advisory nobody explained, passes moderate and low ones', async () => {
    const { code, verdict } = await gate(
      HARDENED,
      auditFiles(
        {
          'pdf-lib': { severity: 'critical' },
          fflate: { severity: 'high' },
          zod: { severity: 'moderate' },
          pako: { severity: 'low' },
        },
        {},
      ),
    );
    expect(code).toBe(1);
    expect(verdict.failures).toEqual(['npm audit: pdf-lib (critical)', 'npm audit: fflate (high)']);
  }, 60_000);

  it('passes an advisory explained in the allow-list, not one "explained" by a placeholder', async () => {
    const vulnerabilities = { fflate: { severity: 'high' }, pako: { severity: 'critical' } };
    const explained = await gate(
      HARDENED,
      auditFiles(vulnerabilities, {
        fflate: 'Only the zip writer is used; the advisory concerns inflating untrusted input.',
        pako: 'Only deflate of our own content streams; no untrusted input reaches it.',
      }),
    );
    expect(explained.code).toBe(0);
    const placeholder = await gate(
      HARDENED,
      auditFiles(vulnerabilities, { fflate: 'ok', pako: '' }),
    );
    expect(placeholder.verdict.failures).toEqual([
      'npm audit: fflate (high)',
      'npm audit: pako (critical)',
    ]);
  }, 60_000);

  it('says "not checked" and passes when the registry has no audit endpoint (a mirror)', async () => {
    const { dir, cleanup } = makeTempDir('casefile-gate-audit-');
    cleanups.push(cleanup);
    // What npm prints when the registry answers the audit request with 405.
    fs.writeFileSync(
      path.join(dir, 'report.json'),
      JSON.stringify({
        message: 'audit endpoint returned an error',
        error: { code: 'E405', summary: '405 Method Not Allowed' },
      }),
    );
    const result = await gate(HARDENED, ['--audit-report', path.join(dir, 'report.json')]);
    expect(result.code).toBe(0);
    expect(result.verdict.failures).toEqual([]);
  }, 60_000);
});
