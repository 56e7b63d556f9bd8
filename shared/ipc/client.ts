import type { Result } from '../errors';
import { contract, routeKeys, type ContractEvents, type ContractRoutes } from './contract';
import type { ApiOf, EventsApiOf, Listener } from './defineContract';

export type Invoke = (key: string, input: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: string, listener: Listener<unknown>) => () => void;

export type CasefileApi = ApiOf<ContractRoutes> & { events: EventsApiOf<ContractEvents> };

/**
 * Builds `window.casefile` (preload), the e2e harness API and the CLI's calls from the
 * contract's keys. A plain object of functions, because contextBridge cannot pass a Proxy.
 */
export function createClient(invoke: Invoke, subscribe?: Subscribe): CasefileApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const key of routeKeys) {
    const [domain, verb] = key.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (input?: unknown) => invoke(key, input);
  }
  const events = {
    on(event: string, listener: Listener<unknown>) {
      if (!Object.hasOwn(contract.events, event)) throw new Error(`Unknown event ${event}`);
      return subscribe ? subscribe(event, listener) : () => undefined;
    },
  };
  return { ...api, events } as unknown as CasefileApi;
}
