import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListItem, AuditVerifyReport } from '../../../shared/domain/audit';
import {
  CLI_PASSPHRASE,
  jsonError,
  runInProcess,
  seedCliVault,
  type CliVault,
} from '../../support/cliVault';
import { tamper } from './auditSupport';

let seeded: CliVault;

beforeAll(async () => {
  seeded = await seedCliVault();
});
afterAll(() => seeded.cleanup());

const run = (...args: string[]) => runInProcess(['--vault', seeded.vault, ...args]);

describe('casefile audit', () => {
  it('list --case --json prints that case’s entries, newest first', async () => {
    const result = await run('audit', 'list', '--case', seeded.caseId, '--json');
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as AuditListItem[];
    expect(entries.map((entry) => entry.action)).toEqual(['document.imported', 'case.created']);
    expect(entries.every((entry) => entry.caseId === seeded.caseId)).toBe(true);
    expect(entries[0]?.documentId).toBe(seeded.documentId);

    const unlocks = await run('audit', 'list', '--action', 'vault.unlocked', '--json');
    // The list command's own unlock is the newest.
    expect((JSON.parse(unlocks.stdout) as AuditListItem[]).length).toBeGreaterThanOrEqual(2);
    const wrong = await run('audit', 'list', '--action', 'case.burned', '--json');
    expect(wrong.code).toBe(2);
    expect(jsonError(wrong).code).toBe('VALIDATION');
  });

  it('verify --json reports an intact chain with exit 0, a broken one with its seq and exit 7', async () => {
    const intact = await run('audit', 'verify', '--json');
    expect(intact.code).toBe(0);
    const report = JSON.parse(intact.stdout) as AuditVerifyReport;
    expect(report).toMatchObject({ ok: true, firstBroken: null });
    expect(report.entries).toBeGreaterThanOrEqual(4);

    tamper(
      seeded.vault,
      (db) => db.prepare(`UPDATE audit_log SET detail = '{"fields":[]}' WHERE seq = 2`).run(),
      CLI_PASSPHRASE,
    );
    const broken = await run('audit', 'verify', '--json');
    expect(broken.code).toBe(7);
    expect(JSON.parse(broken.stdout)).toEqual({
      ok: false,
      entries: 2,
      firstBroken: { seq: 2, reason: 'altered' },
    });
    expect(jsonError(broken).code).toBe('VERIFY_FAILED');
  });
});
