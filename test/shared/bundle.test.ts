import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_FORMAT_VERSION,
  createBundle,
  MAX_BUNDLE_BYTES,
  serialiseBundle,
} from '../../shared/bundle/bundle';
import { canonicalContent, contentHash } from '../../shared/bundle/content-hash';
import { formatProblems, readBundle, type BundleReadResult } from '../../shared/bundle/read-bundle';
import { renewSnapshotIds } from '../../shared/bundle/renew-ids';
import { encodeUtf8 } from '../../shared/bundle/utf8';
import { samplePlan, sequentialIds, SAMPLE_NOW } from '../support/sample-plan';

const crypto = webcrypto;
const app = { name: 'DR Planner', version: '0.1.0' };

async function bundleText(snapshot = samplePlan()): Promise<string> {
  return serialiseBundle(await createBundle(crypto, snapshot, { exportedAt: SAMPLE_NOW, app }));
}

function read(text: string, passphrase?: string) {
  return readBundle(encodeUtf8(text), { crypto, passphrase });
}

function refused(result: BundleReadResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

/** The sample bundle as a plain object, to break on purpose. */
async function bundleObject(): Promise<Record<string, unknown>> {
  const parsed: unknown = JSON.parse(await bundleText());
  if (parsed === null || typeof parsed !== 'object') throw new Error('not an object');
  return { ...parsed };
}

describe('content hash', () => {
  it('is the same for the same plan whatever the record order or timestamps', async () => {
    const plan = samplePlan();
    const shuffled = {
      ...plan,
      systems: [...plan.systems].reverse(),
      contacts: plan.contacts.map((contact) => ({ ...contact, updatedAt: '2030-01-01T00:00:00.000Z' })),
    };
    expect(await contentHash(crypto, shuffled)).toBe(await contentHash(crypto, plan));
    expect(await contentHash(crypto, plan)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any change to the content', async () => {
    const plan = samplePlan();
    const original = await contentHash(crypto, plan);
    const [first, ...rest] = plan.systems;
    if (!first) throw new Error('no systems');
    const changes = [
      { ...plan, systems: [{ ...first, rto: (first.rto ?? 0) + 1 }, ...rest] },
      { ...plan, plan: { ...plan.plan, name: `${plan.plan.name}.` } },
      { ...plan, contacts: [...plan.contacts].reverse().map((c, i) => ({ ...c, position: i })) },
      { ...plan, callTree: null },
    ];
    for (const changed of changes) expect(await contentHash(crypto, changed)).not.toBe(original);
  });

  it('serialises with sorted keys and without record timestamps', () => {
    const text = canonicalContent(samplePlan());
    expect(text).not.toContain('createdAt');
    expect(text.startsWith('{"callTree":')).toBe(true);
  });
});

describe('reading a bundle', () => {
  it('gives back the same plan and hash that were written', async () => {
    const plan = samplePlan();
    const result = await read(await bundleText(plan));
    if (!result.ok) throw new Error(formatProblems(result.problems).join('\n'));
    expect(result.snapshot).toEqual(plan);
    expect(result.contentHash).toBe(await contentHash(crypto, plan));
    expect(result.warnings).toEqual([]);
    // export → import → export: the same hash.
    const again = await read(await bundleText(result.snapshot));
    expect(again.ok && again.contentHash).toBe(result.contentHash);
  });

  it('warns, without refusing, when the content was edited after export', async () => {
    const bundle = await bundleObject();
    const text = (await bundleText()).replace('"Anna Łukasiewicz"', '"Anna Ł."');
    const result = await read(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.join()).toMatch(/edited after it was exported/);
    expect(bundle.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file larger than the limit before decoding it', async () => {
    const result = refused(await readBundle(new Uint8Array(MAX_BUNDLE_BYTES + 1), { crypto }));
    expect(result.reason).toBe('too-large');
    expect(result.problems[0]?.message).toMatch(/at most 50\.0 MB/);
  });

  it('refuses bytes that are not UTF-8, and text that is not JSON', async () => {
    expect(refused(await readBundle(new Uint8Array([0x7b, 0xff, 0x7d]), { crypto })).reason).toBe('not-json');
    const notJson = refused(await read('{"format": '));
    expect(notJson.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses prototype keys wherever they are, naming the path', async () => {
    const text = (await bundleText()).replace('"tier":', '"__proto__": {"polluted": true}, "tier":');
    const result = refused(await read(text));
    expect(result.problems[0]?.path).toMatch(/^\$\.content\.systems\[\d+\]\.__proto__$/);
    expect(Object.prototype).not.toHaveProperty('polluted');
    const ctor = refused(await read('{"constructor": {"prototype": {}}}'));
    expect(ctor.problems[0]?.path).toBe('$.constructor');
  });

  it('refuses nesting deeper than any plan needs', async () => {
    const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
    expect(refused(await read(deep)).problems[0]?.message).toMatch(/nested more than/);
  });

  it('refuses a file from a newer DR Planner with a message to update', async () => {
    const bundle = { ...(await bundleObject()), formatVersion: BUNDLE_FORMAT_VERSION + 1 };
    const result = refused(await read(JSON.stringify(bundle)));
    expect(result.reason).toBe('newer');
    expect(result.problems[0]?.message).toMatch(/made by a newer DR Planner.*Update DR Planner/);
  });

  it('refuses another kind of JSON file', async () => {
    const result = refused(await read('{"name": "package.json"}'));
    expect(result.reason).toBe('not-a-bundle');
    expect(result.problems[0]?.message).toMatch(/not a DR Planner plan file/);
  });

  it('names the JSON path of every invalid field', async () => {
    const text = (await bundleText())
      .replace(/"rto": \d+/, '"rto": "soon"')
      .replace('"email": "anna@example.com"', '"email": "not an address"');
    const result = refused(await read(text));
    expect(result.reason).toBe('invalid');
    const lines = formatProblems(result.problems);
    expect(lines.some((line) => /^\$\.content\.systems\[\d+\]\.rto: /.test(line))).toBe(true);
    expect(
      lines.some((line) => line.startsWith('$.content.contacts[0].email: E-mail must be an e-mail')),
    ).toBe(true);
  });

  it('refuses a reference to a record that is not in the plan', async () => {
    const plan = samplePlan();
    const [runbook] = plan.runbooks;
    if (!runbook) throw new Error('no runbook');
    const broken = { ...plan, runbooks: [{ ...runbook, systemId: '00000000-0000-4000-8000-0000000fffff' }] };
    const result = refused(await read(await bundleText(broken)));
    expect(formatProblems(result.problems)).toContain(
      '$.content.runbooks[0].systemId: refers to system 00000000-0000-4000-8000-0000000fffff, which is not in the plan',
    );
  });

  it('refuses unknown fields instead of dropping them silently', async () => {
    const text = (await bundleText()).replace('"tier":', '"colour": "red", "tier":');
    const result = refused(await read(text));
    expect(result.problems[0]?.path).toMatch(/^\$\.content\.systems\[\d+\]$/);
    expect(result.problems[0]?.message).toMatch(/colour/);
  });
});

describe('renewing ids', () => {
  it('gives every record a new id and keeps every reference pointing at the same record', () => {
    const plan = samplePlan();
    const copy = renewSnapshotIds(plan, { newId: sequentialIds(0x1000), now: SAMPLE_NOW, rename: true });
    expect(copy.plan.name).toBe(`${plan.plan.name} (copy)`);
    const oldIds = new Set([
      plan.plan.id,
      ...plan.systems.map((s) => s.id),
      ...plan.contacts.map((c) => c.id),
    ]);
    expect(copy.systems.some((system) => oldIds.has(system.id))).toBe(false);
    const [runbook] = copy.runbooks;
    expect(copy.systems.map((system) => system.id)).toContain(runbook?.systemId);
    expect(copy.teams[0]?.memberIds).toEqual(copy.contacts.map((contact) => contact.id));
    expect(copy.callTree?.planId).toBe(copy.plan.id);
    // Steps keep their own ids, and so their waits.
    expect(runbook?.steps[1]?.waitsFor).toEqual([runbook?.steps[0]?.id]);
  });
});
