import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The script tesseract.js runs in its worker_thread. In the packaged app it is unpacked beside
 * the archive (electron-builder `asarUnpack`): a worker thread cannot load a script from inside
 * app.asar, and the WASM core it requires must be a real file too. Elsewhere this is the path
 * tesseract.js would choose itself.
 */
export function tesseractWorkerScript(): string {
  return unpackedPath(
    createRequire(__filename).resolve('tesseract.js/src/worker-script/node/index.js'),
  );
}

/** `…/app.asar/node_modules/x` → `…/app.asar.unpacked/node_modules/x`; other paths as they are. */
export function unpackedPath(file: string, separator: string = path.sep): string {
  const packed = `${separator}app.asar${separator}`;
  return file.replace(packed, `${separator}app.asar.unpacked${separator}`);
}
