import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../electron/cli/program';
import { createCore } from '../../electron/core/createCore';
import type { CaseId, DocumentId, PartyId } from '../../shared/domain/ids';
import type { ImportProgress } from '../../shared/domain/job';
import { createClient, type CasefileApi } from '../../shared/ipc/client';
import { expectOk } from './coreFixture';
import { makeTempDir } from './tempDir';

export const CLI_PASSPHRASE = 'Жазба-2026 quiet harbour';

export interface CliRunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('CASEFILE_')) env[key] = value;
  }
  env.CASEFILE_PASSPHRASE = CLI_PASSPHRASE;
  return env;
}

/** The CLI in this process (no tsx start-up), passphrase from the environment. */
export async function runInProcess(args: string[]): Promise<CliRunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: new PassThrough(),
    env: cleanEnv(),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

export function jsonError(run: CliRunResult): { code: string; message: string } {
  const lines = run.stderr.trimEnd().split('\n');
  return (JSON.parse(lines.at(-1) ?? '') as { error: { code: string; message: string } }).error;
}

export interface CliVault {
  dir: string;
  vault: string;
  caseId: CaseId;
  otherCaseId: CaseId;
  witness: PartyId;
  stranger: PartyId;
  documentId: DocumentId;
  /** Opens the vault with the core directly, to check what the CLI stored. */
  withApi<T>(fn: (api: CasefileApi) => Promise<T>): Promise<T>;
  cleanup(): void;
}

/** A vault with two cases, a party in each and a text document, seeded through the core. */
export async function seedCliVault(): Promise<CliVault> {
  const { dir, cleanup } = makeTempDir('casefile-cli-notes-');
  const vault = path.join(dir, 'casefile.vault');
  const core = createCore({ vaultPath: vault });
  try {
    const api = createClient(core.dispatch);
    expectOk(await api.vault.create({ passphrase: CLI_PASSPHRASE }));
    const caseId = expectOk(await api.cases.create({ title: 'Дело Әлиева' })).id;
    const otherCaseId = expectOk(await api.cases.create({ title: 'Чужое дело' })).id;
    const witness = expectOk(
      await api.parties.add({ caseId, name: 'Ахметов Қайрат', role: 'witness' }),
    ).id;
    const stranger = expectOk(
      await api.parties.add({ caseId: otherCaseId, name: 'Посторонний', role: 'other' }),
    ).id;
    const file = path.join(dir, 'протокол.txt');
    fs.writeFileSync(file, 'Протокол допроса свидетеля Ахметова от 14.05.2024.');
    let last: ImportProgress | null = null;
    core.subscribe('jobs.progress', (payload) => (last = payload as ImportProgress));
    expectOk(await api.documents.import({ caseId, paths: [file] }));
    await core.idle();
    const result = (last as ImportProgress | null)?.results.at(-1);
    if (result?.outcome !== 'imported') throw new Error('the document was not imported');
    const documentId = result.documentId;
    return {
      dir,
      vault,
      caseId,
      otherCaseId,
      witness,
      stranger,
      documentId,
      async withApi(fn) {
        const reader = createCore({ vaultPath: vault });
        try {
          const client = createClient(reader.dispatch);
          expectOk(await client.vault.unlock({ passphrase: CLI_PASSPHRASE }));
          return await fn(client);
        } finally {
          reader.close();
        }
      },
      cleanup,
    };
  } finally {
    core.close();
  }
}
