/** What the kill test's child reports on stdout, one JSON object per line. */
export type KillItemKind = 'case' | 'document' | 'note' | 'fact' | 'annotation' | 'export';

export type KillLine =
  | { t: 'ready' }
  /** About to change `id` to the value hashed as `sha`; a kill now may leave either value. */
  | { t: 'pending'; kind: KillItemKind; id: string; sha: string }
  /** Committed: `id` now holds the value hashed as `sha` (an export: the file at path `id`). */
  | { t: 'done'; kind: KillItemKind; id: string; sha: string };

/** Each reported item with the values it may hold after a kill: the last committed, or pending. */
export interface ReportedItem {
  kind: KillItemKind;
  id: string;
  accepted: string[];
}

/** Reads the child's stdout; a line cut by the kill (no newline yet) is ignored. */
export function reportedItems(stdout: string): { ready: boolean; items: ReportedItem[] } {
  const items = new Map<string, ReportedItem>();
  let ready = false;
  for (const line of stdout.split('\n').slice(0, -1)) {
    const parsed = JSON.parse(line) as KillLine;
    if (parsed.t === 'ready') {
      ready = true;
      continue;
    }
    const key = `${parsed.kind}:${parsed.id}`;
    const known = items.get(key);
    if (parsed.t === 'pending') {
      // Only an item already committed can be checked; a pending edit adds a second answer.
      if (known) known.accepted = [known.accepted[0]!, parsed.sha];
    } else {
      items.set(key, { kind: parsed.kind, id: parsed.id, accepted: [parsed.sha] });
    }
  }
  return { ready, items: [...items.values()] };
}
