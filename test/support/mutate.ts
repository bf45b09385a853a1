import fc from 'fast-check';

/**
 * Arbitraries that turn a valid input into a hostile or damaged one, for the
 * importer fuzz tests (test/fuzz). A case is a recipe (plain data, so
 * fast-check can shrink it and print it) applied to a seed: edits of the
 * parsed tree first, so they reach deep into validation, then edits of the
 * text, then of the bytes.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isJsonObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets an own property even for `__proto__`, which plain assignment would take as the prototype. */
export function setKey(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function cloneJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (isJsonObject(value)) {
    const copy: Record<string, Json> = {};
    for (const [key, child] of Object.entries(value)) setKey(copy, key, cloneJson(child));
    return copy;
  }
  return value;
}

// ---- values -------------------------------------------------------------------------------------

/** Keys a hostile file adds: prototype keys, names of Object methods, odd and empty names. */
export const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.constantFrom(
    '',
    ' ',
    'id',
    'planId',
    'name',
    'position',
    'then',
    'length',
    '0',
    '$ref',
    'k'.repeat(5000),
  ),
  fc.string({ maxLength: 12 }),
);

const SCRIPT_STRINGS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  '=HYPERLINK("https://evil.example","x")',
  '[x](javascript:alert(1))',
  'javascript:alert(1)',
];

/** Strings that break naive code: empty, blank, control characters, lone surrogates, RTL, scripts. */
export const oddString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '  padded  ',
    '\u0000',
    '\ud800',
    '\udfff x',
    'a\u202eb',
    'e\u0301',
    '👩‍👩‍👧‍👦',
    '\r\n\t',
    '__proto__',
    'NaN',
    '-1',
    '1e999',
    '2026-02-30',
    '2026-11-23T09:00:00Z',
    '9999-12-31T23:59:59.999Z',
    '00000000-0000-0000-0000-000000000000',
    'none',
    ...SCRIPT_STRINGS,
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Just over and far over the length limits (200, 2000, 5000 characters).
  fc.constantFrom(201, 2001, 5001, 100_000).map((length) => 'x'.repeat(length)),
);

const oddNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, 4, 5, 6, 99, 1e308, -1e308, 2 ** 53, 2 ** 31, 5e-324, 1440),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any value a hostile file may hold where the seed had another; `refs` are strings worth reusing (ids). */
export function hostileValue(refs: readonly string[]): fc.Arbitrary<Json> {
  const ref = refs.length > 0 ? [fc.constantFrom(...refs)] : [];
  return fc.oneof(
    { weight: 3, arbitrary: oddString },
    { weight: 2, arbitrary: oddNumber },
    ...ref.map((arbitrary) => ({ weight: 2, arbitrary })),
    { weight: 1, arbitrary: fc.constantFrom<Json>(null, true, false, [], {}, [null], { id: null }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(toJson) },
  );
}

/** A parsed JSON value (JSON.parse's or fast-check's) as Json, checked on the way; anything else is an error. */
export function toJson(value: unknown): Json {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'string'
  ) {
    return value;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [key, child] of Object.entries(value))
      if (child !== undefined) setKey(out, key, toJson(child));
    return out;
  }
  throw new TypeError(`not JSON: ${typeof value}`);
}

// ---- tree edits ---------------------------------------------------------------------------------

export type TreeEdit =
  | { op: 'replace'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: Json }
  | { op: 'copy'; at: number; from: number }
  | { op: 'wrap'; at: number; depth: number; inObject: boolean }
  | { op: 'stretch'; at: number; times: number }
  | { op: 'reid'; at: number; id: string };

export function treeEdit(refs: readonly string[]): fc.Arbitrary<TreeEdit> {
  const at = fc.nat();
  // One id or reference swapped for another real one: a duplicate, a dangling or a foreign reference.
  const reid =
    refs.length > 0
      ? [{ weight: 2, arbitrary: fc.record({ op: fc.constant('reid'), at, id: fc.constantFrom(...refs) }) }]
      : [];
  return fc.oneof(
    ...reid,
    { weight: 5, arbitrary: fc.record({ op: fc.constant('replace'), at, value: hostileValue(refs) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete'), at }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('add'), at, key: hostileKey, value: hostileValue(refs) }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('copy'), at, from: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('wrap'),
        at,
        depth: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(63, 64, 65, 200)),
        inObject: fc.boolean(),
      }),
    },
    // An array made long (a plan with thousands of records), or a string made huge.
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('stretch'), at, times: fc.constantFrom(2, 50, 3000) }),
    },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_STRETCHED_RECORDS = 6000;
const MAX_STRETCHED_STRING = 200_000;

interface Slot {
  value: Json;
  set: (value: Json) => void;
  remove: () => void;
}

/** Every value in the tree, in document order, each with how to replace or remove it. */
function slots(root: { value: Json }): Slot[] {
  const out: Slot[] = [];
  const visit = (value: Json, set: (next: Json) => void, remove: () => void) => {
    out.push({ value, set, remove });
    if (Array.isArray(value)) {
      value.forEach((child, index) => {
        visit(
          child,
          (next) => (value[index] = next),
          () => value.splice(index, 1),
        );
      });
    } else if (isJsonObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        visit(
          child,
          (next) => {
            setKey(value, key, next);
          },
          () => Reflect.deleteProperty(value, key),
        );
      }
    }
  };
  visit(
    root.value,
    (next) => (root.value = next),
    () => (root.value = null),
  );
  return out;
}

