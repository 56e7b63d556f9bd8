import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundleInWorker } from '../../../electron/core/dossier/bundle/buildBundleInWorker';
import type { BundleOutput, BundlePlan } from '../../../electron/core/dossier/bundle/bundleTypes';
import { stampText } from '../../../shared/domain/dossier';
import {
  CYRILLIC_PAGES,
  ENGLISH_PAGES,
  cyrillicPdf,
  encryptWithQpdf,
  englishPdf,
  greyPng,
  NOT_A_PDF,
  qpdfAvailable,
  truncated,
} from '../../fixtures/pdfFixtures';
import { makeTempDir } from '../../support/tempDir';
import {
  KK_CASE_TITLE,
  KK_PARTY,
  ROTATED_PAGES,
  RU_COURT,
  RU_PARTY,
  doc,
  plan,
  readBack,
  rotatedPdf,
  type ReadBack,
} from './bundleSupport';

/**
 * The bundle PDF read back with pdf.js (and pdftotext): pages, stamps, inventory links, outline,
 * Kazakh and Russian text, page sizes and rotations, and the documents left out.
 */

const HAS_QPDF = qpdfAvailable();
const SECTION_1 = 'Айыптау материалдары';
const SECTION_2 = 'Защита: ходатайства и жалобы';

let originals: Record<string, Uint8Array>;
let bundlePlan: BundlePlan;
let output: BundleOutput;
let back: ReadBack;
const reads: string[] = [];
const progress: [number, number, string | null][] = [];

beforeAll(async () => {
  const english = await englishPdf();
  originals = {
    english,
    cyrillic: await cyrillicPdf(),
    rotated: await rotatedPdf(),
    broken: truncated(english),
    html: NOT_A_PDF,
    scan: greyPng(60, 90),
    ...(HAS_QPDF
      ? {
          // AES-256 (R6): the Kazakh password is given at export time, so it is decrypted.
          locked: encryptWithQpdf(english, 'сезам', 'owner'),
          mistyped: encryptWithQpdf(english, 'right', 'owner'),
          unasked: encryptWithQpdf(english, 'secret', 'owner'),
        }
      : {}),
  };
  bundlePlan = plan({
    sections: [
      {
        title: SECTION_1,
        documents: [
          doc('english', 'Обвинительный акт', { docType: 'indictment', docDate: '2024-03-12' }),
          doc('broken', 'Сломанный файл'),
          doc('cyrillic', 'Сот үкімі', { docType: 'verdict', docDate: '2024-05-14' }),
        ],
      },
      {
        title: SECTION_2,
        documents: [
          doc('rotated', 'Схема места происшествия', { docType: 'evidence' }),
          doc('html', 'Выписка из реестра', { mediaType: 'text/plain' }),
          doc('scan', 'Фото квитанции', { mediaType: 'image/png' }),
          ...(HAS_QPDF
            ? [
                doc('locked', 'Зашифрованный протокол', { password: 'сезам' }),
                doc('mistyped', 'Протокол с неверным паролем', { password: 'wrong' }),
                doc('unasked', 'Протокол без пароля'),
              ]
            : []),
        ],
      },
    ],
  });
  output = await buildBundleInWorker(
    bundlePlan,
    (id) => {
      reads.push(id);
      return new Uint8Array(originals[id]!);
    },
    {
      signal: new AbortController().signal,
      onProgress: (completed, total, current) => progress.push([completed, total, current]),
    },
  );
  back = await readBack(output.bytes);
}, 60_000);

const documentPages = 3 + 2 + ROTATED_PAGES.length + 1 + (HAS_QPDF ? 3 : 0);

