import { describe, expect, it } from 'vitest';
import {
  PARALLEL_MIN_BYTES,
  splitPoint,
} from '../../../electron/core/dossier/bundle/buildBundleInWorker';
import type { BundleDocument } from '../../../electron/core/dossier/bundle/bundleTypes';

const doc = (size?: number): BundleDocument => ({
  documentId: 'x',
  title: 'x',
  docType: 'other',
  docDate: null,
  mediaType: 'application/pdf',
  password: null,
  annotations: [],
  ...(size === undefined ? {} : { size }),
});
const MB = 2 ** 20;

describe('splitPoint: where the second bundle worker takes over', () => {
  it('keeps one worker for a single document, when told never, and below the size floor', () => {
    expect(splitPoint([doc(50 * MB)], 'always')).toBeNull();
    expect(splitPoint([doc(50 * MB), doc(50 * MB)], 'never')).toBeNull();
    expect(
      splitPoint([doc(PARALLEL_MIN_BYTES / 4), doc(PARALLEL_MIN_BYTES / 4)], 'auto'),
    ).toBeNull();
    expect(splitPoint([doc(), doc(), doc()], 'auto')).toBeNull();
  });

  it('cuts where half of the bytes lie on each side', () => {
    expect(splitPoint([doc(4 * MB), doc(4 * MB)], 'auto')).toBe(1);
    expect(splitPoint([doc(1 * MB), doc(1 * MB), doc(1 * MB), doc(5 * MB)], 'always')).toBe(3);
    expect(splitPoint([doc(9 * MB), doc(1 * MB), doc(1 * MB), doc(1 * MB)], 'always')).toBe(1);
    expect(splitPoint([doc(1 * MB), doc(2 * MB), doc(3 * MB), doc(2 * MB)], 'always')).toBe(2);
  });

  it('leaves at least one document to each worker', () => {
    expect(splitPoint([doc(0), doc(20 * MB)], 'always')).toBe(1);
    expect(splitPoint([doc(20 * MB), doc(0)], 'always')).toBe(1);
  });

  it('cuts at half the documents when their sizes are not known', () => {
    expect(splitPoint([doc(), doc(), doc(), doc(), doc()], 'always')).toBe(3);
  });
});
