import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/domain/fact';
import { runCliProcess } from '../support/runCliProcess';
import {
  cleanEnv,
  jsonError,
  runInProcess,
  seedCliVault,
  type CliVault,
} from '../support/cliVault';

let seeded: CliVault;
beforeAll(async () => {
  seeded = await seedCliVault();
}, 60_000);
afterAll(() => seeded.cleanup());

const cli = (args: string[]) => runInProcess(['--vault', seeded.vault, ...args]);

describe('casefile fact add and fact list', () => {
  it('adds facts with a source, people and issues, and lists them in date order as JSON', async () => {
    const add = async (args: string[]) => {
      const run = await cli(['fact', 'add', '--case', seeded.caseId, ...args, '--json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout) as Fact;
    };
    const sourced = await add([
      '--date',
      '14.05.2024',
      '--text',
      'Ахметов показал, что видел подсудимого',
      '--document',
      seeded.documentId,
      '--page',
      '1',
      '--quote',
      'Протокол допроса свидетеля Ахметова',
      '--status',
      'disputed',
      '--importance',
      'key',
      '--issue',
      'алиби',
      '--issue',
      'ст. 274 УК',
      '--party',
      seeded.witness,
    ]);
    expect(sourced).toMatchObject({
      caseId: seeded.caseId,
      date: { kind: 'exact', date: '2024-05-14' },
      statement: 'Ахметов показал, что видел подсудимого',
      source: {
        documentId: seeded.documentId,
        documentTitle: 'протокол',
        page: 1,
        quote: 'Протокол допроса свидетеля Ахметова',
        annotationId: null,
      },
      partyIds: [seeded.witness],
      issues: ['алиби', 'ст. 274 УК'],
      status: 'disputed',
      importance: 'key',
    });
    const undated = await add(['--date', 'undated', '--text', 'Алиби не проверено']);
    const month = await add(['--date', '03.2024', '--text', 'Мартовская переписка']);
    const range = await add(['--date', '2023-12-30..2024-01-02', '--text', 'Праздники']);
    expect(month.date).toEqual({ kind: 'month', month: '2024-03' });

    const run = await cli(['fact', 'list', '--case', seeded.caseId, '--json']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as Fact[];
    expect(listed.map((fact) => fact.id)).toEqual([range.id, month.id, sourced.id, undated.id]);
    expect(listed[2]).toEqual(sourced);
  });

  it('prints a readable table without --json', async () => {
    const run = await cli(['fact', 'list', '--case', seeded.caseId]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE\s+STATUS\s+IMPORTANCE\s+PEOPLE\s+SOURCE\s+STATEMENT$/);
    const sourced = lines.find((line) => line.startsWith('2024-05-14'));
    expect(sourced).toContain('Ахметов Қайрат');
    expect(sourced).toContain('протокол, p. 1');
    expect(lines.at(-1)).toMatch(/^undated\s+unverified\s+normal/);
  });

  it('refuses a bad date, a half source and a person from another case with typed errors', async () => {
    const base = ['fact', 'add', '--case', seeded.caseId, '--text', 'Факт', '--json'];
    const badDate = await cli([...base, '--date', '31.02.2024']);
    expect([badDate.code, jsonError(badDate).code]).toEqual([2, 'VALIDATION']);
    expect(jsonError(badDate).message).toMatch(/^--date: "31.02.2024" is not a date/);
    const noPage = await cli([...base, '--date', '2024', '--document', seeded.documentId]);
    expect([noPage.code, jsonError(noPage).message]).toEqual([2, '--document needs --page']);
    const badPage = await cli([
      ...base,
      '--date',
      '2024',
      '--document',
      seeded.documentId,
      '--page',
      '0',
    ]);
    expect([badPage.code, jsonError(badPage).code]).toEqual([2, 'VALIDATION']);
    const stranger = await cli([...base, '--date', '2024', '--party', seeded.stranger]);
    expect([stranger.code, jsonError(stranger).code]).toEqual([2, 'VALIDATION']);
    expect(jsonError(stranger).message).toContain('not a party of this case');
    const badStatus = await cli([...base, '--date', '2024', '--status', 'maybe']);
    expect([badStatus.code, jsonError(badStatus).code]).toEqual([2, 'VALIDATION']);
    const unknownCase = await cli([
      'fact',
      'list',
      '--case',
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      '--json',
    ]);
    expect([unknownCase.code, jsonError(unknownCase).code]).toEqual([4, 'NOT_FOUND']);
    // Nothing refused was stored.
    const listed = await cli(['fact', 'list', '--case', seeded.caseId, '--json']);
    expect((JSON.parse(listed.stdout) as Fact[]).map((fact) => fact.statement)).not.toContain(
      'Факт',
    );
  });

  it('runs as a real process: fact list --json prints exactly one JSON document', async () => {
    const run = await runCliProcess(
      ['--vault', seeded.vault, 'fact', 'list', '--case', seeded.caseId, '--json'],
      cleanEnv(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.slice(0, -1)).not.toContain('\n');
    const facts = JSON.parse(run.stdout) as Fact[];
    expect(facts.map((fact) => fact.date.kind)).toEqual(['range', 'month', 'exact', 'undated']);
  }, 60_000);
});
