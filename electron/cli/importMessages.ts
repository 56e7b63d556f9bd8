import type { ErrorCode } from '../../shared/errors';

/**
 * The English message printed for a file an import rejected. The job reports only the code per
 * file; these words are the CLI's, for the one file (not the vault), so IO_ERROR reads as
 * "the file could not be read" rather than the vault-level wording.
 */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  EMPTY_FILE: 'The file is empty (0 bytes); there is nothing to import',
  UNSUPPORTED_TYPE:
    'This file type is not supported (Casefile accepts PDF, JPEG, PNG and TIFF scans, and plain text)',
  FILE_TOO_LARGE: 'The file is larger than the import limit',
  PDF_ENCRYPTED: 'This PDF is protected by a password; import it again with --pdf-password',
  PDF_PASSWORD_WRONG: 'The password for this PDF is wrong',
  PDF_MALFORMED: 'This PDF is damaged or not a real PDF, so its text could not be read',
  PDF_TIMEOUT: 'Reading this PDF took too long and was stopped; the file may be damaged',
  IO_ERROR: 'The file could not be read',
};

export function rejectionMessage(code: ErrorCode): string {
  return MESSAGES[code] ?? `The file was rejected (${code})`;
}
