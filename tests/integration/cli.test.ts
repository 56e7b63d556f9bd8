import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { parsePassphraseFile } from '../../electron/cli/passphrase';
import { runCli, type CliDependencies } from '../../electron/cli/program';
import { createCore } from '../../electron/core/createCore';
import { displayWidth } from '../../electron/cli/table';
import { runCliProcess } from '../support/runCliProcess';

const PASSPHRASE = 'Сақтау-2026 orchard lantern';
const WRONG = `it's "not" it'; DROP TABLE cases; --`;
const WEAK = 'Qz7!';
const TITLE = '«Дело № 2-1234/2026 — Әлиев Қ.»';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
interface RunOptions {
  passphrase?: string;
  env?: Record<string, string>;
}

/** Every run of this file, so the last test can check that no passphrase ever got printed. */
const runs: Run[] = [];
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-cli-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function cleanEnv(options: RunOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('CASEFILE_')) env[key] = value;
  }
  if (options.passphrase !== undefined) env.CASEFILE_PASSPHRASE = options.passphrase;
  return { ...env, ...options.env };
}

/** The real thing: `node --import tsx electron/cli/index.ts`, stdin not a terminal. */
function spawnCli(args: string[], options: RunOptions = {}): Promise<Run> {
  return runCliProcess(args, cleanEnv(options)).then((run) => {
    runs.push(run);
    return run;
  });
}

/** runCli in this process: no tsx start-up; `typed` feeds a fake terminal when given. */
async function runInProcess(
  args: string[],
  options: RunOptions & { typed?: string; dependencies?: CliDependencies } = {},
): Promise<Run & { rawModes: boolean[] }> {
  let stdout = '';
  let stderr = '';
  const rawModes: boolean[] = [];
  const stdin = Object.assign(new PassThrough(), {
    setRawMode: (mode: boolean) => rawModes.push(mode),
  });
  if (options.typed !== undefined) stdin.end(options.typed);
  const code = await runCli(
    args,
    {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      stdin,
      env: cleanEnv(options),
      isTTY: options.typed !== undefined,
    },
    options.dependencies,
  );
  const run = { code, stdout, stderr };
  runs.push(run);
  return { ...run, rawModes };
}

/** Exactly one JSON document and one trailing newline, nothing before or after. */
function singleJson(stdout: string): unknown {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.slice(0, -1)).not.toContain('\n');
  return JSON.parse(stdout);
}

