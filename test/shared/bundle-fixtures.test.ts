import { webcrypto } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT_VERSION } from '../../shared/bundle/bundle';
import { formatProblems, readBundle, type ReadBundle } from '../../shared/bundle/read-bundle';

/**
 * One file per format version, as that version of DR Planner held the plan.
 * A released format never changes, so these files never change either: a new
 * format version adds a file (plan-v6, …) and every older one must still open.
 */
const fixture = (version: number) => `test/fixtures/bundles/plan-v${version}.drplan.json`;

async function open(version: number): Promise<ReadBundle> {
  const result = await readBundle(readFileSync(fixture(version)), { crypto: webcrypto });
  if (!result.ok) throw new Error(formatProblems(result.problems).join('\n'));
  return result;
}

describe('bundle fixtures', () => {
  it('include one for the current format version', () => {
    expect(existsSync(fixture(BUNDLE_FORMAT_VERSION))).toBe(true);
  });

  for (let version = 1; version <= BUNDLE_FORMAT_VERSION; version += 1) {
    it(`open version ${version} and bring it up to date`, async () => {
      const read = await open(version);
      expect(read.formatVersion).toBe(version);
      expect(read.snapshot.plan.name).toBe('Plan for Zürich – Łódź – Ærøskøbing');
      expect(read.snapshot.systems.length).toBeGreaterThan(5);
      if (version < BUNDLE_FORMAT_VERSION) expect(read.warnings.join()).toMatch(/older DR Planner/);
      else expect(read.warnings).toEqual([]);
    });
  }

  it('give version 1 plans and systems the fields added later, with their defaults', async () => {
    const read = await open(1);
    expect(read.snapshot.plan).toMatchObject({
      currency: 'EUR',
      mtdThreshold: 'severe',
      startedFromTemplate: null,
    });
    expect(read.snapshot.systems[0]).toMatchObject({ rto: null, copyLocations: [], lastRestoreTest: null });
    expect(read.snapshot.processes).toEqual([]);
    expect(read.snapshot.callTree).toBeNull();
  });

  it('keep what each version had: version 4 has the scenarios, but no people yet', async () => {
    const read = await open(4);
    expect(read.snapshot.scenarios).toHaveLength(1);
    expect(read.snapshot.dependencies.length).toBeGreaterThan(0);
    expect(read.snapshot.contacts).toEqual([]);
    const current = await open(BUNDLE_FORMAT_VERSION);
    expect(read.snapshot.systems).toEqual(current.snapshot.systems);
  });

  it('version 6: an approved plan file carries the hash of its approved version, and a changed revision is named', async () => {
    const read = await open(6);
    const [revision] = read.snapshot.revisions;
    expect(read.snapshot.plan.status).toBe('approved');
    expect(revision?.contentHash).toBe(read.contentHash);

    // The first system of the frozen version renamed in the file's text.
    const original = readFileSync(fixture(6), 'utf8');
    const frozen = original.indexOf('"revisions"');
    const name = original.indexOf('"name": "Domain, DNS and CDN"', frozen);
    expect(name).toBeGreaterThan(frozen);
    const text = `${original.slice(0, name)}"name": "Renamed after approval"${original.slice(name + '"name": "Domain, DNS and CDN"'.length)}`;
    const changed = await readBundle(new TextEncoder().encode(text), { crypto: webcrypto });
    if (!changed.ok) throw new Error(formatProblems(changed.problems).join('\n'));
    // The plan as it is now is unchanged (its hash matches), but approved version 1 was altered.
    expect(changed.warnings).toEqual([
      expect.stringMatching(
        /^Approved version 1's content does not match its hash \([0-9a-f]{12}, now [0-9a-f]{12}\): it was changed after it was approved\.$/,
      ),
    ]);
  });
});
