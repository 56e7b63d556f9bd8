/**
 * The page stamp's text, apart from the zod schema in dossier.ts: the bundle worker needs only
 * this, and importing zod there would cost its start-up (about 60 ms) on every export.
 */

export interface StampNumbering {
  prefix: string;
  start: number;
  digits: number;
}

/** The stamp text of the page `index` (0-based) of the bundle. */
export function stampText(stamp: StampNumbering, index: number): string {
  return `${stamp.prefix}${String(stamp.start + index).padStart(stamp.digits, '0')}`;
}
