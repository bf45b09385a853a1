import type { z } from 'zod';
import { migrateRecord, type RecordKind, type StoredRecord } from '../migrations';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MAX_BUNDLE_BYTES,
  planBundleSchema,
  type AppInfo,
} from './bundle';
import { contentHash, shortHash } from './content-hash';
import { decryptText, ENCRYPTED_FORMAT, encryptedBundleSchema, WrongPassphraseError } from './encryption';
import { jsonPath, parseJsonSafely } from './safe-json';
import type { PlanSnapshot } from './snapshot';
import { decodeUtf8 } from './utf8';
import type { WebCrypto } from './web-crypto';

/**
 * Reading a plan file, from bytes to a checked snapshot, in the order that
 * keeps a hostile or damaged file harmless: size, UTF-8, JSON without
 * prototype keys, decryption, format and version, migration, then strict
 * validation of every record and every reference. Nothing here writes; the
 * caller stores the snapshot in one transaction, or nothing at all.
 */

export interface BundleProblem {
  /** Where in the file, as a JSON path: `$.content.systems[3].rto`. */
  path: string;
  message: string;
}

export type BundleRefusal =
  'too-large' | 'not-json' | 'not-a-bundle' | 'newer' | 'invalid' | 'passphrase-needed' | 'wrong-passphrase';

export interface ReadBundle {
  snapshot: PlanSnapshot;
  formatVersion: number;
  exportedAt: string;
  app: AppInfo;
  /** The hash of the content as read (after any migration). */
  contentHash: string;
  encrypted: boolean;
  /** Things the user should know that do not stop the import. */
  warnings: string[];
}

export type BundleReadResult =
  ({ ok: true } & ReadBundle) | { ok: false; reason: BundleRefusal; problems: BundleProblem[] };

/** At most this many problems are listed; a file with more is described by its first ones. */
export const MAX_PROBLEMS = 50;

const refuse = (reason: BundleRefusal, path: string, message: string): BundleReadResult => ({
  ok: false,
  reason,
  problems: [readable({ path, message })],
});

/** Paths and messages quote the file (its keys, its values); a hostile file's 5,000-character key is cut. */
export const MAX_PROBLEM_TEXT = 300;

function readable(problem: BundleProblem): BundleProblem {
  return { path: clip(problem.path, MAX_PROBLEM_TEXT), message: clip(problem.message, MAX_PROBLEM_TEXT) };
}

/** At most `max` characters, cut between code points, with … where it was cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/** The refusal for a file that is too large, for callers that check the size before reading. */
export function bundleSizeProblem(bytes: number, maxBytes = MAX_BUNDLE_BYTES): BundleProblem | null {
  if (bytes <= maxBytes) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { path: '$', message: `The file is ${mb(bytes)}; plan files can be at most ${mb(maxBytes)}` };
}

export async function readBundle(
  bytes: Uint8Array,
  options: { crypto: WebCrypto; passphrase?: string; maxBytes?: number },
): Promise<BundleReadResult> {
  const tooLarge = bundleSizeProblem(bytes.length, options.maxBytes);
  if (tooLarge) return { ok: false, reason: 'too-large', problems: [tooLarge] };
  const text = decodeUtf8(bytes);
  if (text === null) return refuse('not-json', '$', 'The file is not UTF-8 text, so it is not a plan file');
  return readBundleText(text.replace(/^\uFEFF/, ''), options, false);
}

