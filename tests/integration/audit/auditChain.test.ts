import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/appendAudit';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain';
import { systemClock } from '../../../electron/core/clock';
import type { AuditVerifyReport } from '../../../shared/domain/audit';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';
import { copyVault } from '../../support/copyVault';
import { rawConnection, tamper } from './auditSupport';

const ENTRIES = 12;
let fixture: CoreFixture;
let copies = 0;

/** A closed vault holding a whole chain of ENTRIES entries (creates, edits, archives). */
beforeAll(async () => {
  fixture = await openCoreFixture();
  const { api } = fixture;
  for (let index = 0; index < 4; index += 1) {
    const { id } = expectOk(await api.cases.create({ title: `Дело ${index}` }));
    expectOk(await api.cases.update({ id, changes: { court: `Суд ${index}` } }));
    expectOk(await api.cases.archive({ id }));
  }
  expect(expectOk(await api.audit.verify())).toEqual({
    ok: true,
    entries: ENTRIES,
    firstBroken: null,
  });
  fixture.core.lock('manual');
});
afterAll(() => fixture.dispose());

function freshCopy(): string {
  copies += 1;
  return copyVault(fixture.vaultPath, path.join(fixture.dir, `copy-${copies}`));
}

function verifyFile(vaultPath: string): AuditVerifyReport {
  const db = rawConnection(vaultPath);
  try {
    return verifyAuditChain(db);
  } finally {
    db.close();
  }
}

/** A copy of the whole chain, tampered by `sql` with the triggers out of the way. */
function tampered(sql: (db: Database.Database) => void): AuditVerifyReport {
  const copy = freshCopy();
  tamper(copy, sql);
  return verifyFile(copy);
}

const swap = (db: Database.Database, a: number, b: number) => {
  // Everything but seq trades places: the two entries now stand in each other's position.
  db.exec(`
    CREATE TEMP TABLE held AS SELECT * FROM audit_log WHERE seq IN (${a}, ${b});
    UPDATE audit_log SET (at, action, case_id, document_id, detail, prev_hash, hash) =
      (SELECT at, action, case_id, document_id, detail, prev_hash, hash FROM temp.held
       WHERE held.seq = CASE audit_log.seq WHEN ${a} THEN ${b} ELSE ${a} END)
    WHERE seq IN (${a}, ${b});
    DROP TABLE temp.held;
  `);
};

describe('the audit chain', () => {
  it('is append-only in SQL itself: UPDATE, DELETE and an out-of-chain INSERT abort', () => {
    const db = rawConnection(freshCopy());
    try {
      expect(() => db.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 3").run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(() =>
        db
          .prepare(
            `INSERT INTO audit_log (seq, at, action, detail, prev_hash, hash)
             VALUES (99, '2026-01-01T00:00:00.000Z', 'case.created', '{}', ?, ?)`,
          )
          .run('0'.repeat(64), 'f'.repeat(64)),
      ).toThrow(/not the next link/);
      expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: ENTRIES });
    } finally {
      db.close();
    }
  });

  it('reports an altered entry, wherever it is, by its seq', () => {
    for (const seq of [1, 6, ENTRIES]) {
      expect(
        tampered((db) =>
          db.prepare(`UPDATE audit_log SET detail = '{"fields":["title"]}' WHERE seq = ?`).run(seq),
        ),
      ).toEqual({ ok: false, entries: seq, firstBroken: { seq, reason: 'altered' } });
    }
  });

  it('reports a single changed byte of any field', () => {
    const fields = ['at', 'action', 'case_id', 'detail', 'prev_hash', 'hash'];
    for (const [index, field] of fields.entries()) {
      const seq = 2 + index;
      const report = tampered((db) => {
        // Flip one bit of one character in the middle of the stored text, as a hex editor would.
        const { value } = db
          .prepare<[number], { value: string }>(
            `SELECT ${field} AS value FROM audit_log WHERE seq = ?`,
          )
          .get(seq)!;
        const middle = Math.floor(value.length / 2);
        const flipped = String.fromCharCode(value.charCodeAt(middle) ^ 1);
        const changed = value.slice(0, middle) + flipped + value.slice(middle + 1);
        db.prepare(`UPDATE audit_log SET ${field} = ? WHERE seq = ?`).run(changed, seq);
      });
      expect(report.firstBroken, field).toEqual({ seq, reason: 'altered' });
    }
  });

  it('reports a deleted entry (first, middle or last) as missing at its seq', () => {
    for (const seq of [1, 5, ENTRIES]) {
      expect(
        tampered((db) => db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq)).firstBroken,
      ).toEqual({ seq, reason: 'missing' });
    }
  });

  it('reports the last entries cut off, even when every remaining link is sound', () => {
    expect(
      tampered((db) => db.prepare('DELETE FROM audit_log WHERE seq > 9').run()).firstBroken,
    ).toEqual({ seq: 10, reason: 'missing' });
  });

  it('still reports entries cut off the end after the app appends again', () => {
    const copy = freshCopy();
    tamper(copy, (db) => db.prepare('DELETE FROM audit_log WHERE seq > 9').run());
    const db = rawConnection(copy);
    try {
      expect(appendAudit(db, { action: 'vault.unlocked' }, systemClock).seq).toBe(ENTRIES + 1);
      expect(verifyAuditChain(db).firstBroken).toEqual({ seq: 10, reason: 'missing' });
    } finally {
      db.close();
    }
  });

  it('keeps appending whole links when sqlite_sequence was emptied behind its back', () => {
    const copy = freshCopy();
    tamper(copy, (db) => db.prepare('DELETE FROM sqlite_sequence').run());
    const db = rawConnection(copy);
    try {
      expect(appendAudit(db, { action: 'vault.unlocked' }, systemClock).seq).toBe(ENTRIES + 1);
      expect(verifyAuditChain(db)).toEqual({ ok: true, entries: ENTRIES + 1, firstBroken: null });
    } finally {
      db.close();
    }
  });

  it('reports an entry removed and the rest renumbered at the first renumbered seq (its seq was altered)', () => {
    expect(
      tampered((db) => {
        db.prepare('DELETE FROM audit_log WHERE seq = 7').run();
        db.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 7').run();
      }).firstBroken,
    ).toEqual({ seq: 7, reason: 'altered' });
  });

  it('reports two entries swapped as reordered at the first of them', () => {
    for (const [a, b] of [
      [1, 2],
      [5, 6],
      [3, 9],
      [ENTRIES - 1, ENTRIES],
    ] as const) {
      expect(tampered((db) => swap(db, a, b)).firstBroken, `${a}↔${b}`).toEqual({
        seq: a,
        reason: 'reordered',
      });
    }
  });

  it('keeps verifying after the app appends to an untouched chain, across lock and unlock', async () => {
    expectOk(await fixture.api.vault.unlock({ passphrase: PASSPHRASE }));
    expectOk(await fixture.api.cases.create({ title: 'Ещё одно' }));
    expect(expectOk(await fixture.api.audit.verify())).toEqual({
      ok: true,
      entries: ENTRIES + 2,
      firstBroken: null,
    });
    fixture.core.lock('manual');
  });
});
