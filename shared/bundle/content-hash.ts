import type { PlanContent, PlanSnapshot } from './snapshot';
import { SNAPSHOT_LISTS } from './snapshot';
import { sha256Hex, type WebCrypto } from './web-crypto';

/**
 * The plan's fingerprint: SHA-256 over a canonical serialisation of what the
 * plan says. Two printed copies with the same short hash say the same thing.
 *
 * Canonical: object keys sorted, record lists sorted by id (the database may
 * hand them back in any order), and the records' createdAt/updatedAt left out,
 * so saving a field unchanged, exporting, or importing does not change it.
 * Everything else, including the order of steps, members and contacts, counts.
 */
export async function contentHash(crypto: WebCrypto, snapshot: PlanSnapshot | PlanContent): Promise<string> {
  return sha256Hex(crypto, canonicalContent(snapshot));
}

/** The first 12 hex digits: what every exported page carries. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

const TIMESTAMPS = new Set(['createdAt', 'updatedAt']);

/**
 * What the plan says now, without its history: the revisions are left out, so an approved version's
 * pages, its frozen revision and the plan file all carry the same hash until the plan changes. Each
 * revision carries its own hash, which readBundle checks against its frozen content.
 */
export function canonicalContent(input: PlanSnapshot | PlanContent): string {
  const snapshot: PlanSnapshot = { ...input, revisions: [] };
  const record = (value: object) => withoutTimestamps(value);
  const content: Record<string, unknown> = {
    plan: record(snapshot.plan),
    callTree: snapshot.callTree ? record(snapshot.callTree) : null,
    workshop: snapshot.workshop ? record(snapshot.workshop) : null,
  };
  for (const list of SNAPSHOT_LISTS) {
    const records: readonly object[] = snapshot[list];
    content[list] = [...records].sort(byId).map(record);
  }
  return canonicalJson(content);
}

function byId(a: object, b: object): number {
  const idA = 'id' in a ? String(a.id) : '';
  const idB = 'id' in b ? String(b.id) : '';
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

function withoutTimestamps(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !TIMESTAMPS.has(key)));
}

/** JSON with every object's keys in UTF-16 code-unit order (Array.prototype.sort); arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const entries = Object.entries(value);
    const byKey = new Map(entries);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(byKey.get(key))}`).join(',')}}`;
  }
  // undefined never occurs in parsed content; write it as JSON would inside an array.
  return value === undefined ? 'null' : JSON.stringify(value);
}
