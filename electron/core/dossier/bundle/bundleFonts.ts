import fs from 'node:fs';
import path from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { AppError } from '../../../../shared/errors';
import { subsetFileNames, type SubsetMetrics } from './fontSubset';
import { prebuiltFontkit, subsetsCover } from './prebuiltFontkit';
import { unshapedFontkit } from './unshapedFontkit';

/**
 * The TTFs of the generated pages (DejaVu Sans: Latin, Cyrillic and the Kazakh letters), shipped
 * in `resources/fonts/` with their licence. The packaged app has them in `<resources>/fonts`
 * (electron-builder `extraResources`); the source tree, tests, the CLI and `out/main` of an
 * unpackaged build find the repository's `resources/fonts` above their own folder.
 */

export const REGULAR_FONT = 'DejaVuSans.ttf';
export const BOLD_FONT = 'DejaVuSans-Bold.ttf';

export interface FontSubset {
  bytes: Uint8Array;
  metrics: SubsetMetrics;
}

export interface BundleFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /** The ready-made subsets (fontSubset.ts), when shipped beside the fonts. */
  subsets?: { regular: FontSubset; bold: FontSubset };
}

/** Resolved on the main thread: a worker thread does not see Electron's `process.resourcesPath`. */
export function resolveFontDir(from: string = __dirname): string {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'fonts'));
  let dir = from;
  for (let depth = 0; depth < 6; depth += 1) {
    candidates.push(path.join(dir, 'resources', 'fonts'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const found = candidates.find((candidate) => fs.existsSync(path.join(candidate, REGULAR_FONT)));
  if (!found) throw new AppError('INTERNAL', 'The fonts for the dossier pages are missing.');
  return found;
}

export function readBundleFonts(fontDir: string): BundleFonts {
  const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(fontDir, file)));
  const subsetOf = (file: string): FontSubset | null => {
    const names = subsetFileNames(file);
    if (!fs.existsSync(path.join(fontDir, names.json))) return null;
    return {
      bytes: read(names.ttf),
      metrics: JSON.parse(fs.readFileSync(path.join(fontDir, names.json), 'utf8')) as SubsetMetrics,
    };
  };
  const [regular, bold] = [subsetOf(REGULAR_FONT), subsetOf(BOLD_FONT)];
  return {
    regular: read(REGULAR_FONT),
    bold: read(BOLD_FONT),
    ...(regular && bold ? { subsets: { regular, bold } } : {}),
  };
}

/**
 * The fonts of the generated pages, embedded into `out`: the ready-made subsets when they hold
 * every character of `texts` (everything the pages can print), else the whole fonts through
 * fontkit, subset to what is drawn.
 */
export async function embedBundleFonts(
  out: PDFDocument,
  fonts: BundleFonts,
  texts: Iterable<string>,
): Promise<{ regular: PDFFont; bold: PDFFont; prebuilt: boolean }> {
  const { subsets } = fonts;
  if (subsets && subsetsCover([subsets.regular.metrics, subsets.bold.metrics], texts)) {
    out.registerFontkit(
      prebuiltFontkit(
        new Map([
          [subsets.regular.bytes, subsets.regular.metrics],
          [subsets.bold.bytes, subsets.bold.metrics],
        ]),
      ),
    );
    return {
      regular: await out.embedFont(subsets.regular.bytes),
      bold: await out.embedFont(subsets.bold.bytes),
      prebuilt: true,
    };
  }
  out.registerFontkit(await unshapedFontkit());
  return {
    regular: await out.embedFont(fonts.regular, { subset: true }),
    bold: await out.embedFont(fonts.bold, { subset: true }),
    prebuilt: false,
  };
}
