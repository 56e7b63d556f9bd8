import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteId } from '../../shared/domain/ids';
import { plainTextToNoteDoc } from '../../shared/domain/note';
import { expectOk } from '../support/coreFixture';
import { jsonError, runInProcess, seedCliVault, type CliVault } from '../support/cliVault';

let seeded: CliVault;
beforeAll(async () => {
  seeded = await seedCliVault();
}, 60_000);
afterAll(() => seeded.cleanup());

const cli = (args: string[]) => runInProcess(['--vault', seeded.vault, ...args]);

describe('casefile note add', () => {
  it('stores plain text as a note titled by its first line and prints it as JSON', async () => {
    const text = '\nПозиция защиты: алиби подтверждено\nСвидетель Ахметов — Қайрат';
    const run = await cli(['note', 'add', '--case', seeded.caseId, '--text', text, '--json']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({
      caseId: seeded.caseId,
      title: 'Позиция защиты: алиби подтверждено',
      revision: 1,
    });
    expect(printed).not.toHaveProperty('doc');
    const note = await seeded.withApi(async (api) =>
      expectOk(await api.notes.get({ id: printed.id as NoteId })),
    );
    expect(note.doc).toEqual(plainTextToNoteDoc(text));
  });

  it('takes --title, cuts a long first line to 80 characters, and prints the id without --json', async () => {
    const titled = await cli([
      'note',
      'add',
      '--case',
      seeded.caseId,
      '--text',
      'x',
      '--title',
      'Итог',
    ]);
    expect(titled.code).toBe(0);
    expect(titled.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    const long = 'Қ'.repeat(120);
    const run = await cli(['note', 'add', '--case', seeded.caseId, '--text', long, '--json']);
    const title = (JSON.parse(run.stdout) as { title: string }).title;
    expect([...title]).toHaveLength(80);
    expect(title.endsWith('…')).toBe(true);
    const titles = await seeded.withApi(async (api) =>
      expectOk(await api.notes.list({ caseId: seeded.caseId })).map((note) => note.title),
    );
    expect(titles).toContain('Итог');
  });

  it('answers malformed input with typed errors and exit codes', async () => {
    const badId = await cli(['note', 'add', '--case', 'nope', '--text', 'x', '--json']);
    expect(badId.code).toBe(2);
    expect(jsonError(badId)).toMatchObject({ code: 'VALIDATION' });
    expect(jsonError(badId).message).toContain('--case');
    const empty = await cli(['note', 'add', '--case', seeded.caseId, '--text', '  ', '--json']);
    expect([empty.code, jsonError(empty).code]).toEqual([2, 'VALIDATION']);
    const missing = await cli([
      'note',
      'add',
      '--case',
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      '--text',
      'x',
      '--json',
    ]);
    expect([missing.code, jsonError(missing).code]).toEqual([4, 'NOT_FOUND']);
    const noText = await cli(['note', 'add', '--case', seeded.caseId, '--json']);
    expect([noText.code, jsonError(noText).code]).toEqual([2, 'USAGE']);
  });
});
