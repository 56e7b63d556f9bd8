import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withAuditTrail } from '../../../electron/core/audit/withAuditTrail';
import { listAudit } from '../../../electron/core/audit/listAudit';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { recordBackupCreated } from '../../../electron/core/audit/recordBackup';
import { PASSPHRASE } from '../../support/coreFixture';
import { manualClock } from '../../support/manualClock';
import { makeTempDir } from '../../support/tempDir';

let session: VaultSession;
let cleanup: () => void;

beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  session = new VaultSession(path.join(temp.dir, 'casefile.vault'));
  session.create(PASSPHRASE);
});
afterEach(() => {
  session.lock('manual');
  cleanup();
});

const actions = () =>
  listAudit(session.db(), { limit: 100 })
    .entries.map((entry) => entry.action)
    .reverse();

type Loose = Record<string, (input: unknown) => unknown>;

/**
 * Stand-ins under the real route names: a restore that leaves the vault locked, a backup route
 * that only starts its job, without building a backup file.
 */
function withStandIns(routes: Loose): Loose {
  return withAuditTrail({ session, clock: manualClock() }, routes as unknown as Handlers) as never;
}

describe('backup and restore in the audit log', () => {
  it('records a finished backup through recordBackupCreated, where the backup job ends', () => {
    recordBackupCreated(session.db(), { size: 8192, pages: 2 });
    expect(listAudit(session.db(), { limit: 1 }).entries[0]).toMatchObject({
      action: 'backup.created',
      detail: { size: 8192, pages: 2 },
    });
  });

  it('does not record vault.backup when the route only starts its job', async () => {
    const routes = withStandIns({ 'vault.backup': () => ({ jobId: 'job' }) });
    await routes['vault.backup']!({ out: '/tmp/backup.vault' });
    expect(actions()).toEqual([]);
  });

  it('records a restore that leaves the vault locked at the next unlock, before the unlock', async () => {
    const routes = withStandIns({
      'vault.restore': () => {
        session.lock('manual');
        return { state: 'locked' };
      },
    });
    await routes['vault.restore']!({ file: '/tmp/backup.vault' });
    expect(session.status().state).toBe('locked');
    session.unlock(PASSPHRASE);
    expect(actions()).toEqual(['vault.restored', 'vault.unlocked']);
    expect(verifyAuditChain(session.db())).toMatchObject({ ok: true, entries: 2 });
  });

  it('leaves routes it does not audit exactly as they were', () => {
    const plain = () => 42;
    const routes = withStandIns({ 'search.query': plain });
    expect(routes['search.query']).toBe(plain);
  });
});