describe('the bundle PDF', () => {
  it('asks for every original once, in plan order, and reports progress per document', () => {
    const ids = bundlePlan.sections.flatMap((s) => s.documents.map((d) => d.documentId));
    expect(reads).toEqual(ids);
    const total = ids.length + 1;
    expect(progress[0]).toEqual([0, total, 'Обвинительный акт']);
    expect(progress.at(-1)).toEqual([total, total, null]);
    expect(progress.map(([completed]) => completed)).toEqual([...ids.keys(), ids.length, total]);
  });

  it('has cover + inventory + every document page', () => {
    const inventoryPages = back.pages.filter((page) => page.text.includes('Құжаттар тізімдемесі'));
    expect(inventoryPages).toHaveLength(1);
    expect(output.pages).toBe(1 + 1 + documentPages);
    expect(back.pages).toHaveLength(output.pages);
  });

  it('stamps every page with its continuous number, in order', () => {
    back.pages.forEach((page, index) => {
      const stamp = stampText(bundlePlan.stamp, index);
      expect(stamp).toBe(`ДЕЛО-7511-${String(index + 1).padStart(4, '0')}`);
      const stamps = page.items.filter((item) => item.str.startsWith('ДЕЛО-7511-'));
      expect(stamps.map((item) => item.str)).toEqual([stamp]);
    });
  });

  it('lists the documents with their page ranges and the excluded ones with a reason', () => {
    expect(output.entries.map((e) => [e.documentId, e.firstPage, e.lastPage])).toEqual([
      ['english', 3, 5],
      ['broken', null, null],
      ['cyrillic', 6, 7],
      ['rotated', 8, 10],
      ['html', null, null],
      ['scan', 11, 11],
      ...(HAS_QPDF
        ? [
            ['locked', 12, 14],
            ['mistyped', null, null],
            ['unasked', null, null],
          ]
        : []),
    ]);
    expect(output.excluded.map((e) => [e.documentId, e.reason])).toEqual([
      ['broken', 'unreadable'],
      ['html', 'not_pdf'],
      ...(HAS_QPDF
        ? [
            ['mistyped', 'password_wrong'],
            ['unasked', 'encrypted'],
          ]
        : []),
    ]);
    const inventory = back.pages[1]!;
    for (const line of [
      '3–5',
      '6–7',
      '8–10',
      '11',
      'енгізілмеді: оқылмайды',
      'енгізілмеді: PDF емес',
    ]) {
      expect(inventory.items.map((item) => item.str)).toContain(line);
    }
    if (HAS_QPDF) {
      expect(inventory.text).toContain('енгізілмеді: шифрланған');
      expect(inventory.text).toContain('енгізілмеді: құпиясөз қате');
    }
  });

  it.skipIf(!HAS_QPDF)(
    'decrypts an encrypted original with the password given for the export (needs qpdf to encrypt the fixture)',
    () => {
      expect(back.pages[11]!.text).toContain(ENGLISH_PAGES[0]![0]);
      expect(back.pages[13]!.text).toContain(ENGLISH_PAGES[2]![0]);
      expect(back.pages[13]!.items.map((item) => item.str)).toContain('ДЕЛО-7511-0014');
    },
  );

  it('copies the documents page by page with their text', () => {
    expect(back.pages[2]!.text).toContain(ENGLISH_PAGES[0]![0]);
    expect(back.pages[4]!.text).toContain(ENGLISH_PAGES[2]![0]);
    expect(back.pages[6]!.text).toContain(CYRILLIC_PAGES[1]![1]);
  });

  it('links each inventory row to the first page of its document', () => {
    const firstPages = output.entries
      .filter((entry) => entry.firstPage !== null)
      .map((entry) => entry.firstPage! - 1);
    expect(back.pages[1]!.links).toEqual(firstPages);
  });

  it('has an outline: cover, inventory, one entry per section with one child per document', () => {
    expect(back.outline.map((item) => [item.title, item.page])).toEqual([
      ['Титул парағы', 0],
      ['Құжаттар тізімдемесі', 1],
      [SECTION_1, 2],
      [SECTION_2, 7],
    ]);
    expect(back.outline[0]!.children).toEqual([]);
    expect(back.outline[2]!.children).toEqual([
      { title: 'Обвинительный акт', page: 2 },
      { title: 'Сот үкімі', page: 5 },
    ]);
    expect(back.outline[3]!.children).toEqual([
      { title: 'Схема места происшествия', page: 7 },
      { title: 'Фото квитанции', page: 10 },
      ...(HAS_QPDF ? [{ title: 'Зашифрованный протокол', page: 11 }] : []),
    ]);
  });

  it('carries Kazakh and Russian text on the cover and inventory exactly (pdf.js)', () => {
    const cover = back.pages[0]!.items.map((item) => item.str);
    expect(cover).toContain('Іс материалдары');
    expect(cover).toContain(RU_COURT);
    expect(cover).toContain(`${KK_PARTY} — Адвокат`);
    expect(cover).toContain(`${RU_PARTY} — Жәбірленуші`);
    expect(cover).toContain('01.06.2024');
    // The title wraps: its lines put back together give it whole.
    expect(back.pages[0]!.text.replace(/\n/g, ' ')).toContain(KK_CASE_TITLE);
    const inventory = back.pages[1]!.items.map((item) => item.str);
    for (const text of [
      SECTION_1,
      SECTION_2,
      'Сот үкімі',
      'Үкім (шешім)',
      'Айыптау актісі',
      '14.05.2024',
      'Құжаттың атауы',
    ]) {
      expect(inventory).toContain(text);
    }
  });

  it.skipIf(spawnSync('pdftotext', ['-v']).error !== undefined)(
    'carries the same text for pdftotext (needs poppler-utils; skipped without it)',
    () => {
      const { dir, cleanup } = makeTempDir('casefile-bundle-');
      try {
        const file = path.join(dir, 'bundle.pdf');
        fs.writeFileSync(file, output.bytes);
        const text = (first: number) =>
          spawnSync('pdftotext', ['-f', String(first), '-l', String(first), '-layout', file, '-'], {
            encoding: 'utf8',
          }).stdout;
        const cover = text(1);
        for (const part of ['Іс материалдары', RU_COURT, KK_PARTY, RU_PARTY, 'ДЕЛО-7511-0001']) {
          expect(cover).toContain(part);
        }
        const inventory = text(2);
        for (const part of [
          'Құжаттар тізімдемесі',
          SECTION_1,
          'Схема места происшествия',
          'ДЕЛО-7511-0002',
        ]) {
          expect(inventory).toContain(part);
        }
      } finally {
        cleanup();
      }
    },
  );

  it('keeps page sizes, crop boxes and rotations, and stamps them upright in the corner', () => {
    ROTATED_PAGES.forEach((spec, offset) => {
      const index = 7 + offset;
      const page = back.pages[index]!;
      expect(page.rotate).toBe(spec.rotation);
      // pdf-lib's setCropBox takes x, y, width, height; pdf.js gives x1, y1, x2, y2.
      const view = spec.crop
        ? [spec.crop[0], spec.crop[1], spec.crop[0] + spec.crop[2], spec.crop[1] + spec.crop[3]]
        : [0, 0, spec.size[0], spec.size[1]];
      expect(page.view).toEqual(view);
      const stamp = page.items.find((item) => item.str.startsWith('ДЕЛО-'))!;
      const [a, b] = stamp.transform;
      // The text's direction in user space turns with the page: upright once displayed.
      expect(Math.round((Math.atan2(b!, a!) * 180) / Math.PI + 360) % 360).toBe(spec.rotation);
      const [u, v] = back.toDisplay(index, stamp.transform[4]!, stamp.transform[5]!);
      expect(u).toBeGreaterThan(page.width * 0.6);
      expect(v).toBeGreaterThan(page.height * 0.9);
      expect(u).toBeLessThan(page.width);
      expect(v).toBeLessThan(page.height);
    });
    // An A4 document page keeps its size.
    expect(back.pages[2]!.view).toEqual([0, 0, 595, 842]);
  });
});

