/**
 * Runs in the page (bundled by esbuild into an init script): builds `window.casefile` exactly as
 * the preload does, from the contract, over a Playwright binding to the real core in the test
 * process. Events come back through `__casefileEmit`, called by the fixture.
 *
 * `window.casefileFiles` stands in for the preload's `webUtils.getPathForFile`: the files that
 * `harness.dropFiles` builds in the page are registered in `__casefileDroppedPaths` with the path
 * they stand for; any other File has none, as one dragged out of another app's memory.
 */
import type { Result } from '../../../shared/errors';
import { createClient, type CasefileApi } from '../../../shared/ipc/client';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    casefile?: CasefileApi;
    __casefileInvoke?: (key: string, input: unknown) => Promise<Result<unknown>>;
    __casefileEmit?: (event: string, payload: unknown) => void;
    casefileFiles?: { pathForFile(file: File): string };
    __casefileDroppedPaths?: WeakMap<File, string>;
  }
}

const droppedPaths = new WeakMap<File, string>();
window.__casefileDroppedPaths = droppedPaths;
window.casefileFiles = { pathForFile: (file) => droppedPaths.get(file) ?? '' };

const listeners = new Map<string, Set<Listener>>();

window.__casefileEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

window.casefile = createClient(
  (key, input) => {
    const invoke = window.__casefileInvoke;
    if (!invoke) return Promise.reject(new Error('The e2e binding __casefileInvoke is missing'));
    return invoke(key, input);
  },
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
);
