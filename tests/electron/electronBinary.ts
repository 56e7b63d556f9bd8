/**
 * Finds the Electron executable without requiring the `electron` package: its index.js starts a
 * download when the binary is missing, and a test run must never reach the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

/** The executable's path inside dist/, as electron's install.js names it per platform. */
function platformExecutable(platform: NodeJS.Platform): string | null {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return null;
  }
}

/** The Electron binary to launch, or null when this machine has none. */
export function findElectronBinary(root = repoRoot): string | null {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : platformExecutable(process.platform);
  if (!executable) return null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, executable)
    : path.join(packageDir, 'dist', executable);
  return existsSync(candidate) ? candidate : null;
}
