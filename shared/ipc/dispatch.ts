import { AppError, fail, ok, type Result } from '../errors';
import { contract, type ContractRoutes, type RouteKey } from './contract';
import type { HandlersOf } from './defineContract';

export type Handlers = HandlersOf<ContractRoutes>;
export type Dispatch = (key: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected errors so the caller can log them safely; never shown to users. */
  onUnexpected?: (key: string, error: unknown) => void;
}

const MAX_DEPTH = 16;

/**
 * JSON semantics for every input: a key whose value is `undefined` is an absent key. Electron's
 * IPC keeps such keys, and `{court: undefined}` in an edit must not read as "clear the court".
 */
export function withoutUndefined(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withoutUndefined(item, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefined(item, depth + 1)]),
  );
}

function isRouteKey(key: unknown): key is RouteKey {
  return typeof key === 'string' && Object.hasOwn(contract.routes, key);
}

/**
 * The trust boundary shared by main's IPC, the e2e harness and the CLI: parse the input with
 * the route's schema, run the handler, and turn every outcome into a Result envelope.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (key, input) => {
    if (!isRouteKey(key)) return fail({ code: 'VALIDATION', message: 'Unknown route' });
    let parsed: ReturnType<(typeof contract.routes)[typeof key]['input']['safeParse']>;
    try {
      parsed = contract.routes[key].input.safeParse(withoutUndefined(input));
    } catch {
      // A schema's own check can throw on a hostile shape (JSON.stringify of a tree nested
      // thousands deep overflows the stack): that is invalid input, not a crash (IPC fuzz, issue 7).
      return fail({ code: 'VALIDATION', message: 'Invalid input: it could not be read' });
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail({
        code: 'VALIDATION',
        message: `Invalid input${issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : ''}`,
        ...(issue?.path.length ? { details: { field: issue.path.join('.') } } : {}),
      });
    }
    try {
      const handler = handlers[key] as (value: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppError) return fail(error.toInfo());
      options.onUnexpected?.(key, error);
      return fail({ code: 'INTERNAL', message: 'Unexpected error' });
    }
  };
}
