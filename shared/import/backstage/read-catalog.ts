import { isNode, isScalar, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { DEFAULT_NAMESPACE } from './entity-ref';
import { entityBaseSchema, isMappedKind, specSchemas, type Entity, type EntitySource } from './entity';
import { clip } from './names';
import { checkYamlNesting } from './yaml-guard';

/**
 * Catalog files → checked entities, in the order that keeps a hostile file
 * harmless: sizes before parsing, a nesting scan before the parser recurses,
 * YAML errors with line and column, prototype keys refused, aliases capped
 * while values are built, then each entity's shape. Every problem names the
 * file, the document and, where there is one, the line and the field.
 */

/** A large organisation's whole catalog fits; the parser takes about 2 s per MB, on the UI thread. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 8 * 1024 * 1024;
export const MAX_FILES = 50;
export const MAX_DOCUMENTS = 5000;
/** Alias uses while building values: far above what a catalog needs, far below a "billion laughs". */
export const MAX_ALIAS_COUNT = 100;
export const MAX_PROBLEMS = 50;
/** A problem's message, at most: the place and the reason, not the whole of what is wrong. */
export const MAX_MESSAGE_LENGTH = 300;

/** Keys that reach an object's prototype when code later copies the value; no catalog uses them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface CatalogFile {
  name: string;
  text: string;
}

export interface ImportProblem {
  file: string;
  /** 1-based; null when the problem is the whole file. */
  document: number | null;
  line: number | null;
  column: number | null;
  /** Where in the entity, e.g. `spec.dependsOn[0]`; null for the document or file itself. */
  field: string | null;
  message: string;
}

export type CatalogRead =
  { ok: true; entities: Entity[]; documents: number } | { ok: false; problems: ImportProblem[] };

export function readCatalog(files: readonly CatalogFile[]): CatalogRead {
  const problems: ImportProblem[] = [];
  const fileProblem = (file: string, message: string): ImportProblem => ({
    file,
    document: null,
    line: null,
    column: null,
    field: null,
    message,
  });
  if (files.length === 0) return { ok: false, problems: [fileProblem('', 'No file was chosen')] };
  if (files.length > MAX_FILES) {
    return { ok: false, problems: [fileProblem('', `At most ${MAX_FILES} files can be imported at once`)] };
  }
  const total = files.reduce((sum, file) => sum + utf8Length(file.text), 0);
  if (total > MAX_TOTAL_BYTES) {
    return {
      ok: false,
      problems: [fileProblem('', `The files hold ${mb(total)}; at most ${mb(MAX_TOTAL_BYTES)} at once`)],
    };
  }

  const entities: Entity[] = [];
  let documents = 0;
  for (const file of files) {
    const size = utf8Length(file.text);
    if (size > MAX_FILE_BYTES) {
      problems.push(
        fileProblem(file.name, `is ${mb(size)}; a catalog file can be at most ${mb(MAX_FILE_BYTES)}`),
      );
      continue;
    }
    const text = file.text.replace(/^\uFEFF/, '');
    const nesting = checkYamlNesting(text);
    if (nesting) {
      problems.push({
        ...fileProblem(file.name, nesting.message),
        line: nesting.line,
      });
      continue;
    }
    const lines = new LineCounter();
    const parsed = parseAllDocuments(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      // Its warnings (a complex key made text, an unknown tag read as text) would go to the console, not the user.
      logLevel: 'error',
    });
    const docs = Array.isArray(parsed) ? parsed : [];
    documents += docs.length;
    if (documents > MAX_DOCUMENTS) {
      return {
        ok: false,
        problems: [fileProblem(file.name, `The files hold more than ${MAX_DOCUMENTS} YAML documents`)],
      };
    }
    for (const [index, doc] of docs.entries()) {
      const read = readDocument(doc, { file: file.name, document: index + 1, lines });
      if ('problems' in read) problems.push(...read.problems);
      else if (read.entity) entities.push(read.entity);
      if (problems.length >= MAX_PROBLEMS) break;
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, entities, documents };
}

interface DocumentPlace {
  file: string;
  document: number;
  lines: LineCounter;
}

