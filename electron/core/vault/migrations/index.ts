import type { Migration } from '../migrate';
import { initial } from './0010-initial';
import { documents } from './0020-documents';
import { search } from './0030-search';
import { notes } from './0040-notes';
import { searchSources } from './0050-search-sources';
import { audit } from './0060-audit';
import { ocr } from './0070-ocr';
import { partialOutputs } from './0080-partial-outputs';

/** Every schema version in order. Append only: a shipped migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  documents,
  search,
  notes,
  searchSources,
  audit,
  ocr,
  partialOutputs,
];
