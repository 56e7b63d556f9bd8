import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';

/**
 * The TTFs of the generated pages (DejaVu Sans: Latin, Cyrillic and the Kazakh letters), shipped
 * in `resources/fonts/` with their licence. The packaged app has them in `<resources>/fonts`
 * (electron-builder `extraResources`); the source tree, tests, the CLI and `out/main` of an
 * unpackaged build find the repository's `resources/fonts` above their own folder.
 */

export const REGULAR_FONT = 'DejaVuSans.ttf';
export const BOLD_FONT = 'DejaVuSans-Bold.ttf';

export interface BundleFonts {
  regular: Uint8Array;
  bold: Uint8Array;
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
  return {
    regular: new Uint8Array(fs.readFileSync(path.join(fontDir, REGULAR_FONT))),
    bold: new Uint8Array(fs.readFileSync(path.join(fontDir, BOLD_FONT))),
  };
}
