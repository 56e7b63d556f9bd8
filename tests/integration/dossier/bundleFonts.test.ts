import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../electron/core/dossier/bundle/buildBundle';
import {
  BOLD_FONT,
  readBundleFonts,
  REGULAR_FONT,
  resolveFontDir,
} from '../../../electron/core/dossier/bundle/bundleFonts';
import { buildFontSubset, subsetFileNames } from '../../../electron/core/dossier/bundle/fontSubset';
import { subsetsCover } from '../../../electron/core/dossier/bundle/prebuiltFontkit';
import { doc, KK_CASE_TITLE, onePagePdf, plan, readBack } from './bundleSupport';

const FONT_DIR = resolveFontDir();
const KAZAKH = 'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі';

async function bundleTitled(title: string) {
  const original = await onePagePdf('Exhibit');
  return buildBundle(
    plan({ sections: [{ title: '', documents: [doc('a', title)] }] }),
    () => Promise.resolve(original),
    readBundleFonts(FONT_DIR),
    () => undefined,
  );
}

describe('the dossier fonts', () => {
  it.each([REGULAR_FONT, BOLD_FONT])(
    'ship a ready-made subset of %s that `npm run fonts` would write the same',
    async (file) => {
      const built = await buildFontSubset(
        fontkit,
        new Uint8Array(fs.readFileSync(path.join(FONT_DIR, file))),
      );
      const names = subsetFileNames(file);
      expect(Buffer.from(built.bytes).equals(fs.readFileSync(path.join(FONT_DIR, names.ttf)))).toBe(
        true,
      );
      expect(JSON.parse(fs.readFileSync(path.join(FONT_DIR, names.json), 'utf8'))).toEqual(
        built.metrics,
      );
    },
  );

  it('cover Latin, Russian, Kazakh, dashes, quotes, № and ₸, and not Greek', () => {
    const { subsets } = readBundleFonts(FONT_DIR);
    const metrics = [subsets!.regular.metrics, subsets!.bold.metrics];
    expect(subsetsCover(metrics, [KAZAKH, 'Ёлкин «№ 7» — 1 000 ₸…', 'Café Straße'])).toBe(true);
    expect(subsetsCover(metrics, ['Ωmega'])).toBe(false);
  });

  it('a Kazakh and Russian dossier is drawn with the subsets, and its text reads back', async () => {
    const title = `Үкім ${KAZAKH} / Приговор «Ёлкин» № 7 — ₸`;
    const output = await bundleTitled(title);
    expect(output.prebuiltFonts).toBe(true);
    const read = await readBack(output.bytes);
    expect(read.pages[0]!.text.replace(/\s+/g, ' ')).toContain(KK_CASE_TITLE);
    const inventory = read.pages.find((page) => page.text.includes('ДЕЛО-7511-0002'));
    expect(inventory?.text.replace(/\s+/g, ' ')).toContain(title);
  });

  it('a character outside the subsets loads fontkit and the whole fonts instead', async () => {
    const title = 'Ωmega ΣΦ: Экспертиза';
    const output = await bundleTitled(title);
    expect(output.prebuiltFonts).toBe(false);
    const read = await readBack(output.bytes);
    expect(read.pages.map((page) => page.text.replace(/\s+/g, ' ')).join(' ')).toContain(title);
  });
});
