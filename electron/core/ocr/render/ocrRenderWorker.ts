import { loadPdfJs } from '../../workers/pdfText/loadPdfJs';
import { serveWorkerTasks } from '../../workers/serveWorkerTasks';
import type { RenderReply, RenderTask } from './ocrRenderTypes';
import { runRenderTask } from './runRenderTask';

/**
 * Worker entry for the OCR renderer's pool: a PDF page or an image in, a grayscale PNG out.
 * Bundled as its own entry in the app (out/main/ocrRenderWorker.js); run through tsx in tests
 * and the CLI. This thread runs nothing but pdf.js and the canvas.
 */

// See pdfTextWorker.ts: no source maps for pdf.js to parse in every worker started.
process.setSourceMapsEnabled(false);
// Unlike pdfTextWorker.ts, DecompressionStream stays: a scan's one large image stream inflates
// twice as fast through it as through pdf.js's own inflate.

// pdf.js loads while the first task is on its way; a failure here fails that task again.
loadPdfJs().catch(() => undefined);

serveWorkerTasks<RenderTask, RenderReply>(runRenderTask);
