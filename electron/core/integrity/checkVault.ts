import { createHash } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import type { IntegrityProblem, IntegrityReport } from '../../../shared/domain/integrity';
import { AppError } from '../../../shared/errors';
import { readChunks } from '../documents/blobStore';
import { verifyPassphrase } from '../vault/openVault';
import { applyCipher } from '../vault/pragmas';
import { checkCipherPages, type CipherPageReport } from './cipherPages';

const errorDetail = (error: unknown) =>
  typeof (error as { code?: unknown })?.code === 'string'
    ? String((error as { code: string }).code)
    : 'unreadable';

/** integrity_check's messages, each with the table it names ("Tree N" is a root page). */
function structureProblems(db: Database.Database): IntegrityProblem[] {
  const roots = new Map<number, string>();
  for (const row of db.prepare('SELECT name, rootpage FROM sqlite_schema').all() as {
    name: string;
    rootpage: number | null;
  }[]) {
    if (row.rootpage) roots.set(row.rootpage, row.name);
  }
  const rows = db.pragma('integrity_check(1000)') as { integrity_check: string }[];
  return rows
    .filter((row) => row.integrity_check !== 'ok')
    .map((row) => {
      const detail = row.integrity_check;
      const tree = /Tree (\d+)/.exec(detail)?.[1];
      const page = /page (\d+)/.exec(detail)?.[1];
      const table = tree ? roots.get(Number(tree)) : /index (\S+)/.exec(detail)?.[1];
      return {
        kind: 'structure' as const,
        detail,
        ...(table ? { table } : {}),
        ...(page ? { page: Number(page) } : {}),
      };
    });
}

function foreignKeyProblems(db: Database.Database): IntegrityProblem[] {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  return rows.map((row) => ({
    kind: 'foreign_key',
    table: row.table,
    detail: `Row ${row.rowid} refers to a missing row of ${row.parent}`,
  }));
}

/** Re-hashes every stored original, one chunk at a time, yielding to the event loop between. */
async function originalProblems(
  db: Database.Database,
): Promise<{ documents: number; problems: IntegrityProblem[] }> {
  const documents = db
    .prepare('SELECT id, title, sha256, size FROM documents ORDER BY rowid')
    .all() as { id: string; title: string; sha256: string; size: number }[];
  const problems: IntegrityProblem[] = [];
  for (const document of documents) {
    const named = { documentId: document.id, documentTitle: document.title };
    try {
      const hash = createHash('sha256');
      let size = 0;
      for (const chunk of readChunks(db, document.id)) {
        hash.update(chunk);
        size += chunk.length;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const actual = hash.digest('hex');
      if (size !== document.size || actual !== document.sha256) {
        problems.push({
          kind: 'original',
          ...named,
          detail: `SHA-256 ${actual} (${size} bytes); recorded ${document.sha256} (${document.size} bytes)`,
        });
      }
    } catch (error) {
      problems.push({ kind: 'original', ...named, detail: `Unreadable (${errorDetail(error)})` });
    }
  }
  return { documents: documents.length, problems };
}

/** Which table or index each page belongs to (SQLite's dbstat), to name a damaged page. */
function pageOwners(db: Database.Database): Map<number, string> {
  const owners = new Map<number, string>();
  try {
    for (const row of db.prepare('SELECT name, pageno FROM dbstat').all() as {
      name: string;
      pageno: number;
    }[]) {
      owners.set(row.pageno, row.name);
    }
  } catch {
    // dbstat reads every b-tree page; on a damaged file it can stop early. Pages stay unnamed.
  }
  return owners;
}

function cipherProblems(cipher: CipherPageReport, owners: Map<number, string>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = cipher.badPages.map((page) => {
    const table = owners.get(page);
    return {
      kind: 'cipher',
      page,
      ...(table ? { table } : {}),
      detail: table
        ? 'The page does not match its HMAC'
        : 'The page (free or unreadable) does not match its HMAC',
    };
  });
  if (cipher.trailingBytes > 0) {
    problems.push({
      kind: 'cipher',
      detail: `The file ends ${cipher.trailingBytes} bytes into a page (truncated or appended)`,
    });
  }
  return problems;
}

/** The database-level checks, on a read-only connection of its own (never the writer). */
async function databaseChecks(
  file: string,
  passphrase: string,
  cipher: CipherPageReport,
): Promise<{ documents: number; problems: IntegrityProblem[] }> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const problems: IntegrityProblem[] = [];
  let documents = 0;
  try {
    applyCipher(db, passphrase);
    for (const check of [structureProblems, foreignKeyProblems]) {
      try {
        problems.push(...check(db));
      } catch (error) {
        problems.push({ kind: 'structure', detail: `Check stopped (${errorDetail(error)})` });
      }
    }
    try {
      const originals = await originalProblems(db);
      documents = originals.documents;
      problems.push(...originals.problems);
    } catch (error) {
      problems.push({ kind: 'structure', table: 'documents', detail: errorDetail(error) });
    }
    const owners = cipher.badPages.length > 0 ? pageOwners(db) : new Map<number, string>();
    problems.push(...cipherProblems(cipher, owners));
  } finally {
    db.close();
  }
  return { documents, problems };
}

/**
 * "Check vault" and `casefile verify`: integrity_check, every page's SQLCipher HMAC,
 * foreign_key_check, and every stored original re-hashed against its recorded SHA-256. Reads
 * only. The caller checkpoints an open vault first, so the file holds every committed page.
 * A wrong passphrase is WRONG_PASSPHRASE; a damaged first page (which makes any passphrase look
 * wrong) is told apart by the other pages' HMACs and reported.
 */
export async function checkVault(file: string, passphrase: string): Promise<IntegrityReport> {
  const cipher = await checkCipherPages(file, passphrase);
  try {
    verifyPassphrase(file, passphrase);
  } catch (error) {
    const othersVerify = cipher.pages > 1 && cipher.badPages.length < cipher.pages;
    if (!(error instanceof AppError) || !othersVerify) throw error;
    const problems: IntegrityProblem[] = [
      { kind: 'structure', detail: `The vault does not open (${error.code})` },
      ...cipherProblems(cipher, new Map<number, string>()),
    ];
    return { ok: false, pages: cipher.pages, documents: 0, problems };
  }
  const { documents, problems } = await databaseChecks(file, passphrase, cipher);
  return { ok: problems.length === 0, pages: cipher.pages, documents, problems };
}
