import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrReport } from '../../../electron/cli/commands/ocr';
import { createCore } from '../../../electron/core/createCore';
import type { DocumentId } from '../../../shared/domain/ids';
import { createClient } from '../../../shared/ipc/client';
import { expectOk } from '../../support/coreFixture';
import {
  CLI_PASSPHRASE,
  jsonError,
  runInProcess,
  seedCliVault,
  type CliVault,
} from '../../support/cliVault';
import { importFiles } from './support/ocrCore';
import { renderTextPng } from './support/ocrTestData';

/** `casefile ocr`: the same queue and job as the app, run to the end from a terminal. */
describe('casefile ocr', () => {
  let seeded: CliVault;
  let scanId: DocumentId;

  beforeAll(async () => {
    seeded = await seedCliVault();
    const file = path.join(seeded.dir, 'скан.png');
    fs.writeFileSync(file, await renderTextPng(['Заключение эксперта по уголовному делу']));
    const core = createCore({ vaultPath: seeded.vault });
    try {
      const api = createClient(core.dispatch);
      expectOk(await api.vault.unlock({ passphrase: CLI_PASSPHRASE }));
      [scanId] = (await importFiles(core, api, seeded.caseId, [file])) as [DocumentId];
    } finally {
      core.close();
    }
  }, 60_000);
  afterAll(() => seeded?.cleanup());

  it('recognises a case\u2019s scans and reports each document as JSON', async () => {
    const run = await runInProcess([
      '--vault',
      seeded.vault,
      'ocr',
      '--case',
      seeded.caseId,
      '--lang',
      'rus+eng',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as OcrReport;
    expect(report).toMatchObject({ queued: 1, state: 'done', completed: 1, failed: 0 });
    const scan = report.documents.find((document) => document.documentId === scanId);
    expect(scan).toMatchObject({ status: 'done', languages: ['rus', 'eng'], pagesDone: 1 });
    // The text document had its text already: nothing to read.
    const text = report.documents.find((document) => document.documentId === seeded.documentId);
    expect(text).toMatchObject({ status: 'none', pagesDone: 0 });
    const found = await seeded.withApi(async (api) =>
      expectOk(await api.search.query({ query: 'эксперта', caseId: seeded.caseId })),
    );
    expect(found.documents.map((document) => document.documentId)).toEqual([scanId]);
  }, 60_000);

  it('says there is nothing to do for a document whose pages all have text', async () => {
    const run = await runInProcess([
      '--vault',
      seeded.vault,
      'ocr',
      '--document',
      seeded.documentId,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ jobId: null, queued: 0, state: 'done' });
  }, 30_000);

  it('refuses an unknown language and a run naming both a document and a case', async () => {
    const badLang = await runInProcess([
      '--vault',
      seeded.vault,
      'ocr',
      '--case',
      seeded.caseId,
      '--lang',
      'deu',
      '--json',
    ]);
    expect(badLang.code).toBe(2);
    const both = await runInProcess([
      '--vault',
      seeded.vault,
      'ocr',
      '--case',
      seeded.caseId,
      '--document',
      seeded.documentId,
      '--json',
    ]);
    expect(both.code).toBe(2);
    expect(jsonError(both).code).toBe('VALIDATION');
  });
});
