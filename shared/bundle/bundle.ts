import { z } from 'zod';
import { SCHEMA_VERSION } from '../migrations';
import { timestampSchema } from '../model/common';
import { contentHash } from './content-hash';
import { planSnapshotSchema, type PlanSnapshot } from './snapshot';
import type { WebCrypto } from './web-crypto';

/**
 * The plan bundle: one JSON file with a plan and everything in it, the file
 * consultants carry between laptops and teams check into git.
 *
 * The format version is the schema version of the records inside: a bundle of
 * version 3 holds records as schema 3 stored them, and is brought up to date by
 * the same migration steps the database upgrade runs (shared/migrations).
 * docs/bundle.schema.json is generated from {@link planBundleSchema}.
 */
export const BUNDLE_FORMAT = 'dr-planner-plan';
export const BUNDLE_FORMAT_VERSION = SCHEMA_VERSION;
/** Files larger than this are refused before they are read. */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;

export const appInfoSchema = z.strictObject({
  name: z.string().max(100),
  version: z.string().max(50),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const planBundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  exportedAt: timestampSchema,
  app: appInfoSchema,
  /** SHA-256 (hex) of the canonical content; see content-hash.ts. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 hexadecimal digits (SHA-256)' }),
  content: planSnapshotSchema,
});
export type PlanBundle = z.infer<typeof planBundleSchema>;

export async function createBundle(
  crypto: WebCrypto,
  snapshot: PlanSnapshot,
  meta: { exportedAt: string; app: AppInfo },
): Promise<PlanBundle> {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    app: meta.app,
    contentHash: await contentHash(crypto, snapshot),
    content: snapshot,
  };
}

/** The file text: indented, so a bundle in git gives readable diffs. */
export function serialiseBundle(bundle: unknown): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
