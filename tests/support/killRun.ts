import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createCore } from '../../electron/core/createCore';
import { verifyAuditChain } from '../../electron/core/audit/verifyAuditChain';
import { applyCipher } from '../../electron/core/vault/pragmas';
import type { ImportProgress } from '../../shared/domain/job';
import { noteDocText } from '../../shared/domain/note';
import { createClient, type CasefileApi } from '../../shared/ipc/client';
import type { Result } from '../../shared/errors';
import { cyrillicPdf, englishPdf, pdfWithScannedPage } from '../fixtures/pdfFixtures';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../integration/workers/pdfTextWorkerPath';
import { copyVault } from './copyVault';
import { PASSPHRASE } from './coreFixture';
import { reportedItems, type ReportedItem } from './killLines';
import { seededRandom } from './seededRandom';

/**
 * The kill test (issue 7 "Must show"), shared by `npm run torture -- kill` (hundreds of runs)
 * and the smaller run inside `npm test`: a child loops over imports, note and fact edits,
 * annotations and exports through the real core; it is SIGKILLed at a seeded random moment and
 * the vault is then opened and checked.
 */

const REPO = path.resolve(__dirname, '../..');
const CHILD = path.join(__dirname, 'killChild.ts');
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export interface KillTemplate {
  vault: string;
  fixtures: string;
}

async function longPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) {
    const sheet = doc.addPage();
    for (let line = 0; line < 40; line += 1) {
      sheet.drawText(`Page ${page}, line ${line}: the witness stated the facts of the case.`, {
        x: 40,
        y: 760 - line * 18,
        size: 10,
        font,
      });
    }
  }
  return doc.save();
}

/** Generated PDFs for the child to import, and a vault with one case holding one document. */
export async function prepareKillTemplate(dir: string): Promise<KillTemplate> {
  const fixtures = path.join(dir, 'fixtures');
  fs.mkdirSync(fixtures, { recursive: true });
  const files: [string, Uint8Array][] = [
    ['cyrillic.pdf', await cyrillicPdf()],
    ['english.pdf', await englishPdf()],
    ['scan.pdf', await pdfWithScannedPage()],
    ['long.pdf', await longPdf(25)],
  ];
  for (const [name, bytes] of files) fs.writeFileSync(path.join(fixtures, name), bytes);

  const vault = path.join(dir, 'template', 'casefile.vault');
  const core = createCore({
    vaultPath: vault,
    pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
  });
  const api = createClient(core.dispatch);
  let last: ImportProgress | null = null;
  core.subscribe('jobs.progress', (payload) => (last = payload as ImportProgress));
  try {
    must(await api.vault.create({ passphrase: PASSPHRASE }));
    const { id } = must(await api.cases.create({ title: 'Дело Жумабаева' }));
    must(await api.documents.import({ caseId: id, paths: [path.join(fixtures, 'cyrillic.pdf')] }));
    await core.idle();
    if ((last as ImportProgress | null)?.results[0]?.outcome !== 'imported') {
      throw new Error('The template document was not imported');
    }
  } finally {
    core.close();
  }
  return { vault, fixtures };
}

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export interface KillRunOutcome {
  seed: number;
  /** Milliseconds after the child said it was ready. */
  delay: number;
  killed: boolean;
  /** Items the child reported as committed (distinct ids). */
  committed: number;
  /**
   * Partial export files the kill left beside their targets (see placeNewFile.ts); the unlock
   * must remove them all (partialLedger.ts), or the run fails.
   */
  partialFiles: number;
  failures: string[];
  stderr: string;
  stdout: string;
}

/** One run: a fresh copy of the template, the child killed `delay` ms after it is ready. */
export async function killRun(
  template: KillTemplate,
  runDir: string,
  seed: number,
  maxDelayMs: number,
): Promise<KillRunOutcome> {
  const delay = seededRandom(seed ^ 0x5eed).int(0, maxDelayMs);
  const vault = copyVault(template.vault, path.join(runDir, 'vault'));
  const work = path.join(runDir, 'work');
  const child = await runChild(vault, seed, template.fixtures, work, delay);
  const failures: string[] = [];
  if (!child.killed) failures.push(`the child ended by itself: ${child.stderr.slice(0, 500)}`);
  const inspection = await inspectAfterKill(vault, work, child.stdout);
  failures.push(...inspection.failures);
  return {
    seed,
    delay,
    killed: child.killed,
    committed: inspection.committed,
    partialFiles: inspection.partialFiles,
    failures,
    stderr: child.stderr,
    stdout: child.stdout,
  };
}

/** Everything the issue asks of a vault after a kill, given what the child reported. */
export async function inspectAfterKill(
  vault: string,
  work: string,
  stdout: string,
): Promise<{ committed: number; partialFiles: number; failures: string[] }> {
  const { ready, items } = reportedItems(stdout);
  const failures: string[] = [];
  if (!ready) failures.push('the child never became ready');
  const files = exportFiles(path.join(work, 'out'));
  failures.push(...(await inspectVault(vault, items, files.finals)));
  const left = exportFiles(path.join(work, 'out')).partials;
  if (left.length > 0) failures.push(`partial files left after the unlock: ${left.join(', ')}`);
  return { committed: items.length, partialFiles: files.partials.length, failures };
}

function runChild(vault: string, seed: number, fixtures: string, work: string, delay: number) {
  return new Promise<{ stdout: string; stderr: string; killed: boolean }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, vault, PASSPHRASE, String(seed), fixtures, work],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    // A child that never gets ready (or stops answering) is killed anyway and reported.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000 + delay);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (timer === undefined && stdout.includes('"ready"')) {
        timer = setTimeout(() => child.kill('SIGKILL'), delay);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ stdout, stderr, killed: signal === 'SIGKILL' });
    });
  });
}

