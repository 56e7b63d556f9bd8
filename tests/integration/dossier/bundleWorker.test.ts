import { describe, expect, it } from 'vitest';
import {
  buildBundleInWorker,
  isBundleCancelled,
} from '../../../electron/core/dossier/bundle/buildBundleInWorker';
import { AppError } from '../../../shared/errors';
import { cyrillicPdf } from '../../fixtures/pdfFixtures';
import { doc, onePagePdf, plan, readBack } from './bundleSupport';

/** The worker's life: cancel, failures on either side, and a long inventory over several pages. */

describe('buildBundleInWorker', () => {
  it('stops the worker when cancelled: no more originals asked for, rejects as cancelled', async () => {
    const bytes = await cyrillicPdf();
    const documents = Array.from({ length: 400 }, (_, index) =>
      doc(`d${index}`, `Документ ${index}`),
    );
    const controller = new AbortController();
    const reads: string[] = [];
    let progressAfterCancel = 0;
    const build = buildBundleInWorker(
      plan({ sections: [{ title: '', documents }] }),
      (id) => {
        reads.push(id);
        return new Uint8Array(bytes);
      },
      {
        signal: controller.signal,
        onProgress: (completed) => {
          if (controller.signal.aborted) progressAfterCancel += 1;
          if (completed === 3) controller.abort();
        },
      },
    );
    const error = await build.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(isBundleCancelled(error)).toBe(true);
    const readsAtCancel = reads.length;
    expect(readsAtCancel).toBeLessThan(10);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reads.length).toBe(readsAtCancel);
    expect(progressAfterCancel).toBe(0);
  });

  it('rejects at once when the signal is already aborted, reading nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    let reads = 0;
    await expect(
      buildBundleInWorker(
        plan({ sections: [{ title: '', documents: [doc('a', 'a')] }] }),
        () => {
          reads += 1;
          return new Uint8Array();
        },
        { signal: controller.signal, onProgress: () => undefined },
      ),
    ).rejects.toSatisfy(isBundleCancelled);
    expect(reads).toBe(0);
  });

  it('passes on the error of reading an original (the vault) and stops', async () => {
    await expect(
      buildBundleInWorker(
        plan({ sections: [{ title: '', documents: [doc('a', 'a'), doc('b', 'b')] }] }),
        () => {
          throw new AppError('VAULT_LOCKED', 'The vault is locked.');
        },
        { signal: new AbortController().signal, onProgress: () => undefined },
      ),
    ).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });

  it('rejects with INTERNAL when the worker cannot start', async () => {
    await expect(
      buildBundleInWorker(
        plan({ sections: [{ title: '', documents: [doc('a', 'a')] }] }),
        () => new Uint8Array(),
        {
          signal: new AbortController().signal,
          onProgress: () => undefined,
          workerPath: '/nonexistent/bundleWorker.js',
        },
      ),
    ).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('flows a long inventory onto several pages, every row linked to its document', async () => {
    const count = 130;
    const documents = Array.from({ length: count }, (_, index) =>
      doc(
        `d${index}`,
        `Протокол допроса свидетеля № ${index + 1} (${'длинное название '.repeat(index % 4)})`,
        {
          docType: 'protocol',
          docDate: '2024-02-01',
        },
      ),
    );
    const sections = [
      { title: 'Том 1', documents: documents.slice(0, 70) },
      { title: 'Том 2', documents: documents.slice(70) },
    ];
    const bytes = await Promise.all(
      documents.map((_, index) => onePagePdf(`Page of document ${index + 1}`)),
    );
    const result = await buildBundleInWorker(
      plan({ language: 'ru', sections }),
      (id) => bytes[Number(id.slice(1))]!,
      { signal: new AbortController().signal, onProgress: () => undefined },
    );
    const back = await readBack(result.bytes);
    const inventoryPages = back.pages.filter((page) => page.links.length > 0);
    expect(inventoryPages.length).toBeGreaterThan(2);
    const front = 1 + inventoryPages.length;
    expect(result.pages).toBe(front + count);
    expect(back.pages[1]!.text).toContain('Опись документов');
    // Every row, across all inventory pages, links to its document's page, in order.
    expect(inventoryPages.flatMap((page) => page.links)).toEqual(
      Array.from({ length: count }, (_, index) => front + index),
    );
    expect(result.entries.map((entry) => entry.firstPage)).toEqual(
      Array.from({ length: count }, (_, index) => front + index + 1),
    );
    for (const [index, entry] of result.entries.entries()) {
      expect(back.pages[entry.firstPage! - 1]!.text).toContain(`Page of document ${index + 1}`);
    }
    // Each inventory page repeats the column headings.
    for (const page of inventoryPages) expect(page.text).toContain('Наименование документа');
    expect(back.outline.map((item) => [item.title, item.children.length])).toEqual([
      ['Титульный лист', 0],
      ['Опись документов', 0],
      ['Том 1', 70],
      ['Том 2', 60],
    ]);
    expect(back.outline[1]!.page).toBe(1);
  }, 60_000);
});
