import { readFileSync, statSync } from 'node:fs';
import { judgePassphrase } from '../../shared/domain/passphrase';
import { CliError } from './errors';
import { HiddenPrompt } from './hiddenPrompt';
import type { CliIo } from './io';
import type { Output } from './output';

export const PASSPHRASE_ENV = 'CASEFILE_PASSPHRASE';

export type PassphrasePurpose = 'create' | 'unlock';

export interface PassphraseSources {
  io: CliIo;
  out: Output;
  /** --passphrase-file, if given. */
  file?: string | undefined;
}

/**
 * Where the passphrase comes from, in order: --passphrase-file, $CASEFILE_PASSPHRASE, a
 * hidden prompt on a terminal. Never argv: every local user can read it from `ps`.
 * Every passphrase found is handed to Output so no diagnostic can print it.
 */
export async function obtainPassphrase(
  purpose: PassphrasePurpose,
  sources: PassphraseSources,
): Promise<string> {
  const { io, out, file } = sources;
  const passphrase =
    file !== undefined
      ? readPassphraseFile(file, out)
      : io.env[PASSPHRASE_ENV] || (await promptPassphrase(purpose, io, out));
  if (passphrase.length === 0) throw new CliError('VALIDATION', 'The passphrase is empty');
  out.addSecret(passphrase);
  return passphrase;
}

/**
 * The first line of the file, with its line ending removed and nothing else: spaces are
 * part of a passphrase. A leading UTF-8 byte-order mark (Windows Notepad) is dropped.
 */
export function parsePassphraseFile(content: string): string {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const newline = text.indexOf('\n');
  if (newline === -1) return text;
  return text.slice(0, newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline);
}

export function readPassphraseFile(file: string, out: Output): string {
  let content: string;
  try {
    warnIfReadableByOthers(file, out);
    content = readFileSync(file, 'utf8');
  } catch (error) {
    // The errno only: the message would repeat the path, which the user already knows.
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    throw new CliError('IO_ERROR', `Cannot read the passphrase file (${reason})`);
  }
  return parsePassphraseFile(content);
}

function warnIfReadableByOthers(file: string, out: Output): void {
  if (process.platform === 'win32') return; // POSIX modes mean nothing there
  const stats = statSync(file);
  if (stats.isFile() && (stats.mode & 0o077) !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(3, '0');
    out.warn(
      'PASSPHRASE_FILE_PERMISSIONS',
      `The passphrase file is accessible to other users (mode ${mode}); consider chmod 600`,
    );
  }
}

async function promptPassphrase(
  purpose: PassphrasePurpose,
  io: CliIo,
  out: Output,
): Promise<string> {
  if (!io.isTTY) {
    throw new CliError(
      'PASSPHRASE_REQUIRED',
      `No passphrase: set ${PASSPHRASE_ENV}, pass --passphrase-file FILE, or run in a terminal`,
    );
  }
  const prompt = new HiddenPrompt(io.stdin, { write: (text: string) => out.say(text) });
  try {
    if (purpose === 'unlock') return await prompt.ask('Vault passphrase: ');
    const first = await prompt.ask('New vault passphrase (12+ characters): ');
    // Judge before asking again: retyping a passphrase the vault will refuse is wasted effort.
    const verdict = judgePassphrase(first);
    if (!verdict.acceptable) {
      throw new CliError('WEAK_PASSPHRASE', 'The passphrase is too weak', {
        problem: verdict.problem ?? 'too_short',
      });
    }
    const second = await prompt.ask('Repeat the passphrase: ');
    if (first !== second) throw new CliError('VALIDATION', 'The passphrases do not match');
    return first;
  } finally {
    prompt.close();
  }
}
