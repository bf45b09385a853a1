import { webcrypto } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/bundle/backup';
import { makeBackupFile, verifyBackup, type BackupCheck } from '../../shared/bundle/backup-file';
import { BUNDLE_FORMAT_VERSION } from '../../shared/bundle/bundle';
import { contentHash } from '../../shared/bundle/content-hash';
import { readBundle } from '../../shared/bundle/read-bundle';
import { decodeUtf8, encodeUtf8 } from '../../shared/bundle/utf8';
import { sha256HexOfBytes } from '../../shared/bundle/web-crypto';
import { samplePlan, SAMPLE_NOW } from '../support/sample-plan';

const crypto = webcrypto;
const ID = '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e';
const app = { name: 'DR Planner', version: 'test' };

/** A backup as a store would keep it: its description with size and file hash, and the bytes. */
async function stored(data?: Uint8Array<ArrayBuffer>) {
  const file = await makeBackupFile(crypto, samplePlan(), {
    id: ID,
    takenAt: SAMPLE_NOW,
    reason: 'automatic',
    app,
  });
  const bytes = data ?? file.data;
  const info: BackupInfo = {
    ...file.backup,
    size: file.data.byteLength,
    fileHash: await sha256HexOfBytes(crypto, file.data),
  };
  return { info, data: bytes, text: decodeUtf8(file.data) ?? '' };
}

const reasonOf = (check: BackupCheck) => (check.ok ? null : check.reason);

describe('makeBackupFile', () => {
  it('is a plan file of the plan, described with its id, reason, name and content hash', async () => {
    const sample = samplePlan();
    const { backup, data } = await makeBackupFile(crypto, sample, {
      id: ID,
      takenAt: SAMPLE_NOW,
      reason: 'before-restore',
      app,
    });
    expect(backup).toEqual({
      id: ID,
      planId: sample.plan.id,
      planName: sample.plan.name,
      takenAt: SAMPLE_NOW,
      reason: 'before-restore',
      contentHash: await contentHash(crypto, sample),
    });
    const parsed: unknown = JSON.parse(decodeUtf8(data) ?? '');
    expect(parsed).toMatchObject({
      format: 'dr-planner-plan',
      formatVersion: BUNDLE_FORMAT_VERSION,
      exportedAt: SAMPLE_NOW,
      contentHash: backup.contentHash,
    });
  });
});

describe('verifyBackup', () => {
  it('opens a whole, unchanged backup as the plan it holds', async () => {
    const { info, data } = await stored();
    const checked = await verifyBackup(crypto, info, data);
    expect(checked.ok && checked.snapshot).toEqual(samplePlan());
  });

  it('refuses a truncated backup, saying it was cut short', async () => {
    const { info, data } = await stored();
    const checked = await verifyBackup(crypto, info, data.slice(0, data.byteLength - 200));
    expect(reasonOf(checked)).toContain('cut short');
  });

  it('refuses a backup edited in place (same length), by its SHA-256', async () => {
    const { info, text } = await stored();
    const edited = encodeUtf8(text.replace('"tier": 1', '"tier": 2'));
    expect(edited.byteLength).toBe(info.size);
    const checked = await verifyBackup(crypto, info, edited);
    expect(reasonOf(checked)).toContain('SHA-256 no longer matches');
  });

  it('refuses a backup whose content was changed even when its description was rewritten to match', async () => {
    const { info, text } = await stored();
    const edited = encodeUtf8(text.replace('"tier": 1', '"tier": 3'));
    const forged: BackupInfo = { ...info, fileHash: await sha256HexOfBytes(crypto, edited) };
    const checked = await verifyBackup(crypto, forged, edited);
    expect(reasonOf(checked)).toContain('is not the one that was stored');
  });

  it('checks an old (version 6) backup without a file hash by its content hash', async () => {
    const { info, text } = await stored();
    const edited = encodeUtf8(text.replace('"tier": 1', '"tier": 4'));
    const legacy: BackupInfo = { ...info, fileHash: null };
    expect((await verifyBackup(crypto, legacy, encodeUtf8(text))).ok).toBe(true);
    expect(reasonOf(await verifyBackup(crypto, legacy, edited))).toContain('changed after it was stored');
  });

  it('refuses a backup that is not a readable plan file, naming the problem', async () => {
    const { info } = await stored();
    const garbage = encodeUtf8('{"format": "dr-planner-plan", "formatVersion": 1}'.padEnd(info.size, ' '));
    const checked = await verifyBackup(crypto, { ...info, fileHash: null }, garbage);
    expect(reasonOf(checked)).toMatch(/^The backup cannot be read as a plan file: \$/);
  });

  it('refuses a backup that holds another plan than it was stored for', async () => {
    const { info, data } = await stored();
    const other = { ...info, planId: '7a2d3b5f-2c8e-4d66-8b1f-4e3a2c9d8b71' };
    expect(await verifyBackup(crypto, other, data)).toEqual({
      ok: false,
      reason: 'The backup file holds a different plan from the one it was stored for.',
    });
  });

  it('opens a backup in an older plan-file format, migrated (its bytes still checked)', async () => {
    const v1 = new Uint8Array(
      await readFile(new URL('../fixtures/bundles/plan-v1.drplan.json', import.meta.url)),
    );
    const read = await readBundle(v1, { crypto });
    if (!read.ok) throw new Error('the fixture does not read');
    const planId = read.snapshot.plan.id;
    const info: BackupInfo = {
      id: ID,
      planId,
      planName: 'old',
      takenAt: SAMPLE_NOW,
      reason: 'before-migration',
      contentHash: 'f'.repeat(64),
      size: v1.byteLength,
      fileHash: await sha256HexOfBytes(crypto, v1),
    };
    const checked = await verifyBackup(crypto, info, v1);
    expect(checked.ok && checked.read.formatVersion).toBe(1);
    const flipped = v1.slice();
    flipped[flipped.length - 3] = 0x20;
    expect((await verifyBackup(crypto, info, flipped)).ok).toBe(false);
  });
});
