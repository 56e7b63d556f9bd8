import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDossierPlan } from '../../../electron/core/dossier/buildPlan';
import { forwardingListener } from '../../../electron/core/jobs/throttleProgress';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import { dossierOptionsSchema } from '../../../shared/domain/dossier';
import type { DossierProgress } from '../../../shared/domain/dossier';
import { errorCodeOf, expectOk, PASSPHRASE } from '../../support/coreFixture';
import { cyrillicPdf, englishPdf } from '../../fixtures/pdfFixtures';
import {
  dossierVault,
  exportDossier,
  optionsFor,
  sha256,
  type DossierVault,
} from './exportSupport';

let vault: DossierVault;
beforeEach(async () => {
  vault = await dossierVault();
});
afterEach(() => vault.dispose());

const leftovers = (dir: string) => fs.readdirSync(dir).filter((name) => name.includes('.partial-'));

describe('dossier.export (PDF)', () => {
  it('writes the bundle, reports progress and ends with done and the file’s SHA-256', async () => {
    const out = path.join(vault.dir, 'Дело.pdf');
    const { events, final } = await exportDossier(vault, {
      options: optionsFor(vault, { language: 'kk', stamp: { prefix: 'ІС-7511-' } }),
      out,
      format: 'pdf',
    });
    expect(final.state).toBe('done');
    expect(final.error).toBeNull();
    expect(events.slice(0, -1).every((event) => event.state === 'running')).toBe(true);
    // The builder reported documents as it went, in order, and counts only grow.
    const completed = events.map((event) => event.completed);
    expect(completed).toEqual([...completed].sort((a, b) => a - b));
    expect(events.some((event) => event.current !== null)).toBe(true);
    expect(final.completed).toBe(final.total);

    const bytes = fs.readFileSync(out);
    const result = final.result!;
    expect(result).toMatchObject({ out, format: 'pdf', documents: 3, sha256: sha256(bytes) });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(result.pages);
    expect(result.entries.map((entry) => entry.documentId)).toEqual(vault.documentIds);
    // Each document takes its own pages (the PNG scan one), one after another, to the end.
    const sourcePages = [
      (await PDFDocument.load(await englishPdf())).getPageCount(),
      (await PDFDocument.load(await cyrillicPdf())).getPageCount(),
      1,
    ];
    const lengths = result.entries.map((entry) => entry.lastPage! - entry.firstPage! + 1);
    expect(lengths).toEqual(sourcePages);
    for (const [index, entry] of result.entries.entries()) {
      if (index > 0) expect(entry.firstPage).toBe(result.entries[index - 1]!.lastPage! + 1);
    }
    expect(result.entries.at(-1)!.lastPage).toBe(result.pages);
    // Cover and inventory come first.
    expect(result.entries[0]!.firstPage).toBeGreaterThanOrEqual(3);
    expect(result.excluded).toEqual([]);
    expect(leftovers(vault.dir)).toEqual([]);
  });

  it('refuses an existing file before any work and leaves it untouched', async () => {
    const out = path.join(vault.dir, 'существующий.pdf');
    fs.writeFileSync(out, 'the lawyer’s own file');
    let events = 0;
    const stop = vault.core.subscribe('dossier.progress', () => (events += 1));
    const result = await vault.api.dossier.export({
      options: optionsFor(vault),
      out,
      format: 'pdf',
    });
    stop();
    expect(errorCodeOf(result)).toBe('FILE_EXISTS');
    expect(events).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('the lawyer’s own file');
  });

  it('does not overwrite a file that appears while the dossier is built', async () => {
    const out = path.join(vault.dir, 'race.pdf');
    let planted = false;
    const { final } = await exportDossier(
      vault,
      { options: optionsFor(vault), out, format: 'pdf' },
      (event) => {
        if (!planted && event.state === 'running') {
          fs.writeFileSync(out, 'arrived meanwhile');
          planted = true;
        }
      },
    );
    expect(final.state).toBe('failed');
    expect(final.error?.code).toBe('FILE_EXISTS');
    expect(fs.readFileSync(out, 'utf8')).toBe('arrived meanwhile');
    expect(leftovers(vault.dir)).toEqual([]);
  });

  it('stops when cancelled mid-way and leaves no file behind', async () => {
    const out = path.join(vault.dir, 'cancelled.pdf');
    let cancelled = false;
    const { final, events } = await exportDossier(
      vault,
      { options: optionsFor(vault), out, format: 'pdf' },
      (event, jobId) => {
        // After the first document went in: mid-way, not before the job began.
        if (!cancelled && event.state === 'running' && event.completed >= 1) {
          cancelled = true;
          void vault.api.jobs.cancel({ jobId: jobId });
        }
      },
    );
    expect(cancelled).toBe(true);
    expect(final.state).toBe('cancelled');
    expect(final.result).toBeNull();
    expect(events.filter((event) => event.state !== 'running')).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(leftovers(vault.dir)).toEqual([]);
  });

  it('refuses a document of another case (VALIDATION) and an unknown case (NOT_FOUND)', async () => {
    // A second case in the same vault, holding a document of its own.
    const otherCase = expectOk(await vault.api.cases.create({ title: 'Другое дело' })).id;
    const file = path.join(vault.dir, 'чужой.pdf');
    fs.writeFileSync(file, await englishPdf());
    expectOk(await vault.api.documents.import({ caseId: otherCase, paths: [file] }));
    await vault.core.idle();
    const foreign = expectOk(await vault.api.documents.list({ caseId: otherCase }))[0]!.id;
    const out = path.join(vault.dir, 'x.pdf');
    const mixed = optionsFor(vault, {
      sections: [{ title: '', documentIds: [...vault.documentIds, foreign] }],
    });
    expect(
      errorCodeOf(await vault.api.dossier.export({ options: mixed, out, format: 'pdf' })),
    ).toBe('VALIDATION');
    const noCase = {
      ...optionsFor(vault),
      caseId: '0f8fad5b-d9cb-469f-a165-70867728950e' as never,
    };
    const unknown = await vault.api.dossier.export({ options: noCase, out, format: 'pdf' });
    expect(errorCodeOf(unknown)).toBe('NOT_FOUND');
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('dossier.progress forwarding', () => {
  it('is thinned per job like import progress, and the final event always gets through', () => {
    const sent: DossierProgress[] = [];
    const forward = forwardingListener('dossier.progress', (payload) =>
      sent.push(payload as DossierProgress),
    );
    const event = (jobId: string, state: DossierProgress['state'], completed: number) =>
      ({
        jobId,
        kind: 'dossier',
        state,
        completed,
        total: 100,
        current: null,
        result: null,
        error: null,
      }) as unknown as DossierProgress;
    for (let completed = 0; completed < 100; completed += 1) {
      forward(event('job-a', 'running', completed));
      forward(event('job-b', 'running', completed));
    }
    forward(event('job-a', 'done', 100));
    forward(event('job-b', 'cancelled', 40));
    // The first of each job at once, the flood in between dropped, each job's last word kept.
    expect(sent.map((payload) => [payload.jobId, payload.state, payload.completed])).toEqual([
      ['job-a', 'running', 0],
      ['job-b', 'running', 0],
      ['job-a', 'done', 100],
      ['job-b', 'cancelled', 40],
    ]);
  });
});

describe('the plan handed to the bundle builder', () => {
  it('carries the chronology with court-style dates, the notes, the annotations and the passwords', async () => {
    const caseId = vault.caseId as never;
    const [first] = vault.documentIds;
    const dates = [
      { kind: 'exact', date: '2024-05-14' },
      { kind: 'month', month: '2024-05' },
      { kind: 'year', year: '2023' },
      { kind: 'range', from: '2024-05-01', to: '2024-05-03' },
      { kind: 'undated' },
    ] as const;
    for (const [index, date] of dates.entries()) {
      expectOk(
        await vault.api.facts.create({
          caseId,
          date,
          statement: `Факт ${index + 1}`,
          ...(index === 0 ? { source: { documentId: first!, page: 2 } } : {}),
          ...(index === 1 ? { sourceNote: 'показания в суде' } : {}),
          ...(index === 2 ? { status: 'disputed' as const, importance: 'key' as const } : {}),
        }),
      );
    }
    const paragraph = (text: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    expectOk(await vault.api.notes.create({ caseId, title: 'Позиция', doc: paragraph('Алиби') }));
    expectOk(
      await vault.api.notes.create({ caseId, title: 'Вопросы', doc: paragraph('Свидетель') }),
    );
    expectOk(
      await vault.api.annotations.create({
        documentId: first!,
        page: 1,
        kind: 'highlight',
        color: 'green',
        rects: [{ x: 10, y: 20, width: 100, height: 12 }],
        quote: 'State v. Doe',
      }),
    );
    vault.core.lock('manual');

    const session = new VaultSession(vault.vaultPath, { migrations: MIGRATIONS });
    session.unlock(PASSPHRASE);
    try {
      const options = dossierOptionsSchema.parse(
        optionsFor(vault, {
          include: {
            cover: true,
            inventory: true,
            chronology: true,
            notes: true,
            annotations: true,
          },
          passwords: [{ documentId: vault.documentIds[1]!, password: 'секрет' }],
        }),
      );
      const { plan, documents } = buildDossierPlan(session.db(), options, {
        generatedAt: '2026-11-30T02:00:00.000Z',
        appVersion: '9.9.9',
      });
      expect(plan.chronology.map((row) => row.date)).toEqual([
        '2023',
        '01.05.2024–03.05.2024',
        '05.2024',
        '14.05.2024',
        'без даты',
      ]);
      expect(plan.chronology[0]).toMatchObject({ status: 'оспаривается', importance: 'ключевая' });
      expect(plan.chronology[2]!.source).toBe('показания в суде');
      expect(plan.chronology[3]!.source).toMatch(/, с\. 2$/);
      expect(plan.notes).toEqual([
        { title: 'Позиция', text: expect.stringContaining('Алиби') as string },
        { title: 'Вопросы', text: expect.stringContaining('Свидетель') as string },
      ]);
      const bundleDocuments = plan.sections[0]!.documents;
      expect(bundleDocuments[0]!.annotations).toEqual([
        {
          page: 1,
          kind: 'highlight',
          color: 'green',
          rects: [{ x: 10, y: 20, width: 100, height: 12 }],
          point: null,
          comment: null,
        },
      ]);
      expect(bundleDocuments.map((document) => document.password)).toEqual([null, 'секрет', null]);
      expect(bundleDocuments.map((document) => document.mediaType)).toEqual([
        'application/pdf',
        'application/pdf',
        'image/png',
      ]);
      expect(documents.map((document) => document.id)).toEqual(vault.documentIds);
      expect(plan.case.title).toBe('Дело Елкина');

      // Left out unless asked for.
      const bare = buildDossierPlan(session.db(), dossierOptionsSchema.parse(optionsFor(vault)), {
        generatedAt: '2026-11-30T02:00:00.000Z',
        appVersion: '9.9.9',
      }).plan;
      expect([bare.chronology, bare.notes, bare.sections[0]!.documents[0]!.annotations]).toEqual([
        [],
        [],
        [],
      ]);
    } finally {
      session.lock('manual');
    }
  });
});