function readDocument(
  doc: Document.Parsed,
  place: DocumentPlace,
): { entity: Entity | null } | { problems: ImportProblem[] } {
  const at = (offset: number | undefined, field: string | null, message: string): ImportProblem => {
    const position = offset === undefined ? null : place.lines.linePos(offset);
    return {
      file: place.file,
      document: place.document,
      line: position?.line ?? null,
      column: position?.col ?? null,
      field,
      // The YAML parser quotes the offending text, which in a hostile file can be megabytes long.
      message: clip(message, MAX_MESSAGE_LENGTH),
    };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => at(error.pos[0], null, `is not valid YAML: ${error.message}`)),
    };
  }
  // An empty document (a trailing `---`, a file of comments) holds no entity and is no problem.
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))
    return { entity: null };

  const forbidden: ImportProblem[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        forbidden.push(
          at(pair.key.range?.[0], null, `uses the key “${String(pair.key.value)}”, which is not allowed`),
        );
      }
    },
  });
  if (forbidden.length > 0) return { problems: forbidden };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const detail =
      error instanceof ReferenceError
        ? `uses aliases more than ${MAX_ALIAS_COUNT} times, which only a file built to exhaust memory does`
        : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    return { problems: [at(doc.contents.range[0], null, detail)] };
  }

  const fieldProblems = (error: z.ZodError, prefix: readonly PropertyKey[]) =>
    error.issues.map((issue) => {
      const path = [...prefix, ...issue.path];
      return at(offsetOf(doc, path), fieldName(path) || null, issue.message);
    });

  const base = entityBaseSchema.safeParse(value);
  if (!base.success) return { problems: fieldProblems(base.error, []) };
  const { kind, metadata } = base.data;
  const source: EntitySource = {
    file: place.file,
    document: place.document,
    line: place.lines.linePos(doc.contents.range[0]).line,
  };
  const located = {
    source,
    namespace: metadata.namespace ?? DEFAULT_NAMESPACE,
    name: metadata.name,
    title: metadata.title,
    description: metadata.description,
  };
  const lower = kind.trim().toLowerCase();
  if (!isMappedKind(lower)) return { entity: { ...located, kind: 'other', kindName: lower } };
  // `spec:` left empty reads as null; an entity without a spec has nothing to map, which is fine.
  const checked = readSpec(lower, base.data.spec ?? {});
  if (!checked.ok) return { problems: fieldProblems(checked.error, ['spec']) };
  return { entity: { ...located, ...checked.entity } };
}

type KindSpec =
  Exclude<Entity, { kind: 'other' }> extends infer E
    ? E extends { kind: infer K; spec: infer S }
      ? { kind: K; spec: S }
      : never
    : never;

function readSpec(
  kind: keyof typeof specSchemas,
  spec: unknown,
): { ok: true; entity: KindSpec } | { ok: false; error: z.ZodError } {
  const fail = (error: z.ZodError) => ({ ok: false, error }) as const;
  switch (kind) {
    case 'component': {
      const read = specSchemas.component.safeParse(spec);
      return read.success ? { ok: true, entity: { kind, spec: read.data } } : fail(read.error);
    }
    case 'resource': {
      const read = specSchemas.resource.safeParse(spec);
      return read.success ? { ok: true, entity: { kind, spec: read.data } } : fail(read.error);
    }
    case 'system': {
      const read = specSchemas.system.safeParse(spec);
      return read.success ? { ok: true, entity: { kind, spec: read.data } } : fail(read.error);
    }
    case 'group': {
      const read = specSchemas.group.safeParse(spec);
      return read.success ? { ok: true, entity: { kind, spec: read.data } } : fail(read.error);
    }
    case 'user': {
      const read = specSchemas.user.safeParse(spec);
      return read.success ? { ok: true, entity: { kind, spec: read.data } } : fail(read.error);
    }
  }
}

/** Where a field starts in the text: the field itself, or the nearest part of it that exists. */
function offsetOf(doc: Document.Parsed, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const keys = path.slice(0, length).filter((key) => typeof key !== 'symbol');
    const node: unknown = length === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

/** `spec.dependsOn[0]`, as a reader of the file would point at it. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    const part = String(key);
    return name === '' ? part : `${name}.${part}`;
  }, '');
}

/** Bytes as UTF-8, counted without encoding (shared/ has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
