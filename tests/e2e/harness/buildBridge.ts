import { build } from 'esbuild';
import path from 'node:path';

let bundled: Promise<string> | undefined;

/** bridge.ts as one browser script (IIFE), built once per worker and reused by every test. */
export function bridgeScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(__dirname, 'bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const output = result.outputFiles[0];
    if (!output) throw new Error('esbuild produced no bridge bundle');
    return output.text;
  });
  return bundled;
}
