import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createClient } from '../../../shared/ipc/client';
import {
  channelOf,
  defineContract,
  eventChannelOf,
  route,
  type,
} from '../../../shared/ipc/defineContract';
import { z } from 'zod';
import { routeKeys } from '../../../shared/ipc/contract';
import { createDispatcher, type Handlers } from '../../../shared/ipc/dispatch';

/** Handlers that fail loudly if any route is reached without being set up by the test. */
function handlersWith(overrides: Partial<Handlers>): Handlers {
  const base = Object.fromEntries(
    routeKeys.map((key) => [
      key,
      () => {
        throw new Error(`unexpected call to ${key}`);
      },
    ]),
  ) as unknown as Handlers;
  return { ...base, ...overrides };
}

describe('createDispatcher', () => {
  it('passes the parsed (defaulted, tidied) input to the handler and wraps the value', async () => {
    const create = vi.fn(() => ({ id: 'x' }));
    const dispatch = createDispatcher(
      handlersWith({ 'cases.create': create as unknown as Handlers['cases.create'] }),
    );
    expect(await dispatch('cases.create', { title: '  Дело  ' })).toEqual({
      ok: true,
      value: { id: 'x' },
    });
    expect(create).toHaveBeenCalledWith({ title: 'Дело', status: 'open', tags: [] });
  });

  it('carries an AppError across as its code, message and details', async () => {
    const dispatch = createDispatcher(
      handlersWith({
        'vault.unlock': () => {
          throw new AppError('WRONG_PASSPHRASE', 'Wrong', { attempts: 1 });
        },
      }),
    );
    expect(await dispatch('vault.unlock', { passphrase: 'x' })).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'Wrong', details: { attempts: 1 } },
    });
  });

  it('turns any other error into INTERNAL without its message, and reports it', async () => {
    const onUnexpected = vi.fn();
    const dispatch = createDispatcher(
      handlersWith({
        'vault.status': () => {
          throw new Error('ENOENT /home/aigerim/secret-case/file.pdf');
        },
      }),
      { onUnexpected },
    );
    const result = await dispatch('vault.status', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error' } });
    expect(JSON.stringify(result)).not.toContain('aigerim');
    expect(onUnexpected).toHaveBeenCalledWith('vault.status', expect.any(Error));
  });

  it('never runs the handler for invalid input', async () => {
    const get = vi.fn();
    const dispatch = createDispatcher(handlersWith({ 'cases.get': get }));
    expect(await dispatch('cases.get', { id: "1' OR '1'='1" })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { field: 'id' } },
    });
    expect(get).not.toHaveBeenCalled();
  });
});

describe('createClient', () => {
  it('exposes every route as domain.verb and invokes it by its key', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true as const, value: null }));
    const api = createClient(invoke) as unknown as Record<
      string,
      Record<string, (input?: unknown) => Promise<unknown>>
    >;
    for (const key of routeKeys) {
      const [domain, verb] = key.split('.') as [string, string];
      await api[domain]?.[verb]?.({ probe: key });
      expect(invoke).toHaveBeenLastCalledWith(key, { probe: key });
    }
    expect(invoke).toHaveBeenCalledTimes(routeKeys.length);
  });

  it('subscribes to contract events only', () => {
    const subscribe = vi.fn(() => () => undefined);
    const api = createClient(vi.fn(), subscribe);
    const listener = vi.fn();
    api.events.on('vault.locked', listener);
    expect(subscribe).toHaveBeenCalledWith('vault.locked', listener);
    expect(() => api.events.on('vault.exploded' as 'vault.locked', listener)).toThrow();
  });

  it('derives channel names from keys in one place', () => {
    expect(channelOf('cases.create')).toBe('casefile:cases.create');
    expect(eventChannelOf('vault.locked')).toBe('casefile:event:vault.locked');
  });
});

describe('defineContract', () => {
  it('accepts only domain.verb keys, none under the events API', () => {
    const any = route({ input: z.undefined(), output: type<null>() });
    expect(() => defineContract({ routes: { 'cases.list': any }, events: {} })).not.toThrow();
    for (const key of ['a.b.c', 'events.on', 'Cases.list', 'cases.', '.list']) {
      expect(() =>
        defineContract({
          routes: { [key]: any },
          events: {},
        }),
      ).toThrow(/domain\.verb/);
    }
  });
});
