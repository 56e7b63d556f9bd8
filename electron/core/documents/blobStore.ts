import type Database from 'better-sqlite3-multiple-ciphers';
import { CHUNK_SIZE } from '../../../shared/domain/document';

/**
 * Original bytes, stored as CHUNK_SIZE rows in `document_chunks` (seq 0, 1, ...). Writing happens
 * inside the caller's transaction, so a document row never exists without all its bytes.
 */
export function writeChunks(db: Database.Database, documentId: string, bytes: Uint8Array): number {
  if (!db.inTransaction) throw new Error('writeChunks must run inside the import transaction');
  const insert = db.prepare(
    'INSERT INTO document_chunks (document_id, seq, bytes) VALUES (?, ?, ?)',
  );
  let seq = 0;
  for (let offset = 0; offset < bytes.length; offset += CHUNK_SIZE, seq += 1) {
    insert.run(documentId, seq, bytes.subarray(offset, offset + CHUNK_SIZE));
  }
  return seq;
}

/**
 * The stored chunks in order, one at a time, so an export holds one chunk in memory. Each chunk
 * is its own short query rather than one open cursor: better-sqlite3 refuses every other statement
 * on the connection while an iterator is open, and an export writes to disk between chunks.
 * Stops at the first missing seq; the caller compares the total with the recorded size.
 */
export function* readChunks(db: Database.Database, documentId: string): Generator<Buffer> {
  const select = db
    .prepare('SELECT bytes FROM document_chunks WHERE document_id = ? AND seq = ?')
    .pluck();
  for (let seq = 0; ; seq += 1) {
    const chunk = select.get(documentId, seq) as Buffer | undefined;
    if (chunk === undefined) return;
    yield chunk;
  }
}

/** All the bytes at once, for callers that need a Buffer (small files, tests, the viewer). */
export function readAllChunks(db: Database.Database, documentId: string): Buffer {
  return Buffer.concat([...readChunks(db, documentId)]);
}
