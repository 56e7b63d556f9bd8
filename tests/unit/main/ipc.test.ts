import { describe, expect, it, vi } from 'vitest';
import { eventKeys, routeKeys } from '../../../shared/ipc/contract';
import { channelOf, eventChannelOf } from '../../../shared/ipc/defineContract';
import type { Dispatch } from '../../../shared/ipc/dispatch';
import { ok, type Result } from '../../../shared/errors';
import {
  bindIpc,
  forwardEvents,
  isTrustedSender,
  type SenderEvent,
} from '../../../electron/main/ipc';
import { FakeIpcMain, FakeWebContents } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const main = { id: 7 };
const topFrame = { url: 'app://casefile/index.html', origin: 'app://casefile', parent: null };

function senderEvent(
  frame: Partial<NonNullable<SenderEvent['senderFrame']>> | null,
  senderId = main.id,
): SenderEvent {
  return {
    sender: { id: senderId },
    senderFrame: frame === null ? null : { ...topFrame, ...frame },
  };
}

describe('isTrustedSender', () => {
  it('accepts the top frame of the main window showing app://casefile', () => {
    expect(isTrustedSender(senderEvent({}), main)).toBe(true);
    expect(isTrustedSender(senderEvent({ url: 'app://casefile/index.html#/cases/1' }), main)).toBe(
      true,
    );
  });

  it.each([
    ['a file:// page', { url: 'file:///tmp/evil.html', origin: 'file://' }],
    ['an http:// page', { url: 'http://localhost:5173/', origin: 'http://localhost:5173' }],
    ['an https:// page', { url: 'https://example.com/', origin: 'https://example.com' }],
    ['another app:// host', { url: 'app://evil/index.html', origin: 'app://evil' }],
    ['our URL with an opaque origin (sandboxed frame)', { origin: 'null' }],
    ['a subframe of our page', { parent: { url: 'app://casefile/index.html' } }],
    ['a detached frame', { detached: true }],
  ])('rejects %s', (_label, frame) => {
    expect(isTrustedSender(senderEvent(frame), main)).toBe(false);
  });

  it('rejects a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(senderEvent(null), main)).toBe(false);
  });

  it('rejects our page in some other web contents', () => {
    expect(isTrustedSender(senderEvent({}, 99), main)).toBe(false);
  });

  it('rejects everything while there is no main window', () => {
    expect(isTrustedSender(senderEvent({}), null)).toBe(false);
  });

  it('rejects a frame whose properties throw', () => {
    const throwing = {
      sender: { id: main.id },
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(throwing, main)).toBe(false);
  });
});

function setup(trusted: boolean) {
  const ipcMain = new FakeIpcMain();
  const dispatch = vi.fn<Dispatch>((key) => Promise.resolve(ok({ key })));
  const isTrusted = vi.fn(() => trusted);
  const unbind = bindIpc(ipcMain, { dispatch }, isTrusted);
  const call = (key: string, input?: unknown) => {
    const handler = ipcMain.handlers.get(channelOf(key)) as (
      event: SenderEvent,
      input?: unknown,
    ) => Promise<Result<unknown>>;
    return handler(senderEvent({}), input);
  };
  return { ipcMain, dispatch, isTrusted, unbind, call };
}

describe('bindIpc', () => {
  it('registers exactly one handler per contract route, on channelOf(route)', () => {
    const { ipcMain } = setup(true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(routeKeys.map(channelOf).sort());
    expect(ipcMain.handlers.size).toBe(routeKeys.length);
  });

  it('hands a trusted call with its input to core.dispatch and returns its Result', async () => {
    const { dispatch, call } = setup(true);
    const input = { passphrase: 'correct horse battery staple' };
    await expect(call('vault.unlock', input)).resolves.toEqual(ok({ key: 'vault.unlock' }));
    expect(dispatch).toHaveBeenCalledWith('vault.unlock', input);
  });

  it('answers an untrusted sender FORBIDDEN_SENDER and never reaches the core', async () => {
    const { dispatch, isTrusted, call } = setup(false);
    for (const key of routeKeys) {
      const result = await call(key, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(isTrusted).toHaveBeenCalledTimes(routeKeys.length);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('removes every handler when unbound', () => {
    const { ipcMain, unbind } = setup(true);
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  function hub() {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    return {
      listeners,
      subscribe: vi.fn((event: string, listener: (payload: unknown) => void) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set.add(listener));
        return () => void set.delete(listener);
      }),
      emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
    };
  }

  it('pushes every contract event to the window on its event channel', () => {
    const core = hub();
    const contents = new FakeWebContents();
    forwardEvents(core, contents);
    expect(core.subscribe.mock.calls.map(([event]) => event)).toEqual(eventKeys);
    core.emit('vault.locked', { reason: 'idle' });
    expect(contents.sent).toEqual([[eventChannelOf('vault.locked'), { reason: 'idle' }]]);
  });

  it('thins a burst of import progress to the first, the latest and the final event', () => {
    vi.useFakeTimers();
    try {
      const core = hub();
      const contents = new FakeWebContents();
      forwardEvents(core, contents);
      const progress = (completed: number, state = 'running') => ({
        jobId: 'job-1',
        kind: 'import',
        state,
        total: 1000,
        completed,
        current: null,
        results: [],
      });
      for (let completed = 0; completed < 1000; completed += 1) {
        core.emit('jobs.progress', progress(completed));
      }
      core.emit('jobs.progress', progress(1000, 'done'));
      vi.advanceTimersByTime(1000);
      const sent = contents.sent.map(([, payload]) => payload as { completed: number });
      expect(sent.map((event) => event.completed)).toEqual([0, 1000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends nothing to destroyed web contents and stops when disposed', () => {
    const core = hub();
    const contents = new FakeWebContents();
    const stop = forwardEvents(core, contents);
    contents.destroyed = true;
    core.emit('vault.locked', { reason: 'idle' });
    expect(contents.sent).toEqual([]);
    stop();
    expect([...core.listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});
