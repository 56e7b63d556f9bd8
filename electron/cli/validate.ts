import type { z } from 'zod';
import { CliError } from './errors';

/**
 * Checks input with the route's own schema before the vault is opened, so a typo costs
 * nothing: no passphrase prompt, no key derivation. The core parses it again anyway.
 * `flags` names schema fields as the user typed them (`openedOn` → `--opened`).
 */
export function checkInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  flags: Readonly<Record<string, string>>,
): z.input<S> {
  const parsed = schema.safeParse(input);
  // The raw input, not parsed.data: the core parses (and transforms) it itself.
  if (parsed.success) return input as z.input<S>;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const where = flags[field] ?? field;
  const message = issue?.message ?? 'Invalid input';
  throw new CliError('VALIDATION', where ? `${where}: ${message}` : message);
}
