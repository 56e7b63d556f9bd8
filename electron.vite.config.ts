import fs from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const PDFJS = resolve(__dirname, 'node_modules/pdfjs-dist');

/**
 * pdf.js fetches character maps, the standard 14 fonts, colour profiles and its image decoders
 * at run time: ship them beside the renderer (out/renderer/pdfjs/) so nothing is ever fetched
 * from anywhere else.
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'casefile-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'iccs', 'wasm']) {
        for (const name of fs.readdirSync(resolve(PDFJS, folder))) {
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${name}`,
            source: fs.readFileSync(resolve(PDFJS, folder, name)),
          });
        }
      }
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Untrusted PDFs are parsed in worker_threads, each loading this bundle.
          pdfTextWorker: resolve(__dirname, 'electron/core/workers/pdfText/pdfTextWorker.ts'),
          // The dossier bundle (pdf-lib over untrusted originals) is built in its own worker.
          bundleWorker: resolve(__dirname, 'electron/core/dossier/bundle/bundleWorker.ts'),
          // OCR: PDF pages and imported images rendered to grayscale PNGs (pdf.js + canvas).
          ocrRenderWorker: resolve(__dirname, 'electron/core/ocr/render/ocrRenderWorker.ts'),
        },
      },
    },
  },
  preload: {
    // Sandboxed preloads cannot require node_modules: bundle zod and the contract into one file.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), pdfjsAssets()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Everything ships in the bundle: no CDN, no runtime fetch of code or fonts.
      assetsInlineLimit: 0,
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
