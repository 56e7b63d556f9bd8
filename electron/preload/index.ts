/**
 * The sandboxed preload: turns the contract into `window.casefile` and exposes nothing else.
 * ipcRenderer itself never crosses the bridge, and listeners receive only the payload, never
 * the IpcRendererEvent (whose `sender` is ipcRenderer).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../../shared/errors';
import { createClient, type Invoke, type Subscribe } from '../../shared/ipc/client';
import { channelOf, eventChannelOf } from '../../shared/ipc/defineContract';

const invoke: Invoke = (key, input) =>
  ipcRenderer.invoke(channelOf(key), input) as Promise<Result<unknown>>;

const subscribe: Subscribe = (event, listener) => {
  const channel = eventChannelOf(event);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

contextBridge.exposeInMainWorld('casefile', createClient(invoke, subscribe));