function jsonError(run: Run): { code: string; message: string; details?: unknown } {
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  const parsed = JSON.parse(lines.at(-1) ?? '') as {
    error: { code: string; message: string; details?: unknown };
  };
  return parsed.error;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('casefile CLI on one vault', () => {
  let vault: string;
  let init: Run;

  beforeAll(async () => {
    vault = path.join(tempDir(), 'cases.vault');
    init = await spawnCli(['--vault', vault, 'init', '--json'], { passphrase: PASSPHRASE });
  });

  it('init --json creates the vault file and prints only {"vault","created"}', () => {
    expect(init.code).toBe(0);
    expect(init.stderr).toBe('');
    expect(singleJson(init.stdout)).toEqual({ vault, created: true });
    expect(fs.existsSync(vault)).toBe(true);
  });

  it('refuses init on an existing vault with VAULT_EXISTS and leaves the file byte-identical', async () => {
    const before = sha256(vault);
    const run = await spawnCli(['--json', '--vault', vault, 'init'], { passphrase: PASSPHRASE });
    expect(run.code).toBe(5);
    expect(jsonError(run).code).toBe('VAULT_EXISTS');
    expect(sha256(vault)).toBe(before);
  });

  it('creates a case printing only {"id"} and lists and shows it with its Kazakh title intact', async () => {
    const create = await spawnCli(
      [
        '--vault',
        vault,
        'case',
        'create',
        '--title',
        TITLE,
        '--number',
        '2-1234/2026',
        '--opened',
        '2026-01-15',
        '--tag',
        'ұрлық',
        '--tag',
        'срочно',
        '--json',
      ],
      { passphrase: PASSPHRASE },
    );
    expect(create.code).toBe(0);
    expect(create.stderr).toBe('');
    const created = singleJson(create.stdout) as { id: string };
    expect(Object.keys(created)).toEqual(['id']);
    expect(created.id).toMatch(UUID);

    const list = await spawnCli(['--json', '--vault', vault, 'case', 'list'], {
      passphrase: PASSPHRASE,
    });
    expect(list.code).toBe(0);
    const summaries = singleJson(list.stdout) as { id: string; title: string; tags: string[] }[];
    const listed = summaries.find((summary) => summary.id === created.id);
    expect(listed).toMatchObject({ title: TITLE, number: '2-1234/2026', status: 'open' });
    expect(listed?.tags.sort()).toEqual(['срочно', 'ұрлық'].sort());

    const show = await runInProcess(['--vault', vault, 'case', 'show', created.id, '--json'], {
      passphrase: PASSPHRASE,
    });
    expect(show.code).toBe(0);
    expect(singleJson(show.stdout)).toMatchObject({
      id: created.id,
      title: TITLE,
      openedOn: '2026-01-15',
      parties: [],
      hearings: [],
    });
  });

  it('reads the passphrase from the first line of --passphrase-file and warns when others can read it', async () => {
    const dir = tempDir();
    const privateFile = path.join(dir, 'private.txt');
    fs.writeFileSync(privateFile, `${PASSPHRASE}\r\nnot part of it\n`, { mode: 0o600 });
    const quiet = await spawnCli([
      '--vault',
      vault,
      '--passphrase-file',
      privateFile,
      'case',
      'list',
      '--json',
    ]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(Array.isArray(singleJson(quiet.stdout))).toBe(true);

    const sharedFile = path.join(dir, 'shared.txt');
    fs.writeFileSync(sharedFile, `${PASSPHRASE}\n`);
    fs.chmodSync(sharedFile, 0o644);
    const warned = await runInProcess([
      '--vault',
      vault,
      '--passphrase-file',
      sharedFile,
      '--json',
      'case',
      'list',
    ]);
    expect(warned.code).toBe(0);
    expect(Array.isArray(singleJson(warned.stdout))).toBe(true);
    if (process.platform !== 'win32') {
      const { warning } = JSON.parse(warned.stderr) as {
        warning: { code: string; message: string };
      };
      expect(warning.code).toBe('PASSPHRASE_FILE_PERMISSIONS');
      expect(warning.message).toContain('mode 644');
    }
  });

  it('exits 3 with WRONG_PASSPHRASE, prints nothing on stdout and writes no byte of the vault', async () => {
    const before = sha256(vault);
    const run = await spawnCli(['--vault', vault, 'case', 'list'], { passphrase: WRONG });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^casefile: WRONG_PASSPHRASE: /);
    expect(sha256(vault)).toBe(before);
  });

  it('rejects an unknown --status with exit 2 and VALIDATION, before asking for any passphrase', async () => {
    const run = await spawnCli(['--vault', vault, 'case', 'list', '--status', 'bogus', '--json']);
    expect(run.code).toBe(2);
    expect(jsonError(run).code).toBe('VALIDATION');
  });

  it('prints an aligned table whose columns survive Cyrillic and Kazakh text', async () => {
    // A Kazakh case number sits in a column before TITLE, so its width decides the alignment.
    await runInProcess(
      ['--vault', vault, 'case', 'create', '--title', 'Short', '--number', 'Қ-17/2026 (Әлиев)'],
      {
        passphrase: PASSPHRASE,
      },
    );
    const run = await runInProcess(['--vault', vault, 'case', 'list'], { passphrase: PASSPHRASE });
    expect(run.code).toBe(0);
    const [header = '', ...rows] = run.stdout.trimEnd().split('\n');
    const titleAt = (line: string) => displayWidth(line.slice(0, line.search(/TITLE|Short|«/)));
    expect(rows.map((row) => row.slice(row.search(/Short|«/))).sort()).toEqual(
      [TITLE, 'Short'].sort(),
    );
    expect(rows.map(titleAt)).toEqual(rows.map(() => titleAt(header)));
    expect(run.stdout).toContain('Қ-17/2026 (Әлиев)');
  });
});

// Independent child processes: run side by side to keep the suite quick.
describe.concurrent('casefile CLI errors that need no vault', () => {
  it('reports VAULT_NOT_FOUND (exit 4) for a missing vault file and creates nothing', async () => {
    const vault = path.join(tempDir(), 'missing.vault');
    const run = await spawnCli(['--vault', vault, 'case', 'list', '--json'], {
      passphrase: PASSPHRASE,
    });
    expect(run.code).toBe(4);
    expect(jsonError(run).code).toBe('VAULT_NOT_FOUND');
    expect(fs.existsSync(vault)).toBe(false);
  });

  it('refuses a weak passphrase on init with WEAK_PASSPHRASE (exit 3) and creates nothing', async () => {
    const vault = path.join(tempDir(), 'weak.vault');
    const run = await spawnCli(['--vault', vault, 'init', '--json'], { passphrase: WEAK });
    expect(run.code).toBe(3);
    expect(jsonError(run)).toMatchObject({
      code: 'WEAK_PASSPHRASE',
      details: { problem: 'too_short' },
    });
    expect(fs.existsSync(vault)).toBe(false);
  });

  it('demands a passphrase source when stdin is not a terminal (PASSPHRASE_REQUIRED, exit 2)', async () => {
    const vault = path.join(tempDir(), 'new.vault');
    const run = await spawnCli(['--vault', vault, 'init']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^casefile: PASSPHRASE_REQUIRED: .*CASEFILE_PASSPHRASE/);
    expect(fs.existsSync(vault)).toBe(false);
  });

  it('closes the core when a command fails', async () => {
    let closed = 0;
    const dependencies: CliDependencies = {
      createCore: (options) => {
        const core = createCore(options);
        return {
          ...core,
          close: () => {
            closed += 1;
            core.close();
          },
        };
      },
    };
    const vault = path.join(tempDir(), 'absent.vault');
    const run = await runInProcess(['--vault', vault, 'case', 'list'], { dependencies });
    expect(run.stderr).toMatch(/^casefile: VAULT_NOT_FOUND: /);
    expect(closed).toBe(1);
  });

  it('asks for --vault or CASEFILE_VAULT when neither is given (USAGE, exit 2)', async () => {
    const run = await runInProcess(['case', 'list'], { passphrase: PASSPHRASE });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^casefile: USAGE: .*--vault.*CASEFILE_VAULT/);
  });

  it('turns commander usage errors into one JSON error on stderr under --json (exit 2)', async () => {
    const run = await runInProcess(['--json', 'case', 'list', '--no-such-option']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(jsonError(run).code).toBe('USAGE');
  });

  it('prints the package version and explains in --help why there is no --passphrase option', async () => {
    const version = await runInProcess(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
    const help = await runInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('no --passphrase option');
    expect(help.stdout).toMatch(/3\s+WRONG_PASSPHRASE, WEAK_PASSPHRASE/);
  });
});

describe('casefile CLI hidden prompt', () => {
  it('creates a vault from a twice-typed passphrase, honouring backspace and echoing nothing', async () => {
    const vault = path.join(tempDir(), 'prompted.vault');
    const typo = `${PASSPHRASE}x\x7f`;
    const run = await runInProcess(['--vault', vault, 'init'], {
      typed: `${typo}\r${PASSPHRASE}\r`,
    });
    expect(run.code).toBe(0);
    expect(run.rawModes).toEqual([true, false]);
    expect(run.stderr).toBe('New vault passphrase (12+ characters): \nRepeat the passphrase: \n');
    const list = await runInProcess(['--vault', vault, 'case', 'list', '--json'], {
      passphrase: PASSPHRASE,
    });
    expect(singleJson(list.stdout)).toEqual([]);
  });

  it('refuses two different passphrases with VALIDATION and creates nothing', async () => {
    const vault = path.join(tempDir(), 'mismatch.vault');
    const run = await runInProcess(['--vault', vault, 'init'], {
      typed: `${PASSPHRASE}\r${PASSPHRASE}!\r`,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('casefile: VALIDATION: The passphrases do not match');
    expect(fs.existsSync(vault)).toBe(false);
  });

  it('judges a weak passphrase before asking for it again', async () => {
    const vault = path.join(tempDir(), 'weak-prompt.vault');
    const run = await runInProcess(['--vault', vault, 'init'], { typed: `${WEAK}\r` });
    expect(run.code).toBe(3);
    expect(run.stderr).not.toContain('Repeat');
    expect(run.stderr).toContain('WEAK_PASSPHRASE');
  });

  it('stops on Ctrl-C with INTERRUPTED (exit 130) and restores the terminal', async () => {
    const vault = path.join(tempDir(), 'cancelled.vault');
    const run = await runInProcess(['--vault', vault, 'init'], { typed: 'Сақтау\x03' });
    expect(run.code).toBe(130);
    expect(run.rawModes).toEqual([true, false]);
    expect(fs.existsSync(vault)).toBe(false);
  });
});

describe('passphrase file format', () => {
  it('keeps the first line exactly, removing only its line ending and a byte-order mark', () => {
    expect(parsePassphraseFile('  spaced out  \n')).toBe('  spaced out  ');
    expect(parsePassphraseFile('windows\r\nsecond')).toBe('windows');
    expect(parsePassphraseFile('no newline')).toBe('no newline');
    expect(parsePassphraseFile('\uFEFFbom\n\n')).toBe('bom');
    expect(parsePassphraseFile('two\n\n')).toBe('two');
  });
});

describe('every run above', () => {
  it('never printed a passphrase, on success or failure', () => {
    expect(runs.length).toBeGreaterThan(15);
    for (const run of runs) {
      for (const secret of [PASSPHRASE, WRONG, WEAK]) {
        expect(run.stdout).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
      }
    }
  });
});
