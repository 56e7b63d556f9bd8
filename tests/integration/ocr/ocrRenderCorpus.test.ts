import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcrRenderer } from '../../../electron/core/ocr/render';
import { AppError } from '../../../shared/errors';

/**
 * Every hostile file of the shared corpus (../shared/corpus/malformed: truncated, fuzzed,
 * circular, encrypted, not PDFs at all) through the OCR renderer: each page 1 is rendered or
 * refused with a typed error within the time limit; the worker pool survives them all. The
 * corpus is not part of the repository: without it the test skips and says so.
 */

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const MALFORMED = path.join(CORPUS, 'malformed');
const TYPED = ['PDF_MALFORMED', 'PDF_ENCRYPTED', 'PDF_PASSWORD_WRONG', 'PDF_TIMEOUT', 'NOT_FOUND'];

describe.skipIf(!fs.existsSync(MALFORMED))(
  'OCR rendering of ../shared/corpus/malformed (skipped: the shared corpus is not on this machine)',
  () => {
    const renderer = createOcrRenderer({ size: 2, timeoutMs: 20_000 });
    afterAll(() => renderer.close());

    it('renders or refuses each file with a typed error, without crashing', async () => {
      const files = fs.readdirSync(MALFORMED).filter((name) => name.endsWith('.pdf'));
      expect(files.length).toBeGreaterThan(30);
      const outcomes = await Promise.all(
        files.map((name) =>
          renderer
            .renderPageForOcr(new Uint8Array(fs.readFileSync(path.join(MALFORMED, name))), 0, {
              dpi: 100,
            })
            .then(
              (image) => ({
                name,
                outcome: image.width > 0 && image.height > 0 ? 'rendered' : 'empty',
              }),
              (error: unknown) => ({
                name,
                outcome: error instanceof AppError ? error.code : `untyped ${String(error)}`,
              }),
            ),
        ),
      );
      const unexpected = outcomes.filter(
        ({ outcome }) => outcome !== 'rendered' && !TYPED.includes(outcome),
      );
      expect(unexpected).toEqual([]);
      // The corpus has files pdf.js repairs and files it must refuse: both kinds occur.
      expect(outcomes.filter(({ outcome }) => outcome === 'rendered').length).toBeGreaterThan(5);
      expect(outcomes.filter(({ outcome }) => outcome === 'PDF_MALFORMED').length).toBeGreaterThan(
        5,
      );
      expect(outcomes.some(({ outcome }) => outcome === 'PDF_ENCRYPTED')).toBe(true);
    }, 240_000);
  },
);