export function applyTreeEdits(seed: Json, edits: readonly TreeEdit[]): Json {
  const root = { value: cloneJson(seed) };
  for (const edit of edits) {
    const all = slots(root);
    const slot = all[edit.at % all.length];
    if (!slot) continue;
    switch (edit.op) {
      case 'replace':
        slot.set(cloneJson(edit.value));
        break;
      case 'delete':
        slot.remove();
        break;
      case 'add':
        if (Array.isArray(slot.value)) slot.value.push(cloneJson(edit.value));
        else if (isJsonObject(slot.value)) setKey(slot.value, edit.key, cloneJson(edit.value));
        else {
          const wrapper: Record<string, Json> = {};
          setKey(wrapper, edit.key, cloneJson(edit.value));
          slot.set(wrapper);
        }
        break;
      case 'copy':
        slot.set(cloneJson(all[edit.from % all.length]?.value ?? null));
        break;
      case 'wrap': {
        let value = slot.value;
        for (let level = 0; level < edit.depth; level += 1) value = edit.inObject ? { x: value } : [value];
        slot.set(value);
        break;
      }
      case 'reid': {
        const ids = all.filter(
          (candidate) => typeof candidate.value === 'string' && UUID.test(candidate.value),
        );
        ids[edit.at % Math.max(ids.length, 1)]?.set(edit.id);
        break;
      }
      case 'stretch': {
        const value = slot.value;
        // Capped: thousands of records and a string far over every limit are enough to find the edge.
        if (Array.isArray(value) && value.length > 0) {
          const length = Math.min(value.length * edit.times, MAX_STRETCHED_RECORDS);
          slot.set(Array.from({ length }, (_, index) => cloneJson(value[index % value.length] ?? null)));
        } else if (typeof value === 'string') {
          slot.set(value.repeat(edit.times).padEnd(edit.times, 'x').slice(0, MAX_STRETCHED_STRING));
        }
        break;
      }
    }
  }
  return root.value;
}

// ---- text and byte edits ------------------------------------------------------------------------

export type TextEdit =
  | { op: 'truncate'; at: number }
  | { op: 'cut'; at: number; length: number }
  | { op: 'insert'; at: number; text: string };

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ op: fc.constant('cut'), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    op: fc.constant('insert'),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        '"',
        ',',
        ':',
        '\\',
        '\\u0000',
        '\\ud800',
        '\u0000',
        '\n',
        '#',
        '- ',
        '  ',
      ),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
  }),
);

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.op === 'truncate') out = out.slice(0, at);
    else if (edit.op === 'cut') out = out.slice(0, at) + out.slice(at + edit.length);
    else out = out.slice(0, at) + edit.text + out.slice(at);
  }
  return out;
}

export type ByteEdit =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; byte: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'truncate'; at: number }
  | { op: 'bom'; utf16: boolean };

/** Byte sequences that are not UTF-8: lone continuation, overlong, surrogate, beyond U+10FFFF, cut short. */
const INVALID_UTF8 = [
  [0xff],
  [0x80],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
];

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ op: fc.constant('flip'), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('set'), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    op: fc.constant('insert'),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.constantFrom(...INVALID_UTF8),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 6 }),
    ),
  }),
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ op: fc.constant('bom'), utf16: fc.boolean() }),
);

export function applyByteEdits(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array<ArrayBuffer> {
  let out = Uint8Array.from(bytes);
  for (const edit of edits) {
    if (edit.op === 'bom') {
      out = edit.utf16 ? utf16le(out) : concat([0xef, 0xbb, 0xbf], out);
      continue;
    }
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.op === 'flip' && out.length > 0) out[at] = (out[at] ?? 0) ^ (1 << edit.bit);
    else if (edit.op === 'set' && out.length > 0) out[at] = edit.byte;
    else if (edit.op === 'insert')
      out = Uint8Array.from([...out.subarray(0, at), ...edit.bytes, ...out.subarray(at)]);
    else if (edit.op === 'truncate') out = out.slice(0, at);
  }
  return out;
}

function concat(prefix: readonly number[], bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(prefix.length + bytes.length);
  out.set(prefix);
  out.set(bytes, prefix.length);
  return out;
}

/** The text (read as UTF-8, or Latin-1 if it is not) written as UTF-16LE with its byte order mark. */
function utf16le(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const text = Buffer.from(bytes).toString('utf8');
  return concat([0xff, 0xfe], Buffer.from(text, 'utf16le'));
}

/** How a case changes its seed: mostly tree edits, sometimes text or byte damage on top. */
export interface Damage {
  text: TextEdit[];
  bytes: ByteEdit[];
}

export const damage: fc.Arbitrary<Damage> = fc.record({
  text: fc.oneof(
    { weight: 10, arbitrary: fc.constant<TextEdit[]>([]) },
    { weight: 1, arbitrary: fc.array(textEdit, { minLength: 1, maxLength: 3 }) },
  ),
  bytes: fc.oneof(
    { weight: 12, arbitrary: fc.constant<ByteEdit[]>([]) },
    { weight: 1, arbitrary: fc.array(byteEdit, { minLength: 1, maxLength: 3 }) },
  ),
});

export function applyDamage(text: string, edits: Damage): Uint8Array<ArrayBuffer> {
  return applyByteEdits(Buffer.from(applyTextEdits(text, edits.text), 'utf8'), edits.bytes);
}
