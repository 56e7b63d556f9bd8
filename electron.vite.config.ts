import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Untrusted PDFs are parsed in worker_threads, each loading this bundle.
          pdfTextWorker: resolve(__dirname, 'electron/core/workers/pdfText/pdfTextWorker.ts'),
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
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Everything ships in the bundle: no CDN, no runtime fetch of code or fonts.
      assetsInlineLimit: 0,
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
