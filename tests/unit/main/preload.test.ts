import { beforeAll, describe, expect, it, vi } from 'vitest';
import { routeKeys } from '../../../shared/ipc/contract';
import type { CasefileApi } from '../../../shared/ipc/client';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

let api: CasefileApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  const [name, exposed] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [
    string,
    CasefileApi,
  ];
  expect(name).toBe('casefile');
  api = exposed;
});

describe('preload', () => {
  it('exposes window.casefile, made of the contract domains and events, and the file helper', () => {
    const names = fake.contextBridge.exposeInMainWorld.mock.calls.map(([name]) => name as string);
    expect(names).toEqual(['casefile', 'casefileFiles']);
    const domains = new Set(routeKeys.map((key) => key.split('.')[0]));
    expect(Object.keys(api).sort()).toEqual([...domains, 'events'].sort());
  });

  it('never exposes ipcRenderer or anything that holds it', () => {
    const reachable = JSON.stringify(api, (_key, value: unknown) =>
      typeof value === 'function' ? 'fn' : value,
    );
    expect(reachable).not.toContain('invoke');
    for (const value of Object.values(api as unknown as Record<string, unknown>)) {
      expect(value).not.toBe(fake.ipcRenderer);
    }
  });

  it('invokes the channel derived from the route key, with the input', async () => {
    const input = { passphrase: 'correct horse battery staple' };
    await api.vault.create(input);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('casefile:vault.create', input);
  });

  it('delivers only the payload of an event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.events.on('vault.locked', listener);
    fake.ipcRenderer.emitFromMain('casefile:event:vault.locked', { reason: 'idle' });
    expect(listener).toHaveBeenCalledWith({ reason: 'idle' });
    expect(listener.mock.calls[0]).toHaveLength(1); // no IpcRendererEvent leaks to the page

    unsubscribe();
    fake.ipcRenderer.emitFromMain('casefile:event:vault.locked', { reason: 'manual' });
    expect(listener).toHaveBeenCalledOnce();
  });
});