async function readBundleText(
  text: string,
  options: { crypto: WebCrypto; passphrase?: string },
  encrypted: boolean,
): Promise<BundleReadResult> {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return refuse('not-json', parsed.path, parsed.message);
  const value = parsed.value;
  if (!isObject(value)) return refuse('not-a-bundle', '$', 'The file is not a DR Planner plan file');

  if (value.format === ENCRYPTED_FORMAT && !encrypted) return openEncrypted(value, options);
  if (value.format !== BUNDLE_FORMAT) {
    return refuse(
      'not-a-bundle',
      '$.format',
      `The file is not a DR Planner plan file (its format is ${value.format === undefined ? 'missing' : quoteClipped(value.format)})`,
    );
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('invalid', '$.formatVersion', 'must be a whole number from 1');
  }
  if (version > BUNDLE_FORMAT_VERSION) {
    return refuse(
      'newer',
      '$.formatVersion',
      `This plan was made by a newer DR Planner (file format ${version}; this version reads up to ${BUNDLE_FORMAT_VERSION}). Update DR Planner to open it.`,
    );
  }
  const migrated =
    version < BUNDLE_FORMAT_VERSION
      ? { ...value, formatVersion: BUNDLE_FORMAT_VERSION, content: migrateContent(value.content, version) }
      : value;
  const checked = planBundleSchema.safeParse(migrated);
  if (!checked.success) return { ok: false, reason: 'invalid', problems: problemsOf(checked.error) };

  const bundle = checked.data;
  const hash = await contentHash(options.crypto, bundle.content);
  const warnings: string[] = [];
  if (version < BUNDLE_FORMAT_VERSION) {
    warnings.push(`The file was made by an older DR Planner (format ${version}); it was brought up to date.`);
  } else if (hash !== bundle.contentHash) {
    warnings.push(
      `The file's content hash (${shortHash(bundle.contentHash)}) does not match its content (${shortHash(hash)}): it was edited after it was exported.`,
    );
  }
  for (const revision of bundle.content.revisions) {
    const frozen = await contentHash(options.crypto, revision.content);
    if (frozen !== revision.contentHash) {
      warnings.push(
        `Approved version ${revision.number}'s content does not match its hash (${shortHash(revision.contentHash)}, now ${shortHash(frozen)}): it was changed after it was approved.`,
      );
    }
  }
  return {
    ok: true,
    snapshot: bundle.content,
    formatVersion: version,
    exportedAt: bundle.exportedAt,
    app: bundle.app,
    contentHash: hash,
    encrypted,
    warnings,
  };
}

async function openEncrypted(
  value: Record<string, unknown>,
  options: { crypto: WebCrypto; passphrase?: string },
): Promise<BundleReadResult> {
  const envelope = encryptedBundleSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: 'invalid', problems: problemsOf(envelope.error) };
  if (options.passphrase === undefined || options.passphrase === '') {
    return refuse('passphrase-needed', '$', 'This plan file is encrypted; enter its passphrase to open it');
  }
  try {
    const text = await decryptText(options.crypto, envelope.data, options.passphrase);
    return await readBundleText(text, options, true);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return refuse('wrong-passphrase', '$', error.message);
    throw error;
  }
}

/** The version each list first appeared in: older files do not have it, and start it empty. */
const LISTS: Record<string, { kind: RecordKind; since: number }> = {
  systems: { kind: 'system', since: 1 },
  processes: { kind: 'process', since: 2 },
  dependencies: { kind: 'dependency', since: 3 },
  scenarios: { kind: 'scenario', since: 4 },
  runbooks: { kind: 'runbook', since: 5 },
  contacts: { kind: 'contact', since: 5 },
  teams: { kind: 'team', since: 5 },
  vendors: { kind: 'vendor', since: 5 },
  exercises: { kind: 'exercise', since: 6 },
  revisions: { kind: 'revision', since: 6 },
};

/** The content with every record brought up to the current schema version; odd values are left for validation to name. */
function migrateContent(content: unknown, fromVersion: number): unknown {
  if (!isObject(content)) return content;
  const migrate = (kind: RecordKind, record: unknown) =>
    isObject(record) ? migrateRecord(kind, record, fromVersion) : record;
  const out: Record<string, unknown> = { ...content, plan: migrate('plan', content.plan) };
  for (const [list, { kind, since }] of Object.entries(LISTS)) {
    const records = content[list];
    if (records === undefined && fromVersion < since) out[list] = [];
    else
      out[list] = Array.isArray(records) ? records.map((record: unknown) => migrate(kind, record)) : records;
  }
  if (content.callTree === undefined && fromVersion < 5) out.callTree = null;
  else out.callTree = content.callTree === null ? null : migrate('callTree', content.callTree);
  if (content.workshop === undefined && fromVersion < 6) out.workshop = null;
  else out.workshop = content.workshop === null ? null : migrate('workshop', content.workshop);
  return out;
}

/** A value from the file as it appears in a message: a hostile file's 40 MB "format" is not repeated in full. */
function quoteClipped(value: unknown): string {
  return clip(JSON.stringify(value), 60);
}

function problemsOf(error: z.ZodError): BundleProblem[] {
  return error.issues.slice(0, MAX_PROBLEMS).map((issue) =>
    readable({
      path: jsonPath(issue.path),
      message: issue.message,
    }),
  );
}

function isObject(value: unknown): value is StoredRecord & Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One line per problem, as the command line and the import dialog show them. */
export function formatProblems(problems: readonly BundleProblem[]): string[] {
  return problems.map((problem) => `${problem.path}: ${problem.message}`);
}
