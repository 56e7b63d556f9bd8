/**
 * The sandboxed preload: turns the contract into `window.casefile`, and gives the page
 * `window.casefileFiles` for the one thing only a preload can do (a dropped file's path).
 * ipcRenderer itself never crosses the bridge, and listeners receive only the payload, never
 * the IpcRendererEvent (whose `sender` is ipcRenderer).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
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

/** Mirrored by `renderer/src/api.ts` (which reads it) and the e2e harness (which emulates it). */
interface CasefileFiles {
  /** The absolute path of a dropped File (file or folder); '' for one not backed by a disk file. */
  pathForFile(file: File): string;
}

/**
 * Since Electron 32 `File.path` is gone and only `webUtils` knows a dropped file's path; it
 * reads no file and sends nothing to main. The path then goes to `documents.import`, whose
 * handler checks it like any other.
 */
const files: CasefileFiles = {
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return ''; // Not a File at all: the page gets "no path", never an exception.
    }
  },
};

contextBridge.exposeInMainWorld('casefileFiles', files);
