// `npm run fonts`: writes the dossier fonts' ready-made subsets beside the fonts in
// resources/fonts (see electron/core/dossier/bundle/fontSubset.ts).
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { BOLD_FONT, REGULAR_FONT } from '../electron/core/dossier/bundle/bundleFonts';
import { buildFontSubset, subsetFileNames } from '../electron/core/dossier/bundle/fontSubset';

const FONTS = path.resolve(__dirname, '../resources/fonts');

async function main(): Promise<void> {
  for (const file of [REGULAR_FONT, BOLD_FONT]) {
    const { bytes, metrics } = await buildFontSubset(
      fontkit,
      new Uint8Array(fs.readFileSync(path.join(FONTS, file))),
    );
    const names = subsetFileNames(file);
    fs.writeFileSync(path.join(FONTS, names.ttf), bytes);
    fs.writeFileSync(path.join(FONTS, names.json), `${JSON.stringify(metrics)}\n`);
    console.log(`${names.ttf}: ${metrics.glyphs.length} characters, ${bytes.length} bytes`);
  }
}

void main();
