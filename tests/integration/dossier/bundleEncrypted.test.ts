import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../electron/core/dossier/bundle/buildBundle';
import { readBundleFonts, resolveFontDir } from '../../../electron/core/dossier/bundle/bundleFonts';
import { CYRILLIC_PAGES, cyrillicPdf, qpdfAvailable } from '../../fixtures/pdfFixtures';
import { makeTempDir } from '../../support/tempDir';
import { doc, plan, readBack } from './bundleSupport';

/**
 * Encrypted originals decrypted in the bundle (pdf-lib cannot; see standardSecurity.ts) for each
 * cipher qpdf writes, with the user or the owner password, and the reasons when it cannot be.
 * Built in-process (buildBundle) for speed; the worker path is covered by bundle.test.ts.
 */

const FONTS = readBundleFonts(resolveFontDir(path.resolve(__dirname, '../../../electron')));

function encrypt(bytes: Uint8Array, args: string[]): Uint8Array {
  const { dir, cleanup } = makeTempDir('casefile-encrypt-');
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), bytes);
    execFileSync('qpdf', [
      '--allow-weak-crypto',
      '--encrypt',
      ...args,
      '--',
      path.join(dir, 'in.pdf'),
      path.join(dir, 'out.pdf'),
    ]);
    return new Uint8Array(fs.readFileSync(path.join(dir, 'out.pdf')));
  } finally {
    cleanup();
  }
}

async function bundleOf(bytes: Uint8Array, password: string | null) {
  const output = await buildBundle(
    plan({
      include: {
        cover: false,
        inventory: false,
        chronology: false,
        notes: false,
        annotations: false,
      },
      sections: [{ title: '', documents: [doc('x', 'Протокол', { password })] }],
    }),
    () => Promise.resolve(bytes),
    FONTS,
    () => undefined,
  );
  return output;
}

describe.skipIf(!qpdfAvailable())(
  'encrypted originals (needs qpdf to encrypt the fixtures)',
  () => {
    const ciphers: [string, string[]][] = [
      ['RC4 40-bit (R2)', ['40']],
      ['RC4 128-bit (R3)', ['128', '--use-aes=n']],
      ['AES-128 (R4)', ['128', '--use-aes=y']],
      ['AES-256 (R6)', ['256']],
    ];

    it.each(ciphers)('%s: decrypted with the user and with the owner password', async (_, args) => {
      const encrypted = encrypt(await cyrillicPdf(), ['пароль', 'владелец', ...args]);
      for (const password of ['пароль', 'владелец']) {
        const output = await bundleOf(encrypted, password);
        expect(output.excluded).toEqual([]);
        expect(output.pages).toBe(CYRILLIC_PAGES.length);
        const back = await readBack(output.bytes);
        expect(back.pages[0]!.text).toContain(CYRILLIC_PAGES[0]![0]);
        expect(back.pages[1]!.text).toContain(CYRILLIC_PAGES[1]![1]);
      }
    });

    it('opens a file with only an owner password (restrictions) without any password', async () => {
      const encrypted = encrypt(await cyrillicPdf(), ['', 'владелец', '256', '--print=none']);
      const output = await bundleOf(encrypted, null);
      expect(output.excluded).toEqual([]);
      expect((await readBack(output.bytes)).pages[1]!.text).toContain(CYRILLIC_PAGES[1]![0]);
    });

    it('leaves out a file with a wrong password (password_wrong) or none (encrypted)', async () => {
      const encrypted = encrypt(await cyrillicPdf(), ['пароль', 'владелец', '256']);
      expect((await bundleOf(encrypted, 'парол')).excluded).toEqual([
        { documentId: 'x', title: 'Протокол', reason: 'password_wrong' },
      ]);
      expect((await bundleOf(encrypted, null)).excluded).toEqual([
        { documentId: 'x', title: 'Протокол', reason: 'encrypted' },
      ]);
    });
  },
);

/** The encrypted files of the shared corpus (when present) with the passwords it lists. */
const MANIFEST = path.resolve(__dirname, '../../../../shared/corpus/MANIFEST.tsv');

describe.skipIf(!fs.existsSync(MANIFEST))(
  'encrypted files of ../shared/corpus (skipped when ../shared is absent)',
  () => {
    const rows = fs.existsSync(MANIFEST)
      ? fs
          .readFileSync(MANIFEST, 'utf8')
          .trimEnd()
          .split('\n')
          .slice(1)
          .map((row) => row.split('\t'))
          .filter((cells) => /^encrypted/.test(cells[8] ?? ''))
      : [];

    it.each(rows.map((cells) => [cells[0]!, cells]))('%s', async (_, cells) => {
      const [file, category, , , , , , , expectation] = cells;
      const bytes = new Uint8Array(
        fs.readFileSync(path.join(path.dirname(MANIFEST), category!, file!)),
      );
      // "encrypted-password=X (owner=Y)" or "encrypted-password=X": X is up to the first space.
      const password = /password=(\S+)/.exec(expectation!)?.[1] ?? null;
      const output = await bundleOf(bytes, password);
      if (expectation!.startsWith('encrypted-no-working-password')) {
        expect(output.excluded.map((entry) => entry.reason)).toEqual(['encrypted']);
      } else {
        expect(output.excluded).toEqual([]);
        expect(output.pages).toBeGreaterThan(0);
      }
    });
  },
);
