import { CliError } from './errors';
import type { PromptInput } from './io';
import type { TextSink } from './output';

// Terminal escape sequences (arrow keys, bracketed-paste markers): never passphrase text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/gsu;

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\x7f', '\b']);
const CTRL_C = '\x03';
const CTRL_D = '\x04';
const CTRL_U = '\x15';

/**
 * Reads passphrases from a terminal in raw mode: nothing is echoed (not even asterisks,
 * which would reveal the length), backspace and Ctrl-U edit, Ctrl-C aborts. Keys typed
 * ahead of a prompt (or a pasted "pass\rpass\r") are queued for the next one.
 */
export class HiddenPrompt {
  private current: string[] = [];
  private readonly entries: string[] = [];
  private waiting: { resolve: (value: string) => void; reject: (error: Error) => void } | null =
    null;
  private failure: CliError | null = null;
  private started = false;

  constructor(
    private readonly input: PromptInput,
    private readonly echo: TextSink,
  ) {}

  ask(question: string): Promise<string> {
    this.echo.write(question);
    this.start();
    return new Promise((resolve, reject) => {
      this.waiting = {
        resolve: (value) => {
          this.echo.write('\n');
          resolve(value);
        },
        reject: (error) => {
          this.echo.write('\n');
          reject(error);
        },
      };
      this.settle();
    });
  }

  /** Restores the terminal; must run even when a prompt failed. */
  close(): void {
    if (!this.started) return;
    this.started = false;
    this.input.removeListener('data', this.onData);
    this.input.removeListener('end', this.onEnd);
    this.input.setRawMode?.(false);
    // Paused, stdin no longer keeps the event loop (and so the process) alive.
    this.input.pause();
    this.current = [];
    this.entries.length = 0;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.input.setRawMode?.(true);
    this.input.setEncoding('utf8');
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.resume();
  }

  private readonly onData = (chunk: string): void => {
    for (const key of chunk.replace(ESCAPE_SEQUENCE, '')) {
      if (this.failure) break;
      this.press(key);
    }
    this.settle();
  };

  private readonly onEnd = (): void => {
    this.failure ??= new CliError('INTERRUPTED', 'Input ended before a passphrase was entered');
    this.settle();
  };

  private press(key: string): void {
    if (ENTER.has(key)) {
      this.entries.push(this.current.join(''));
      this.current = [];
    } else if (BACKSPACE.has(key)) {
      this.current.pop();
    } else if (key === CTRL_U) {
      this.current = [];
    } else if (key === CTRL_C || (key === CTRL_D && this.current.length === 0)) {
      this.failure = new CliError('INTERRUPTED', 'Cancelled');
    } else if (!/\p{Cc}/u.test(key)) {
      this.current.push(key);
    }
  }

  private settle(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    const entry = this.entries.shift();
    if (entry !== undefined) {
      this.waiting = null;
      waiting.resolve(entry);
    } else if (this.failure) {
      this.waiting = null;
      waiting.reject(this.failure);
    }
  }
}
