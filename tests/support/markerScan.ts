import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Looks for secret marker strings in files, in every form a program could have written them:
 * UTF-8, UTF-16LE (Windows and SQLite UTF-16 text), UTF-16BE (PDF text strings: titles,
 * outlines, Info dictionaries) and the hex spelling of UTF-16BE that PDF writers such as pdf-lib
 * use for non-ASCII strings (`<FEFF…>`), upper and lower case.
 */
export function markerEncodings(marker: string): Buffer[] {
  const utf16be = Buffer.from(marker, 'utf16le').swap16();
  const hex = utf16be.toString('hex');
  return [
    Buffer.from(marker, 'utf8'),
    Buffer.from(marker, 'utf16le'),
    utf16be,
    Buffer.from(hex.toUpperCase(), 'latin1'),
    Buffer.from(hex, 'latin1'),
  ];
}

export interface ScanOptions {
  /** Folders and files not to look into (the lawyer's own source files and chosen export). */
  skip?: readonly string[];
  /** Only files modified at or after this time (ms), when scanning a shared folder like /tmp. */
  since?: number;
  maxBytes?: number;
}

/**
 * Files under a shared folder modified since `since`, listed by find(1): a developer's /tmp
 * holds hundreds of thousands of files, which Node stats one by one ten times slower. Null
 * where find cannot answer (the caller walks the tree itself).
 */
function recentFilesByFind(root: string, since: number, maxBytes: number): string[] | null {
  if (process.platform !== 'linux') return null;
  const result = spawnSync(
    'find',
    [
      root,
      '-xdev',
      '-type',
      'f',
      '-newermt',
      `@${Math.floor(since / 1000)}`,
      '-size',
      `-${maxBytes + 1}c`,
      '-print0',
    ],
    { encoding: 'buffer', maxBuffer: 256 * 2 ** 20 },
  );
  // find exits 1 when some folders are unreadable; what it listed is still the answer.
  if (result.error || (result.stdout.length === 0 && result.status !== 0)) return null;
  return result.stdout
    .toString('utf8')
    .split('\0')
    .filter((file) => file !== '');
}

/** Every readable regular file under `root` (recursively), minus what `options` leaves out. */
export function filesUnder(root: string, options: ScanOptions = {}): string[] {
  const skip = new Set((options.skip ?? []).map((entry) => path.resolve(entry)));
  if (options.since !== undefined) {
    const listed = recentFilesByFind(root, options.since, options.maxBytes ?? 256 * 2 ** 20);
    if (listed) {
      const skipped = [...skip];
      return listed.filter(
        (file) =>
          !skipped.some((entry) => file === entry || file.startsWith(`${entry}${path.sep}`)),
      );
    }
  }
  const maxBytes = options.maxBytes ?? 256 * 2 ** 20;
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // Another user's folder, or gone meanwhile: nothing of ours is in it.
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (skip.has(full)) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        try {
          const stat = fs.statSync(full);
          if (stat.size > maxBytes) continue;
          if (options.since !== undefined && stat.mtimeMs < options.since) continue;
          found.push(full);
        } catch {
          // Removed while we looked.
        }
      }
    }
  };
  if (!skip.has(path.resolve(root))) walk(root);
  return found;
}

/**
 * `name in file` for every marker found in any encoding; unreadable files are passed over.
 * `commonParts`, when given, must each be a substring of some markers and together cover all of
 * them: a file is searched for every marker only if it holds one of those (a substring's
 * encoding is a substring of the marker's in each of these encodings), which keeps a scan of a
 * busy temp dir fast.
 */
export function findMarkers(
  files: readonly string[],
  markers: Readonly<Record<string, string>>,
  commonParts?: readonly string[],
): string[] {
  const encoded = Object.entries(markers).map(
    ([name, marker]) => [name, markerEncodings(marker)] as const,
  );
  if (commonParts && Object.values(markers).some((m) => !commonParts.some((p) => m.includes(p)))) {
    throw new Error('Every marker must contain one of the common parts');
  }
  const quick = commonParts?.flatMap(markerEncodings);
  const hits: string[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue;
    }
    if (quick && !quick.some((form) => bytes.includes(form))) continue;
    for (const [name, forms] of encoded) {
      if (forms.some((form) => bytes.includes(form))) hits.push(`${name} in ${file}`);
    }
  }
  return hits;
}
