/**
 * JSON.parse, then a walk that refuses what a plan file never contains and a
 * hostile one might: keys that reach an object's prototype when code later
 * copies the object (`__proto__`, `constructor`, `prototype`), and nesting
 * deep enough to exhaust a recursive reader.
 */
export const MAX_JSON_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; path: string; message: string };

export function parseJsonSafely(text: string): SafeJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, path: '$', message: `The file is not valid JSON (${detail})` };
  }
  // Iterative, so the check itself cannot overflow the stack.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '$', depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth > MAX_JSON_DEPTH) {
      return { ok: false, path: item.path, message: `nested more than ${MAX_JSON_DEPTH} levels deep` };
    }
    if (Array.isArray(item.value)) {
      item.value.forEach((child: unknown, index) =>
        stack.push({ value: child, path: `${item.path}[${index}]`, depth: item.depth + 1 }),
      );
      continue;
    }
    for (const [key, child] of Object.entries(item.value)) {
      const path = jsonPathJoin(item.path, key);
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, path, message: `the key "${key}" is not allowed` };
      stack.push({ value: child, path, depth: item.depth + 1 });
    }
  }
  return { ok: true, value };
}

/** `$.a.b[2]`, with odd keys quoted: `$["a b"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : jsonPathJoin(text, String(key))),
    '$',
  );
}

function jsonPathJoin(base: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}
