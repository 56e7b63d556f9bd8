import type { CliErrorInfo } from './errors';

export interface TextSink {
  write(text: string): unknown;
}

/**
 * Everything the CLI prints goes through here, so two promises hold in one place:
 * under --json stdout carries exactly one JSON document, and no passphrase reaches a
 * terminal or a log through an error or warning message.
 */
export class Output {
  json: boolean;
  private readonly secrets = new Set<string>();
  private wroteResult = false;

  constructor(
    private readonly stdout: TextSink,
    private readonly stderr: TextSink,
    json: boolean,
  ) {
    this.json = json;
  }

  /** Remembers a passphrase so any later diagnostic that quotes it is redacted. */
  addSecret(secret: string): void {
    if (secret.length > 0) this.secrets.add(secret);
  }

  /** The command's one result: `document` under --json, `text` otherwise. */
  result(document: unknown, text: string): void {
    if (this.wroteResult) throw new Error('A command prints one result');
    this.wroteResult = true;
    if (this.json) this.stdout.write(`${JSON.stringify(document)}\n`);
    else if (text.length > 0) this.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  warn(code: string, message: string): void {
    const safe = this.redact(message);
    this.stderr.write(
      this.json
        ? `${JSON.stringify({ warning: { code, message: safe } })}\n`
        : `casefile: warning: ${safe}\n`,
    );
  }

  error(info: CliErrorInfo): void {
    const message = this.redact(info.message);
    // Details are the core's enumerated values (problem: 'too_short', field: 'title'), not
    // free text; redacting them would turn "too_short" into nonsense for the passphrase "short".
    const details = info.details;
    if (this.json) {
      const error =
        details === undefined
          ? { code: info.code, message }
          : { code: info.code, message, details };
      this.stderr.write(`${JSON.stringify({ error })}\n`);
      return;
    }
    // WEAK_PASSPHRASE says why (too_short, common, ...): worth showing without --json too.
    const problem = typeof details?.problem === 'string' ? ` (${details.problem})` : '';
    this.stderr.write(`casefile: ${info.code}: ${message}${problem}\n`);
  }

  /** For prompts and other human-only chatter: stderr, so stdout stays machine-readable. */
  say(text: string): void {
    this.stderr.write(text);
  }

  // Defence in depth: core messages are meant to be passphrase-free, but a driver error
  // quoting a failed `PRAGMA key` would not be, and that must never reach a terminal.
  private redact(text: string): string {
    let safe = text;
    for (const secret of this.secrets) safe = safe.split(secret).join('[redacted]');
    return safe;
  }
}
