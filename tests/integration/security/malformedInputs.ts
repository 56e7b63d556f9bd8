/**
 * Inputs a hostile or broken renderer could send to a route: anything at all, and near-misses
 * of a valid input (one field wrong, one key too many or missing, hostile strings, huge or
 * deeply nested values, NaN and -0, prototype-pollution keys, non-NFC text, bad ids).
 */
import fc from 'fast-check';

const HUGE_ASCII = 'x'.repeat(1 << 20);
const HUGE_CYRILLIC = 'Приговор '.repeat(120_000);

/** Built iteratively: a recursive builder would itself overflow the stack at this depth. */
function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'дно';
  for (let level = 0; level < depth; level += 1) value = wrap(value);
  return value;
}
/** fast-check prints a counterexample recursively; these print as a label instead. */
const labelled = <T extends object>(value: T, label: string): T =>
  Object.defineProperty(value, fc.toStringMethod, { value: () => label });
const DEEP_ARRAY = labelled(
  nested(10_000, (inner) => [inner]) as unknown[],
  '<arrays nested 10,000 deep>',
);
const DEEP_OBJECT = labelled(
  nested(10_000, (inner) => ({ type: 'doc', content: [inner] })) as object,
  '<note nodes nested 10,000 deep>',
);

/** Own keys named like prototype slots, as JSON.parse (and structured clone) create them. */
const POLLUTING = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
  JSON.parse('{"prototype":{"polluted":"yes"},"toString":"x","valueOf":1}') as unknown,
];

/** Text that NFC or our sanitising changes, or that must never be accepted. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u0007',
  "'; DROP TABLE cases; --",
  '") OR 1=1 --',
  '../../etc/passwd',
  'C:\\..\\..\\Windows\\system32',
  '/tmp/a\u0000.pdf',
  '2-1234/\u202E6202',
  '\u2066скрыто\u2069',
  '\u200B\u00AD\uFEFF',
  'и\u0306',
  'Ә\u0301лиев',
  'e\u0301',
  '\uD800',
  '\uDFFF\uD800',
  '0f8fad5b-d9cb-469f-a165-70867728950',
  '0f8fad5b-d9cb-469f-a165-70867728950e ',
  '0f8fad5b_d9cb_469f_a165_70867728950e',
  '{0f8fad5b-d9cb-469f-a165-70867728950e}',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '__proto__',
  'constructor',
  '2026-02-30',
  '9999-12-31T25:61',
  HUGE_ASCII,
  HUGE_CYRILLIC,
];

const ODD_NUMBERS = [
  NaN,
  -0,
  Infinity,
  -Infinity,
  -1,
  0,
  1.5,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  1e308,
];

/** A value of any kind, from plain JSON to Maps, typed arrays, boxed values and null-prototype objects. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  anyValue,
  fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...ODD_NUMBERS, ...POLLUTING),
  fc.constantFrom<unknown>(DEEP_ARRAY, DEEP_OBJECT, true, null, [], {}, Object.create(null)),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A field's value one step wrong: another value in its place, or its nested fields wrong. */
function wrongValue(original: unknown): fc.Arbitrary<unknown> {
  const first: unknown = Array.isArray(original) ? original[0] : undefined;
  if (isRecord(original)) return fc.oneof(hostileValue, nearMisses(original));
  if (Array.isArray(original)) {
    return fc.oneof(
      hostileValue,
      fc.array(hostileValue, { maxLength: 4 }),
      fc.constant(Array.from({ length: 20_000 }, () => first)),
    );
  }
  return hostileValue;
}

/** Near-misses of a valid object input. */
function nearMisses(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const fields = Object.keys(valid);
  const variants: fc.Arbitrary<unknown>[] = [
    fc
      .record({
        name: fc.oneof(
          fc.string({ minLength: 1, maxLength: 20 }),
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id '),
        ),
        value: hostileValue,
      })
      // defineProperty, so '__proto__' becomes an own key as structured clone would make it.
      .map(({ name, value }) =>
        Object.defineProperty({ ...valid }, name, { value, enumerable: true }),
      ),
    fc.constant([valid]),
    fc.constant({ input: valid }),
    fc.constant(JSON.stringify(valid)),
  ];
  if (fields.length > 0) {
    const field = fc.constantFrom(...fields);
    variants.push(
      field.chain((name) => wrongValue(valid[name]).map((value) => ({ ...valid, [name]: value }))),
      field.map((name) => {
        const copy = { ...valid };
        delete copy[name];
        return copy;
      }),
    );
  }
  return fc.oneof(...variants);
}

/** What the fuzz sends to a route whose valid example is `valid`. */
export function malformedFor(valid: unknown): fc.Arbitrary<unknown> {
  return isRecord(valid) ? fc.oneof(hostileValue, nearMisses(valid)) : hostileValue;
}
