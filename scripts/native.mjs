// Makes sure better-sqlite3-multiple-ciphers is built for the runtime about to load it.
// Tests run in Node, the app in Electron: each has its own ABI. Builds are cached in .native/
// so switching between `npm test` and `npm start` costs a file copy, not a 3-minute compile.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const pkg = 'better-sqlite3-multiple-ciphers';
const pkgDir = path.dirname(require.resolve(`${pkg}/package.json`));
const binary = path.join(pkgDir, 'build', 'Release', 'better_sqlite3.node');
const cacheRoot = path.join(root, '.native');

const runtime = process.argv[2];
const quiet = process.argv.includes('--quiet');
const say = (line) => quiet || console.error(`native: ${line}`);

if (runtime !== 'node' && runtime !== 'electron') {
  console.error('usage: node scripts/native.mjs node|electron [--quiet]');
  process.exit(2);
}

function loadsInNode() {
  const probe = `const D = require(${JSON.stringify(pkg)}); new D(':memory:').close();`;
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0;
}

function electronVersion() {
  return JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

const cacheOf = (target) => path.join(cacheRoot, target, 'better_sqlite3.node');

function remember(target) {
  fs.mkdirSync(path.dirname(cacheOf(target)), { recursive: true });
  fs.copyFileSync(binary, cacheOf(target));
}

function restore(target) {
  if (!fs.existsSync(cacheOf(target))) return false;
  fs.mkdirSync(path.dirname(binary), { recursive: true });
  fs.copyFileSync(cacheOf(target), binary);
  return true;
}

function run(command, args) {
  say(`${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const nodeTarget = `node-${process.versions.modules}`;

if (runtime === 'node') {
  if (loadsInNode()) {
    if (!fs.existsSync(cacheOf(nodeTarget))) remember(nodeTarget);
    process.exit(0);
  }
  if (restore(nodeTarget) && loadsInNode()) {
    say(`restored the ${nodeTarget} build`);
    process.exit(0);
  }
  say(`building ${pkg} for Node ${process.version} (a few minutes, once)`);
  run('npm', ['rebuild', pkg]);
  if (!loadsInNode()) {
    console.error(`native: ${pkg} still does not load in Node ${process.version}`);
    process.exit(1);
  }
  remember(nodeTarget);
} else {
  const electronTarget = `electron-${electronVersion()}`;
  // Keep the Node build before it is replaced, so `npm test` can switch back instantly.
  if (loadsInNode()) remember(nodeTarget);
  if (restore(electronTarget)) process.exit(0);
  say(`building ${pkg} for Electron ${electronVersion()} (needs Electron's headers, once)`);
  run('npx', ['electron-builder', 'install-app-deps']);
  remember(electronTarget);
}
