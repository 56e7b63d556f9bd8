// `npm run security`: the security gate CI runs (issue 7).
// 1. Electronegativity, through its API, over the app's own sources (electron/, renderer/,
//    shared/, package.json): fails on any HIGH finding, on any MEDIUM one, and on any
//    `eng-disable` comment that does not say why (`// eng-disable CHECK_ID -- reason`).
//    Its AvailableSecurityFixesGlobalCheck is excluded (it asks the network for Electron's
//    advisories), and its translation download is answered "offline" before it can leave.
// 2. `npm audit --omit=dev`: fails on a high or critical advisory that security/audit-allowlist.json
//    does not explain. Where the registry has no audit endpoint (a mirror), it says so and
//    passes: that part could not be checked.
// `--input DIR` scans DIR instead (the gate's own test uses it); `--no-audit` skips step 2;
// `--audit-report FILE` judges a saved `npm audit --json` report instead of asking the registry,
// and `--audit-allowlist FILE` reads the explanations from FILE (the gate's test uses both).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['electron', 'renderer', 'shared', 'package.json'];
const SOURCE_FILE = /\.(m?[jt]sx?|html?)$/;
/** `eng-disable IDS -- why`: the why must say something. */
const JUSTIFIED = /eng-disable[ \t]+[\w \t,]+?[ \t]--[ \t]*\S.{14,}/;
const require = createRequire(import.meta.url);

function offlineTranslations() {
  // Electronegativity's i18n fetches translations with `got` before scanning; answer it from
  // the cache with a rejection, so the gate itself never goes online.
  const entry = require.resolve('@doyensec/electronegativity');
  const got = require.resolve('got', { paths: [path.dirname(entry)] });
  const offline = () => Promise.reject(new Error('offline: the security gate makes no request'));
  require.cache[got] = { id: got, filename: got, loaded: true, exports: offline };
}

function copySources(into) {
  for (const name of SOURCES) {
    const from = path.join(ROOT, name);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(into, name), {
      recursive: true,
      filter: (file) => !file.includes(`${path.sep}node_modules`),
    });
  }
}

function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(file);
    else if (SOURCE_FILE.test(entry.name)) yield file;
  }
}

/** Every `eng-disable` without a reason after ` -- `. */
function unjustifiedDisables(dir) {
  const found = [];
  for (const file of sourceFiles(dir)) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.includes('eng-disable') && !JUSTIFIED.test(line))
          found.push(`${path.relative(dir, file)}:${index + 1}`);
      });
  }
  return found;
}

async function electronegativity(input) {
  offlineTranslations();
  const { default: run } = await import('@doyensec/electronegativity');
  const electron = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    .devDependencies?.electron;
  const log = console.log;
  console.log = () => {}; // it prints its translation fallback; the gate prints its own report
  try {
    return await run({
      input,
      isRelative: true,
      electronVersionOverride: electron,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    });
  } finally {
    console.log = log;
  }
}

function optionValue(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? path.resolve(args[at + 1]) : null;
}

function npmAudit(args) {
  const allowlistFile =
    optionValue(args, '--audit-allowlist') ?? path.join(ROOT, 'security', 'audit-allowlist.json');
  const allowed = fs.existsSync(allowlistFile)
    ? JSON.parse(fs.readFileSync(allowlistFile, 'utf8'))
    : {};
  const reportFile = optionValue(args, '--audit-report');
  let output;
  if (reportFile !== null) {
    output = fs.readFileSync(reportFile, 'utf8');
  } else {
    try {
      output = execFileSync('npm', ['audit', '--omit=dev', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      output = error.stdout ?? '';
    }
  }
  let report;
  try {
    report = JSON.parse(output);
  } catch {
    return { checked: false, reason: 'npm audit gave no report', blocking: [] };
  }
  if (!report.vulnerabilities) {
    const reason = report.message ?? report.error?.summary ?? 'no audit endpoint';
    return { checked: false, reason, blocking: [] };
  }
  const blocking = Object.values(report.vulnerabilities)
    .filter((entry) => ['high', 'critical'].includes(entry.severity))
    // An explanation is a sentence, not a placeholder.
    .filter(
      (entry) =>
        !(typeof allowed[entry.name] === 'string' && allowed[entry.name].trim().length >= 15),
    )
    .map((entry) => `${entry.name} (${entry.severity})`);
  return { checked: true, blocking };
}

async function main() {
  const args = process.argv.slice(2);
  const inputAt = args.indexOf('--input');
  let input = inputAt >= 0 ? path.resolve(args[inputAt + 1]) : null;
  const temp = input === null ? fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-gate-')) : null;
  if (temp !== null) {
    copySources(temp);
    input = temp;
  }
  const failures = [];
  try {
    const result = await electronegativity(input);
    for (const issue of result.issues) {
      const severity = issue.severity.name;
      const where = `${issue.file}:${issue.location.line}`;
      const line = `${severity} ${issue.id} ${where} ${issue.description}`;
      if (severity === 'HIGH' || severity === 'MEDIUM') failures.push(line);
      else console.error(`note: ${line}`);
    }
    for (const error of result.errors.filter((entry) => !entry.tolerable))
      failures.push(`could not parse ${error.file}: ${error.message}`);
    for (const where of unjustifiedDisables(input))
      failures.push(`eng-disable without a reason (-- why) at ${where}`);
    console.error(
      `electronegativity: ${result.globalChecks + result.atomicChecks} checks, ` +
        `${result.issues.length} findings`,
    );
  } finally {
    if (temp !== null) fs.rmSync(temp, { recursive: true, force: true });
  }

  if (!args.includes('--no-audit')) {
    const audit = npmAudit(args);
    if (!audit.checked) console.error(`npm audit: not checked here (${audit.reason})`);
    else console.error(`npm audit --omit=dev: ${audit.blocking.length} unexplained high/critical`);
    for (const name of audit.blocking) failures.push(`npm audit: ${name}`);
  }

  for (const failure of failures) console.error(`FAIL ${failure}`);
  console.log(JSON.stringify({ gate: 'security', ok: failures.length === 0, failures }));
  process.exitCode = failures.length === 0 ? 0 : 1;
}

await main();
