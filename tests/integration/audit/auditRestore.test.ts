import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';
import { actionsOf } from './auditSupport';

let fixture: CoreFixture;

beforeEach(async () => {
  fixture = await openCoreFixture();
});
afterEach(() => fixture.dispose());

describe('restore in the audit log', () => {
  it('the restored vault carries its own chain on, with the restore as its newest entry', async () => {
    expectOk(await fixture.api.cases.create({ title: 'До копии' }));
    const out = path.join(fixture.dir, 'backup.vault');
    expectOk(await fixture.api.vault.backup({ out, passphrase: PASSPHRASE }));
    await fixture.core.idle();
    // The finished backup is recorded in the live vault (not in the copy, made before it).
    expect((await actionsOf(fixture.api)).at(-1)).toBe('backup.created');
    expectOk(await fixture.api.cases.create({ title: 'После копии' }));

    expectOk(await fixture.api.vault.restore({ file: out, passphrase: PASSPHRASE }));
    const actions = await actionsOf(fixture.api);
    // The case made after the backup is not in the restored vault, nor its entry.
    expect(actions.filter((action) => action === 'case.created')).toHaveLength(1);
    expect(actions.slice(-2)).toEqual(['vault.unlocked', 'vault.restored']);
    expect(expectOk(await fixture.api.audit.verify())).toMatchObject({ ok: true });
  });
});
