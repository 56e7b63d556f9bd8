import path from 'node:path';
import { createClient, type CasefileApi } from '../../shared/ipc/client';
import type { Result } from '../../shared/errors';
import type { Core, CoreOptions } from '../core/createCore';
import { CliError } from './errors';
import type { CliIo } from './io';
import type { Output } from './output';
import { obtainPassphrase, type PassphrasePurpose } from './passphrase';

export const VAULT_ENV = 'CASEFILE_VAULT';

/** Options declared on the program, read by every command via optsWithGlobals(). */
export interface GlobalOptions {
  vault?: string;
  passphraseFile?: string;
  json?: boolean;
}

export interface CommandContext {
  io: CliIo;
  out: Output;
  createCore: (options: CoreOptions) => Core;
}

export function resolveVaultPath(options: GlobalOptions, io: CliIo): string {
  const given = options.vault ?? (io.env[VAULT_ENV] || undefined);
  if (given === undefined) {
    throw new CliError('USAGE', `No vault given: pass --vault FILE or set ${VAULT_ENV}`);
  }
  return path.resolve(io.cwd ?? process.cwd(), given);
}

/**
 * The core on the vault the options name. Unexpected errors go through Output rather than the
 * core's console.error, so --json keeps stderr all JSON. The caller closes it.
 */
export function openCliCore(
  context: CommandContext,
  options: GlobalOptions,
): { core: Core; vaultPath: string } {
  const vaultPath = resolveVaultPath(options, context.io);
  const core = context.createCore({
    vaultPath,
    onUnexpected: (route, error) =>
      context.out.warn(
        'UNEXPECTED',
        `Unexpected ${error instanceof Error ? error.name : typeof error} in ${route}`,
      ),
  });
  return { core, vaultPath };
}

/** No one should type a secret only to learn the path was wrong. */
export async function assertVaultExists(api: CasefileApi): Promise<void> {
  const { state } = await valueOf(api.vault.status());
  if (state === 'absent') {
    throw new CliError(
      'VAULT_NOT_FOUND',
      'No vault exists at this location (create one with init)',
    );
  }
}

/** The value of a Result, or its error thrown as a CliError with the core's code. */
export async function valueOf<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw CliError.fromInfo(result.error);
  return result.value;
}

/**
 * Opens the core on the vault, creates or unlocks it, runs `work` through the same typed
 * client the app uses, and always closes the core (and so the database) afterwards.
 * The vault's existence is checked before asking for a passphrase: no one should type a
 * secret only to learn the path was wrong.
 */
export async function withVault<T>(
  context: CommandContext,
  options: GlobalOptions,
  purpose: PassphrasePurpose,
  work: (api: CasefileApi, vaultPath: string) => Promise<T>,
): Promise<T> {
  const { core, vaultPath } = openCliCore(context, options);
  try {
    const api = createClient(core.dispatch);
    if (purpose === 'unlock') await assertVaultExists(api);
    else if ((await valueOf(api.vault.status())).state !== 'absent') {
      throw new CliError('VAULT_EXISTS', 'A vault already exists at this location');
    }
    const passphrase = await obtainPassphrase(purpose, {
      io: context.io,
      out: context.out,
      file: options.passphraseFile,
    });
    await valueOf(
      purpose === 'create' ? api.vault.create({ passphrase }) : api.vault.unlock({ passphrase }),
    );
    return await work(api, vaultPath);
  } finally {
    core.close();
  }
}
