import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock';
import { buildHandlers, withStorageErrors } from '../../electron/core/handlers';
import { createSettingsStore } from '../../electron/core/settings/settingsStore';
import { VaultSession } from '../../electron/core/vault/VaultSession';
import { createClient } from '../../shared/ipc/client';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { errorCodeOf, expectOk, PASSPHRASE } from '../support/coreFixture';
import { makeTempDir } from '../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** The composition createCore does, with the session in reach so the test can cap the file. */
function openSession() {
  const { dir, cleanup } = makeTempDir();
  const session = new VaultSession(path.join(dir, 'casefile.vault'));
  cleanups.push(() => session.lock('manual'), cleanup);
  const handlers = withStorageErrors(
    buildHandlers({ session, settings: createSettingsStore(), clock: systemClock }),
  );
  return { session, api: createClient(createDispatcher(handlers)) };
}

describe('a full disk', () => {
  it('reports DISK_FULL for the write that does not fit and keeps every earlier case', async () => {
    const { session, api } = openSession();
    expectOk(await api.vault.create({ passphrase: PASSPHRASE }));
    const saved: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      saved.push(expectOk(await api.cases.create({ title: `Дело ${i}` })).id);
    }
    // SQLite reports SQLITE_FULL once the file may not grow: the same path as a full disk.
    const pages = session.db().pragma('page_count', { simple: true }) as number;
    session.db().pragma(`max_page_count = ${pages}`);
    let code: string | undefined;
    for (let i = 0; i < 500 && code === undefined; i += 1) {
      code = errorCodeOf(
        await api.cases.create({ title: `Большое дело ${i}`, description: 'текст '.repeat(3000) }),
      );
    }
    expect(code).toBe('DISK_FULL');

    expectOk(await api.vault.lock());
    expectOk(await api.vault.unlock({ passphrase: PASSPHRASE }));
    const ids = expectOk(await api.cases.list()).map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(saved));
    const check = session.db().pragma('integrity_check', { simple: true });
    expect(check).toBe('ok');
  });
});