describe('stamp positions', () => {
  it.each(['top-left', 'top-center', 'bottom-left'] as const)('%s', async (position) => {
    const result = await buildBundleInWorker(
      plan({
        include: {
          cover: false,
          inventory: false,
          chronology: false,
          notes: false,
          annotations: false,
        },
        stamp: { prefix: 'A-', start: 41, digits: 3, position, fontSize: 12 },
        sections: [{ title: '', documents: [doc('rotated', 'r')] }],
      }),
      () => new Uint8Array(originals.rotated!),
      { signal: new AbortController().signal, onProgress: () => undefined },
    );
    const pages = await readBack(result.bytes);
    expect(pages.pages).toHaveLength(3);
    pages.pages.forEach((page, index) => {
      const stamp = page.items.find((item) => item.str === `A-0${41 + index}`)!;
      expect(stamp).toBeDefined();
      const [u, v] = pages.toDisplay(index, stamp.transform[4]!, stamp.transform[5]!);
      if (position.endsWith('left')) expect(u).toBeLessThan(page.width * 0.2);
      else expect(Math.abs(u - page.width / 2)).toBeLessThan(page.width * 0.2);
      if (position.startsWith('top')) expect(v).toBeLessThan(page.height * 0.1);
      else expect(v).toBeGreaterThan(page.height * 0.9);
    });
  });
});

afterAll(() => undefined);
