import { describe, expect, it } from 'vitest';
import { canonicalDetail, entryHash, GENESIS_HASH } from '../../../electron/core/audit/auditHash';

describe('the audit hash', () => {
  it('is SHA-256 over the previous hash, a newline and the canonical entry, as documented', () => {
    const detail = canonicalDetail({ sha256: 'ab', fields: ['title', 'court'], size: 3 });
    expect(detail).toBe('{"fields":["title","court"],"sha256":"ab","size":3}');
    // Pinned: every vault ever written is verified with this function. The value was computed
    // independently with `printf '%s\n%s' <64 zeros> '<the JSON array>' | sha256sum`.
    expect(
      entryHash(GENESIS_HASH, {
        seq: 1,
        at: '2026-05-14T09:00:00.000Z',
        action: 'case.updated',
        case_id: '00000000-0000-4000-8000-000000000001',
        document_id: null,
        detail,
      }),
    ).toBe('74fbddb88fb22499389621052aab3e8eb67749f24324939f5ef8ec99c9d2ae5a');
  });

  it('gives one text per detail whatever the key order', () => {
    expect(canonicalDetail({ b: 1, a: null })).toBe(canonicalDetail({ a: null, b: 1 }));
  });
});
