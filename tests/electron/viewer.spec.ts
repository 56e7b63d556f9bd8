/**
 * The viewer's plumbing in a real Electron: pdf.js's assets come from app:// and a stored
 * original crosses IPC as bytes. Skipped, with the reason, where no Electron binary exists.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { CasefileApi } from '../../shared/ipc/client';
import { cyrillicPdf } from '../fixtures/pdfFixtures';
import { findElectronBinary, repoRoot } from './electronBinary';

const binary = findElectronBinary();
test.skip(
  !binary,
  'No Electron binary on this machine (node_modules/electron/dist is absent; Electron 45 downloads it on first start) — these specs run where it exists',
);

type BridgedWindow = Window & { casefile: CasefileApi };

let app: ElectronApplication;
let page: Page;
let profile: string;

test.beforeAll(async () => {
  profile = mkdtempSync(path.join(tmpdir(), 'casefile-electron-viewer-'));
  const chromiumFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await _electron.launch({
    executablePath: binary!,
    args: [...chromiumFlags, path.join(repoRoot, 'out', 'main', 'index.js')],
    env: { ...process.env, CASEFILE_USER_DATA: profile },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("pdf.js's worker, character maps, fonts and decoders are served from app://", async () => {
  const statuses = await page.evaluate(async () => {
    const urls = [
      'pdfjs/cmaps/Identity-H.bcmap',
      'pdfjs/standard_fonts/FoxitSerif.pfb',
      'pdfjs/wasm/jbig2.wasm',
      'pdfjs/wasm/openjpeg.wasm',
    ];
    return Promise.all(
      urls.map(async (url) => (await fetch(new URL(url, document.baseURI))).status),
    );
  });
  expect(statuses).toEqual([200, 200, 200, 200]);
});

test('a stored original reaches the renderer byte for byte over IPC', async () => {
  const bytes = await cyrillicPdf();
  const file = path.join(profile, 'приговор.pdf');
  writeFileSync(file, bytes);
  const shown = await page.evaluate(async (source) => {
    const api = (window as BridgedWindow).casefile;
    await api.vault.create({ passphrase: 'Violet harbour 47 quietly mends' });
    const created = await api.cases.create({ title: 'Дело' });
    if (!created.ok) throw new Error(created.error.code);
    const caseId = created.value.id;
    await api.documents.import({ caseId, paths: [source] });
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const list = await api.documents.list({ caseId });
      const id = list.ok ? list.value[0]?.id : undefined;
      if (id) {
        const content = await api.documents.content({ id });
        if (!content.ok) throw new Error(content.error.code);
        return {
          isBytes: content.value.bytes instanceof Uint8Array,
          bytes: Array.from(content.value.bytes),
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import did not finish');
  }, file);
  expect(shown.isBytes).toBe(true);
  expect(Buffer.compare(Buffer.from(shown.bytes), Buffer.from(bytes))).toBe(0);
});
