/**
 * Issue 7, must-show "IPC fuzz", main-process side: electron/main/ipc.ts bound to the fake
 * ipcMain with the real sender check and the real dispatcher. Random sender frames are refused
 * unless they are exactly our window's top frame at app://casefile; inputs no renderer could
 * even send over structured clone (functions, symbols, proxies, throwing getters, cycles) are
 * answered with a typed error, never a rejected promise, and reach no handler.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isErrorCode, type Result } from '../../../shared/errors';
import { routeKeys } from '../../../shared/ipc/contract';
import { channelOf } from '../../../shared/ipc/defineContract';
import { createDispatcher, type Handlers } from '../../../shared/ipc/dispatch';
import { bindIpc, isTrustedSender, type SenderEvent } from '../../../electron/main/ipc';
import { FakeIpcMain } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const MAIN = { id: 7 };
const TOP_FRAME = { url: 'app://casefile/index.html', origin: 'app://casefile', parent: null };

/** Handlers that record what reached them: the tests check it was plain data, or nothing. */
function recordingHandlers(): { handlers: Handlers; reached: string[]; inputs: unknown[] } {
  const reached: string[] = [];
  const inputs: unknown[] = [];
  const handlers = Object.fromEntries(
    routeKeys.map((key) => [
      key,
      (input: unknown) => {
        reached.push(key);
        inputs.push(input);
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, reached, inputs };
}

/** What structured clone could have produced: primitives, plain objects and arrays only. */
function isPlainData(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value))
    return true;
  if (typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false;
  return Object.values(value).every((item) => isPlainData(item, seen));
}

function bound(handlers: Handlers) {
  const ipcMain = new FakeIpcMain();
  const dispatch = createDispatcher(handlers);
  bindIpc(ipcMain, { dispatch }, (event) => isTrustedSender(event, MAIN));
  return (key: string, event: SenderEvent, input?: unknown) => {
    const handler = ipcMain.handlers.get(channelOf(key)) as (
      event: SenderEvent,
      input?: unknown,
    ) => Promise<Result<unknown>>;
    return handler(event, input);
  };
}

const senderFrame = fc.record({
  url: fc.oneof(
    fc.webUrl(),
    fc.constantFrom(
      'app://casefile/index.html',
      'app://casefile.evil/index.html',
      'app://evil/index.html',
      'file:///home/lawyer/evil.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'devtools://devtools/bundled/inspector.html',
    ),
  ),
  origin: fc.oneof(
    fc.constantFrom('app://casefile', 'null', 'file://', 'app://evil', ''),
    fc.webUrl().map((url) => new URL(url).origin),
  ),
  parent: fc.oneof(fc.constant(null), fc.constant({ url: 'app://casefile/index.html' })),
  detached: fc.option(fc.boolean(), { nil: undefined }),
});

const senderEvent = fc.record({
  sender: fc.record({ id: fc.oneof(fc.constant(MAIN.id), fc.integer({ min: 0, max: 50 })) }),
  senderFrame: fc.option(senderFrame, { nil: null }),
});

const isOurFrame = (event: SenderEvent): boolean =>
  event.sender.id === MAIN.id &&
  event.senderFrame !== null &&
  event.senderFrame.parent === null &&
  event.senderFrame.detached !== true &&
  event.senderFrame.origin === 'app://casefile' &&
  event.senderFrame.url.startsWith('app://casefile/');

describe('main-process IPC under hostile senders', () => {
  // Each refusal is logged; thousands of them would bury the test output.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('refuses random sender frames on random routes unless the frame is our top frame', async () => {
    const { handlers, reached } = recordingHandlers();
    const call = bound(handlers);
    let refused = 0;
    let fromOurFrame = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routeKeys), senderEvent, async (key, event) => {
        const result = await call(key, event, undefined);
        if (isOurFrame(event)) {
          fromOurFrame += 1;
          expect(result.ok ? 'ok' : result.error.code).not.toBe('FORBIDDEN_SENDER');
        } else {
          refused += 1;
          expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(refused).toBeGreaterThan(1000);
    // Only calls from our own frame can have run a handler.
    expect(reached.length).toBeLessThanOrEqual(fromOurFrame);
  });

  it('never lets a refused sender reach a handler', async () => {
    const { handlers, reached } = recordingHandlers();
    const call = bound(handlers);
    const foreign: SenderEvent = {
      sender: { id: 99 },
      senderFrame: { ...TOP_FRAME },
    };
    for (const key of routeKeys) await call(key, foreign, undefined);
    expect(reached).toEqual([]);
  });
});

/** Values structured clone refuses or strips; reaching bindIpc directly, they must not break it. */
function nonCloneableInputs(): [string, unknown][] {
  const cyclic: Record<string, unknown> = { title: 'Дело' };
  cyclic.self = cyclic;
  const cyclicArray: unknown[] = [];
  cyclicArray.push(cyclicArray);
  const throwingGetter = Object.defineProperty({ title: 'Дело' }, 'caseId', {
    enumerable: true,
    get() {
      throw new Error('getter ran in the main process');
    },
  });
  const throwingProxy = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('proxy trap ran');
      },
      get() {
        throw new Error('proxy trap ran');
      },
      getPrototypeOf() {
        throw new Error('proxy trap ran');
      },
    },
  );
  class Impostor {
    id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    toJSON() {
      throw new Error('toJSON ran');
    }
  }
  return [
    ['a function', () => 'pwned'],
    ['a symbol', Symbol('x')],
    ['an object holding a function', { id: () => 'x', title: () => 'x' }],
    ['an object holding a symbol', { title: Symbol('x') }],
    ['a cyclic object', cyclic],
    ['a cyclic array', cyclicArray],
    ['an object with a throwing getter', throwingGetter],
    ['a proxy whose traps throw', throwingProxy],
    ['a class instance with a throwing toJSON', new Impostor()],
    ['a Promise', Promise.resolve({ title: 'Дело' })],
    ['a WeakMap', new WeakMap()],
    ['an Error', new Error('boom')],
    ['a BigInt', 10n ** 30n],
  ];
}

describe('main-process IPC under non-cloneable inputs', () => {
  const trusted: SenderEvent = { sender: { id: MAIN.id }, senderFrame: { ...TOP_FRAME } };

  it.each(nonCloneableInputs())(
    'answers %s on every route with a Result, and no handler sees anything but plain data',
    async (_label, input) => {
      const { handlers, reached, inputs } = recordingHandlers();
      const call = bound(handlers);
      for (const key of routeKeys) {
        const result = await call(key, trusted, input);
        if (!result.ok) {
          expect(isErrorCode(result.error.code), key).toBe(true);
          expect(result.error.code, key).toBe('VALIDATION');
          expect(JSON.stringify(result.error)).not.toMatch(/getter ran|trap ran|toJSON ran/);
        }
      }
      // A route whose schema found what it needs (an empty settings change in a Promise) got
      // the schema's own plain copy, never the hostile object.
      const notPlain = reached.filter((_key, index) => !isPlainData(inputs[index]));
      expect(notPlain).toEqual([]);
      expect(inputs.some((value) => value === input)).toBe(false);
    },
  );

  it('refuses every non-cloneable value on the routes that take no input', async () => {
    const { handlers, reached } = recordingHandlers();
    const call = bound(handlers);
    for (const [, input] of nonCloneableInputs()) {
      for (const key of ['vault.status', 'vault.lock', 'search.reindex']) {
        expect(await call(key, trusted, input), key).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION' },
        });
      }
    }
    expect(reached).toEqual([]);
  });
});
