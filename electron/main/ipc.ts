import type { Subscribe } from '../../shared/ipc/client';
import { eventKeys, routeKeys } from '../../shared/ipc/contract';
import { channelOf, eventChannelOf } from '../../shared/ipc/defineContract';
import type { Dispatch } from '../../shared/ipc/dispatch';
import { fail, type Result } from '../../shared/errors';
import { forwardingListener } from '../core/jobs/throttleProgress';
import { APP_ORIGIN, isAppUrl } from './protocol';

/** What the sender check reads of an IpcMainInvokeEvent (structural, so tests need no casts). */
export interface SenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: {
    readonly url: string;
    readonly origin: string;
    readonly parent: unknown;
    readonly detached?: boolean;
  } | null;
}

export type TrustCheck = (event: SenderEvent) => boolean;

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: SenderEvent, input?: unknown) => Promise<Result<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

/**
 * Only the top frame of our main window, showing our own origin, may call the core. A frame
 * that has navigated or died is gone (senderFrame null) and is refused too.
 */
export function isTrustedSender(event: SenderEvent, main: { readonly id: number } | null): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || main === null || frame.detached === true) return false;
    return (
      event.sender.id === main.id &&
      frame.parent === null &&
      frame.origin === APP_ORIGIN &&
      isAppUrl(frame.url)
    );
  } catch {
    return false; // reading a destroyed frame can throw
  }
}

const forbidden = (): Result<never> =>
  fail({ code: 'FORBIDDEN_SENDER', message: 'The request did not come from the Casefile window' });

/**
 * One handler per contract route, on the channel the preload derives the same way. The sender
 * check runs first; the core's dispatcher then parses the input with the route's schema.
 * Returns the function that removes every handler again.
 */
export function bindIpc(
  ipcMain: IpcMainLike,
  core: { dispatch: Dispatch },
  isTrusted: TrustCheck,
): () => void {
  for (const key of routeKeys) {
    ipcMain.handle(channelOf(key), async (event, input) => {
      if (!isTrusted(event)) {
        console.warn(`casefile: refused ${key} from an untrusted frame`);
        return forbidden();
      }
      return core.dispatch(key, input);
    });
  }
  return () => {
    for (const key of routeKeys) ipcMain.removeHandler(channelOf(key));
  };
}

export interface EventSink {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

/**
 * Pushes every contract event to the window. Job progress is thinned to a few events a second
 * per job (each carries the job's whole state, the final one always arrives): a folder of
 * thousands of files must not flood IPC. Returns the function that stops forwarding.
 */
export function forwardEvents(core: { subscribe: Subscribe }, contents: EventSink): () => void {
  const unsubscribers = eventKeys.map((event) => {
    const send = (payload: unknown) => {
      if (!contents.isDestroyed()) contents.send(eventChannelOf(event), payload);
    };
    return core.subscribe(event, forwardingListener(event, send));
  });
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
