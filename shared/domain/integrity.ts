/**
 * What "Check vault" and `casefile verify` found. Each problem names where it is, so a lawyer
 * (or whoever helps her) knows what was damaged: a table, a page of the file, or a document.
 */
export const INTEGRITY_PROBLEM_KINDS = [
  /** SQLite's integrity_check: the database structure. */
  'structure',
  /** A page whose SQLCipher HMAC does not match: changed outside SQLite, or damaged on disk. */
  'cipher',
  /** A row that refers to a row that no longer exists. */
  'foreign_key',
  /** A stored original whose bytes no longer hash to the SHA-256 recorded at import. */
  'original',
] as const;
export type IntegrityProblemKind = (typeof INTEGRITY_PROBLEM_KINDS)[number];

export interface IntegrityProblem {
  kind: IntegrityProblemKind;
  /** The table or index concerned, when known. */
  table?: string;
  /** The page of the vault file (1-based), when known. */
  page?: number;
  documentId?: string;
  documentTitle?: string;
  /** SQLite's message, or ours. */
  detail: string;
}

export interface IntegrityReport {
  ok: boolean;
  /** Pages whose HMAC was verified, and documents re-hashed. */
  pages: number;
  documents: number;
  problems: IntegrityProblem[];
}
