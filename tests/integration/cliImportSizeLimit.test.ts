import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { makeTempDir } from '../support/tempDir';

const PASSPHRASE = 'Сақтау-2026 orchard lantern';
const MEGABYTE = 1024 * 1024;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** runCli in this process, the passphrase from the environment, --json output parsed. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Object.assign(new PassThrough(), { setRawMode: () => undefined }),
    env: { CASEFILE_PASSPHRASE: PASSPHRASE },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

describe('casefile import --max-size-mb', () => {
  it('rejects a file over the given size as FILE_TOO_LARGE and imports one just under it', async () => {
    const { dir, cleanup } = makeTempDir('casefile-cli-limit-');
    cleanups.push(cleanup);
    const vault = path.join(dir, 'casefile.vault');
    expect((await run(['--vault', vault, 'init', '--json'])).code).toBe(0);
    const created = await run(['--vault', vault, 'case', 'create', '--title', 'Дело', '--json']);
    const caseId = (JSON.parse(created.stdout) as { id: string }).id;
    const above = path.join(dir, 'above.txt');
    const below = path.join(dir, 'below.txt');
    fs.writeFileSync(above, 'a'.repeat(2 * MEGABYTE + 1));
    fs.writeFileSync(below, 'b'.repeat(2 * MEGABYTE));

    const imported = await run([
      '--vault',
      vault,
      'import',
      '--case',
      caseId,
      '--max-size-mb',
      '2',
      '--json',
      above,
      below,
    ]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject([
      { file: above, status: 'rejected', code: 'FILE_TOO_LARGE' },
      { file: below, status: 'imported' },
    ]);
  });

  it('refuses a size that is not a whole number from 1 to 4096 before opening the vault', async () => {
    for (const size of ['0', '4097', '1.5', 'ten']) {
      const refused = await run([
        '--vault',
        '/nonexistent/casefile.vault',
        'import',
        '--case',
        '0f8fad5b-d9cb-469f-a165-70867728950e',
        '--max-size-mb',
        size,
        'file.txt',
      ]);
      expect(refused.code, size).not.toBe(0);
      expect(refused.stderr, size).toContain('whole number from 1 to 4096');
    }
  });
});
