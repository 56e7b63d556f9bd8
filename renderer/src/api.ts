import { isErrorCode, type ErrorCode, type ErrorInfo, type Result } from '../../shared/errors';
import type { CasefileApi } from '../../shared/ipc/client';
import { routeKeys } from '../../shared/ipc/contract';

/**
 * The only module that touches `window.casefile` and `window.casefileFiles` (set by the preload
 * in the app and by the e2e harness in tests). Everything else imports `api` from here.
 */
declare global {
  interface Window {
    casefile?: CasefileApi;
    /** The preload's file helper (electron/preload/index.ts); the e2e harness emulates it. */
    casefileFiles?: { pathForFile(file: File): string };
  }
}

/**
 * The absolute path of a file or folder dropped on the page, or '' when it has none (dragged
 * from another app's memory, or no preload). Only the preload can read it.
 */
export function pathForFile(file: File): string {
  try {
    return window.casefileFiles?.pathForFile(file) ?? '';
  } catch {
    return '';
  }
}

/** What React Query sees when a route answers `ok: false`: the code survives for translation. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: NonNullable<ErrorInfo['details']>;

  constructor(code: ErrorCode, message: string, details: ErrorInfo['details'] = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type Unwrapped<F> = F extends (...args: infer A) => Promise<Result<infer T>>
  ? (...args: A) => Promise<T>
  : never;

type DomainKey = Exclude<keyof CasefileApi, 'events'>;

/** `api.cases.get({id})` resolves to the value or throws ApiError: what React Query expects. */
export type Api = {
  [D in DomainKey]: { [V in keyof CasefileApi[D]]: Unwrapped<CasefileApi[D][V]> };
} & { events: CasefileApi['events'] };

function bridge(): CasefileApi {
  // Read lazily so a missing bridge shows as a translated INTERNAL error, not a blank window.
  const casefile = window.casefile;
  if (!casefile) throw new ApiError('INTERNAL', 'The Casefile bridge is not available');
  return casefile;
}

function unwrap(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || !('ok' in result)) {
    throw new ApiError('INTERNAL', 'Malformed answer from the core');
  }
  const envelope = result as Result<unknown>;
  if (envelope.ok) return envelope.value;
  const { code, message, details } = envelope.error;
  throw new ApiError(isErrorCode(code) ? code : 'INTERNAL', message, details);
}

type Call = (input?: unknown) => Promise<Result<unknown>>;

function buildApi(): Api {
  const domains: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const key of routeKeys) {
    const [domain, verb] = key.split('.') as [string, string];
    domains[domain] ??= {};
    domains[domain][verb] = async (input?: unknown) => {
      const raw = bridge() as unknown as Record<string, Record<string, Call>>;
      const call = raw[domain]?.[verb];
      if (!call) throw new ApiError('INTERNAL', `Route ${key} is not bridged`);
      return unwrap(await call(input));
    };
  }
  const events: CasefileApi['events'] = {
    // Without a bridge there are no events; the first call reports the missing bridge instead.
    on: (event, listener) => window.casefile?.events.on(event, listener) ?? (() => undefined),
  };
  return { ...domains, events } as unknown as Api;
}

export const api: Api = buildApi();
