import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../electron/core/createCore';
import { createClient, type CasefileApi } from '../../shared/ipc/client';
import type { Result } from '../../shared/errors';
import { makeTempDir } from './tempDir';

export const PASSPHRASE = 'тихий берег Иртыша 2026';

export interface CoreFixture {
  core: Core;
  api: CasefileApi;
  dir: string;
  vaultPath: string;
  dispose(): void;
}

/** A real core over a real encrypted vault file in a temp dir; `unlocked` creates the vault. */
export async function openCoreFixture(
  options: { unlocked?: boolean } & Partial<CoreOptions> = {},
): Promise<CoreFixture> {
  const { dir, cleanup } = makeTempDir();
  const vaultPath = options.vaultPath ?? path.join(dir, 'vault', 'casefile.vault');
  const settingsPath = options.settingsPath ?? path.join(dir, 'settings.json');
  const core = createCore({ ...options, vaultPath, settingsPath });
  const api = createClient(core.dispatch);
  if (options.unlocked ?? true) expectOk(await api.vault.create({ passphrase: PASSPHRASE }));
  return {
    core,
    api,
    dir,
    vaultPath,
    dispose() {
      core.close();
      cleanup();
    },
  };
}

/** Unwraps a Result, failing the test with the error code if it is not ok. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorCodeOf(result: Result<unknown>): string | undefined {
  return result.ok ? undefined : result.error.code;
}