/** Opens the vault as the app does, then checks it with a raw connection. */
async function inspectVault(
  vault: string,
  items: readonly ReportedItem[],
  exported: readonly string[],
): Promise<string[]> {
  const failures: string[] = [];
  const core = createCore({ vaultPath: vault });
  const api = createClient(core.dispatch);
  try {
    const unlocked = await api.vault.unlock({ passphrase: PASSPHRASE });
    if (!unlocked.ok) return [`the vault does not open: ${unlocked.error.code}`];
    for (const item of items) {
      const actual = await currentValue(api, item);
      if (item.kind !== 'export' && !item.accepted.includes(actual)) {
        failures.push(`${item.kind} ${item.id}: ${actual.slice(0, 80)} is not what was committed`);
      }
    }
    failures.push(...(await inspectExports(api, exported, items)));
  } finally {
    core.close();
  }
  failures.push(...checkDatabase(vault));
  return failures;
}

/** The hash of what the vault holds now for a reported item ('missing …' when it is gone). */
async function currentValue(api: CasefileApi, item: ReportedItem): Promise<string> {
  const missing = (result: Result<unknown>) => `missing (${result.ok ? 'ok' : result.error.code})`;
  switch (item.kind) {
    case 'case': {
      const found = await api.cases.get({ id: item.id });
      return found.ok ? sha(found.value.title) : missing(found);
    }
    case 'document': {
      const found = await api.documents.get({ id: item.id });
      if (!found.ok) return missing(found);
      const verdict = await api.documents.verify({ id: item.id });
      if (!verdict.ok || !verdict.value.intact) return 'stored bytes do not verify';
      return found.value.sha256;
    }
    case 'note': {
      const found = await api.notes.get({ id: item.id });
      return found.ok ? sha(noteDocText(found.value.doc)) : missing(found);
    }
    case 'fact': {
      const found = await api.facts.get({ id: item.id });
      return found.ok ? sha(found.value.statement) : missing(found);
    }
    case 'annotation': {
      // The route lists per document or case; every case is small enough to list.
      for (const summary of must(await api.cases.list({}))) {
        const list = must(await api.annotations.list({ caseId: summary.id }));
        const found = list.find((annotation) => annotation.id === item.id);
        if (found) return sha(found.comment ?? '');
      }
      return 'missing';
    }
    case 'export':
      return 'checked as a file';
  }
}

function checkDatabase(vault: string): string[] {
  const failures: string[] = [];
  const db = new Database(vault);
  try {
    applyCipher(db, PASSPHRASE);
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') failures.push(`integrity_check: ${String(integrity)}`);
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length > 0) failures.push(`foreign_key_check: ${JSON.stringify(foreignKeys)}`);
    // A document is whole: its chunks add up to its size, in sequence, with every page of text.
    const broken = db
      .prepare(
        `SELECT d.id FROM documents d WHERE
           d.size != (SELECT coalesce(sum(length(bytes)), 0) FROM document_chunks c WHERE c.document_id = d.id)
           OR (SELECT count(*) FROM document_chunks c WHERE c.document_id = d.id)
              != (SELECT coalesce(max(seq), -1) + 1 FROM document_chunks c WHERE c.document_id = d.id)
           OR coalesce(d.page_count, 0) != (SELECT count(*) FROM document_pages p WHERE p.document_id = d.id)`,
      )
      .all() as { id: string }[];
    for (const { id } of broken) failures.push(`document ${id} is not whole`);
    const audit = verifyAuditChain(db);
    if (!audit.ok) failures.push(`audit chain: ${JSON.stringify(audit.firstBroken)}`);
    // The template's creation and import, and every unlock since, are in the chain.
    if (audit.entries < 3) failures.push(`audit chain holds only ${audit.entries} entries`);
  } finally {
    db.close();
  }
  return failures;
}

function exportFiles(dir: string): { finals: string[]; partials: string[] } {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const full = names.map((name) => path.join(dir, name));
  return {
    finals: full.filter((file) => !/\.partial-\d+$/.test(file)),
    partials: full.filter((file) => /\.partial-\d+$/.test(file)),
  };
}

/**
 * Every reported export is there with the reported bytes; every file under a final name, reported
 * or not (a kill between linking and reporting), is complete.
 */
async function inspectExports(
  api: CasefileApi,
  finals: readonly string[],
  items: readonly ReportedItem[],
): Promise<string[]> {
  const failures: string[] = [];
  for (const item of items.filter((entry) => entry.kind === 'export')) {
    if (!fs.existsSync(item.id)) failures.push(`export ${path.basename(item.id)} is missing`);
    else if (sha(fs.readFileSync(item.id)) !== item.accepted[0]) {
      failures.push(`export ${path.basename(item.id)} changed`);
    }
  }
  const zips = finals.filter((file) => file.endsWith('.zip'));
  for (const file of finals.filter((name) => name.endsWith('.pdf'))) {
    const tail = fs.readFileSync(file).subarray(-32).toString('latin1');
    if (!tail.includes('%%EOF')) failures.push(`${path.basename(file)} is cut short`);
  }
  for (const file of finals.filter((name) => name.endsWith('.csv'))) {
    if (
      !fs
        .readFileSync(file)
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf]))
    ) {
      failures.push(`${path.basename(file)} does not start as our CSV does`);
    }
  }
  for (const file of zips) {
    const report = await api.dossier.verify({ path: file });
    if (!report.ok || !report.value.ok) {
      failures.push(`${path.basename(file)} does not verify: ${JSON.stringify(report)}`);
    }
  }
  return failures;
}
