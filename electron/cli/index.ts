// Entry point of `npm run casefile -- ...`: wires the real process into runCli.
import { PDF_PASSWORD_ENV } from './commands/document';
import { PASSPHRASE_ENV } from './passphrase';
import { runCli } from './program';

const env = { ...process.env };
// Captured above, then dropped: worker threads and child processes the core may start
// inherit process.env and have no business holding the passphrase.
delete process.env[PASSPHRASE_ENV];
delete process.env[PDF_PASSWORD_ENV];

// `casefile case list | head` closes the pipe early; that is not an error worth a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env,
  isTTY: Boolean(process.stdin.isTTY) && Boolean(process.stderr.isTTY),
  onInterrupt: (handler) => {
    // The first Ctrl-C asks the command to stop cleanly; a second one ends the process at once
    // (still safe: every file is committed in its own transaction).
    let asked = false;
    const listener = () => {
      if (asked) process.exit(130);
      asked = true;
      handler();
    };
    process.on('SIGINT', listener);
    return () => process.removeListener('SIGINT', listener);
  },
})
  .then((status) => {
    // exitCode, not exit(): lets piped stdout flush. The unref'd timer only fires if some
    // handle wrongly keeps the loop alive, so a leak never leaves the CLI hanging.
    process.exitCode = status;
    setTimeout(() => process.exit(status), 2_000).unref();
  })
  .catch(() => {
    process.exitCode = 1;
  });
