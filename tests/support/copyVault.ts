import fs from 'node:fs';
import path from 'node:path';

/** Copies a closed vault file into a new folder and returns the copy's path. */
export function copyVault(vaultPath: string, intoDir: string): string {
  fs.mkdirSync(intoDir, { recursive: true });
  const target = path.join(intoDir, path.basename(vaultPath));
  fs.copyFileSync(vaultPath, target);
  return target;
}
