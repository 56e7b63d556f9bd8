import { serveWorkerTasks } from '../serveWorkerTasks';
import { extractPdfText, type ExtractPdfTextInput } from './extractPdfText';
import { loadPdfJs } from './loadPdfJs';

/**
 * Worker entry for WorkerPool: one PDF in, its text out (plain strings, nothing transferred).
 * Bundled as its own entry in the app; run through tsx in tests and the CLI. This thread runs
 * nothing but pdf.js, so it is set up for pdf.js alone.
 */

// tsx turns source maps on; Node would then parse pdf.js's 8 MB of maps in every worker it
// starts. A worker's stack traces never leave it (serveWorkerTasks sends the error's name only).
process.setSourceMapsEnabled(false);

// pdf.js inflates with DecompressionStream when there is one; in Node that is a web-streams
// wrapper around zlib whose per-stream cost (promises, a thread-pool round trip) exceeds the work
// for a page's small content streams. Without it pdf.js uses its own synchronous inflate (its
// fallback everywhere): the same text on every corpus file, with 10–13% less CPU per page.
Reflect.deleteProperty(globalThis, 'DecompressionStream');

// pdf.js loads while the main thread is still reading the first file; a failure here surfaces
// again (and fails the task) when the first task awaits the same promise.
loadPdfJs().catch(() => undefined);

serveWorkerTasks<ExtractPdfTextInput, Awaited<ReturnType<typeof extractPdfText>>>(extractPdfText);
