import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../../electron/core/workers/pdfText/loadPdfJs';

// Taken before pdf.js is loaded. (core-js makes its replacements print as "[native code]", so
// only identity tells them apart.)
const NATIVE = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};

describe('loading pdf.js for text extraction', () => {
  it("keeps the engine's own Array.prototype.push and JSON after the legacy build's polyfills", async () => {
    const pdfjs = await loadPdfJs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(Array.prototype.push).toBe(NATIVE.push);
    expect(JSON.parse).toBe(NATIVE.parse);
    expect(JSON.stringify).toBe(NATIVE.stringify);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')).toMatchObject({
      enumerable: false,
      writable: true,
    });
    // What the polyfills add, and pdf.js needs on Node 20, is still there.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    // pdf.js runs its parser in this thread, from the worker half loaded up front.
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeDefined();
  });
});
