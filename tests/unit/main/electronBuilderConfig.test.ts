import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Both come with electron-builder and ship no type declarations we can import directly.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

const root = path.resolve(__dirname, '../../..');
type Config = Record<string, unknown> & { electronFuses: Record<string, boolean> };
let config: Config;

beforeAll(() => {
  config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema (a misspelt key would be rejected)", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the fuses that close Node entry points and lock the app to its ASAR', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('ships only the build output and package.json, inside an ASAR', () => {
    const files = config.files as string[];
    expect(files.filter((pattern) => !pattern.startsWith('!')).sort()).toEqual([
      'out/**',
      'package.json',
    ]);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([
      '**/node_modules/better-sqlite3-multiple-ciphers/**',
      // OCR: tesseract.js's worker script and what it requires (issue 8).
      '**/node_modules/tesseract.js/**',
      '**/node_modules/tesseract.js-core/**',
      '**/node_modules/wasm-feature-detect/**',
      '**/node_modules/bmp-js/**',
      '**/node_modules/is-url/**',
      '**/node_modules/zlibjs/**',
      '**/node_modules/node-fetch/**',
      '**/node_modules/whatwg-url/**',
      '**/node_modules/tr46/**',
      '**/node_modules/webidl-conversions/**',
      '**/node_modules/regenerator-runtime/**',
      '**/node_modules/idb-keyval/**',
    ]);
    expect(config.npmRebuild).toBe(true);
  });

  it('publishes nowhere, so no update feed exists', () => {
    expect(config).toHaveProperty('publish', null);
  });

  it('names the app and builds installers for the three platforms into release/', () => {
    expect(config).toMatchObject({
      appId: 'org.casefile.app',
      productName: 'Casefile',
      directories: { output: 'release' },
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
  });

  it('has no update client among the app dependencies', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('electron-updater');
  });
});
