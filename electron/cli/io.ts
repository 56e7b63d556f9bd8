import type { TextSink } from './output';

/** What a hidden prompt needs from stdin; process.stdin and a test's PassThrough both fit. */
export interface PromptInput {
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  removeListener(event: 'data', listener: (chunk: string) => void): unknown;
  removeListener(event: 'end', listener: () => void): unknown;
  resume(): unknown;
  pause(): unknown;
  /** Present on a TTY: raw mode turns off echo and line editing, so we do both ourselves. */
  setRawMode?(mode: boolean): unknown;
}

/** The process's world, injected so the whole CLI runs in-process in tests. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  stdin: PromptInput;
  env: Record<string, string | undefined>;
  /** True when a person can answer a prompt (stdin and stderr are terminals). */
  isTTY: boolean;
  /** Base for a relative --vault; defaults to process.cwd(). */
  cwd?: string;
  /**
   * Registers what a Ctrl-C (SIGINT) does while a long command runs; returns the unregister
   * function. Omitted (in-process tests) → nothing to register.
   */
  onInterrupt?: (handler: () => void) => () => void;
}
