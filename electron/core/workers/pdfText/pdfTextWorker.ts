import { serveWorkerTasks } from '../serveWorkerTasks';
import { extractPdfText, type ExtractPdfTextInput } from './extractPdfText';

/**
 * Worker entry for WorkerPool: one PDF in, its text out (plain strings, nothing transferred).
 * Bundled as its own entry in the app; run through tsx in tests.
 */
serveWorkerTasks<ExtractPdfTextInput, Awaited<ReturnType<typeof extractPdfText>>>(extractPdfText);
