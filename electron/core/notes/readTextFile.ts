import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { toAppError } from '../vault/sqliteErrors';

/** A Markdown note is text; anything bigger than this is not a note someone wrote. */
export const MAX_TEXT_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads a text file the open dialog chose (a Markdown note to import). Refuses a file over 5 MB
 * (FILE_TOO_LARGE) and anything that is not valid UTF-8 (VALIDATION), rather than guess an
 * encoding and import mojibake. A leading BOM is dropped.
 */
export async function readTextFile(file: string): Promise<{ name: string; text: string }> {
  let bytes: Buffer;
  try {
    const handle = await fsp.open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_TEXT_FILE_BYTES) {
        throw new AppError('FILE_TOO_LARGE', 'The file is larger than 5 MB', {
          limitBytes: MAX_TEXT_FILE_BYTES,
        });
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw toAppError(error, new AppError('IO_ERROR', 'The file could not be read'));
  }
  // The size can grow between stat and read; the limit holds for what was actually read.
  if (bytes.length > MAX_TEXT_FILE_BYTES) {
    throw new AppError('FILE_TOO_LARGE', 'The file is larger than 5 MB', {
      limitBytes: MAX_TEXT_FILE_BYTES,
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('VALIDATION', 'The file is not UTF-8 text');
  }
  return { name: path.basename(file), text };
}
