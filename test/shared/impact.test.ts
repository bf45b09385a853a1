import { describe, expect, it } from 'vitest';
import { explainSystemMtd, mtdForTier, processMtd, systemMtd } from '../../shared/analysis/mtd';
import {
  deriveMtd,
  emptyImpactGrid,
  explainDerivedMtd,
  explainTierSuggestion,
  IMPACT_CATEGORIES,
  impactGridSchema,
  suggestTier,
  TIME_BUCKETS,
  withRating,
  worstByBucket,
  type ImpactCategory,
  type ImpactGrid,
  type ImpactRating,
} from '../../shared/model/impact';
import { newProcessDefaults, processSchema, type BusinessProcess } from '../../shared/model/process';
import { newSystemDefaults, systemSchema, type System } from '../../shared/model/system';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const SYSTEM_ID = '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e';
const OTHER_SYSTEM_ID = '1c4d0e9f-3a5b-4c7d-9e2f-6a8b0c1d2e3f';
const STAMP = '2026-11-22T10:00:00.000Z';

type Row = ImpactGrid[ImpactCategory];

/** A grid from rows given per category; unlisted categories stay unrated. */
function grid(rows: Partial<Record<ImpactCategory, Row>> = {}): ImpactGrid {
  return { ...emptyImpactGrid(), ...rows };
}

let processCount = 0;
function process(overrides: Partial<BusinessProcess> = {}): BusinessProcess {
  processCount += 1;
  return processSchema.parse({
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    ...newProcessDefaults(`Process ${String(processCount)}`),
    position: processCount,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

function system(overrides: Partial<System> = {}): System {
  return systemSchema.parse({
    id: SYSTEM_ID,
    planId: PLAN_ID,
    ...newSystemDefaults('ERP'),
    position: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

/** A complete questionnaire: every cell "none" except the rows given. */
function fullGrid(rows: Partial<Record<ImpactCategory, Row>> = {}): ImpactGrid {
  const none = (): Row => ['none', 'none', 'none', 'none', 'none'];
  return {
    financial: none(),
    operational: none(),
    legal: none(),
    reputational: none(),
    safety: none(),
    ...rows,
  };
}

const severeAt = (bucket: number): Row => {
  const row: Row = [null, null, null, null, null];
  row[bucket] = 'severe';
  return row;
};

describe('impact grid', () => {
  it('starts empty and valid', () => {
    const empty = emptyImpactGrid();
    expect(impactGridSchema.parse(empty)).toEqual(empty);
    for (const category of IMPACT_CATEGORIES) expect(empty[category]).toEqual([null, null, null, null, null]);
    // Each call gives fresh rows, so editing one grid never changes another.
    expect(emptyImpactGrid().financial).not.toBe(empty.financial);
  });

  it('withRating changes one cell in a copy and leaves the original alone', () => {
    const before = emptyImpactGrid();
    const after = withRating(before, 'legal', 2, 'major');
    expect(after.legal).toEqual([null, null, 'major', null, null]);
    expect(after.financial).toEqual([null, null, null, null, null]);
    expect(before.legal).toEqual([null, null, null, null, null]);
    expect(withRating(after, 'legal', 2, null).legal).toEqual([null, null, null, null, null]);
    expect(after.legal).toEqual([null, null, 'major', null, null]);
  });

  it.each([-1, 5, 1.5, Number.NaN])('withRating refuses time bucket %d', (bucket) => {
    expect(() => withRating(emptyImpactGrid(), 'financial', bucket, 'minor')).toThrow(RangeError);
    expect(() => withRating(emptyImpactGrid(), 'financial', bucket, 'minor')).toThrow(
      `No time bucket ${String(bucket)}`,
    );
  });

  it('worstByBucket takes the worst rating across categories, null where nothing is rated', () => {
    const rated = grid({
      financial: ['minor', 'moderate', null, 'none', null],
      safety: ['none', 'severe', null, null, null],
      legal: [null, 'minor', null, 'none', null],
    });
    expect(worstByBucket(rated)).toEqual([1, 4, null, 0, null]);
    expect(worstByBucket(emptyImpactGrid())).toEqual([null, null, null, null, null]);
  });
});

describe('deriveMtd', () => {
  it('is unrated while no cell has a rating', () => {
    expect(deriveMtd(emptyImpactGrid(), 'severe')).toEqual({ status: 'unrated' });
    expect(explainDerivedMtd({ status: 'unrated' })).toBe(
      'Rate the impact below to work out how long an outage can be tolerated.',
    );
  });

  it('is only "incomplete" while a time bucket is unrated and nothing reaches the threshold', () => {
    const partly = grid({ financial: ['minor', null, null, null, null] });
    const derived = deriveMtd(partly, 'severe');
    expect(derived).toEqual({ status: 'incomplete', threshold: 'severe' });
    expect(explainDerivedMtd(derived)).toBe(
      'Nothing rated so far reaches “Severe”. Rate every cell to see how long an outage can be tolerated.',
    );
    expect(processMtd(process({ impact: partly }), 'severe')).toEqual({
      minutes: null,
      beyond: false,
      source: 'none',
    });
    // Every bucket rated in some category is not enough: an unrated cell could still be intolerable.
    const spread = grid({
      financial: ['minor', null, 'minor', null, 'major'],
      legal: [null, 'none', null, 'moderate', null],
    });
    expect(deriveMtd(spread, 'severe').status).toBe('incomplete');
    expect(
      deriveMtd(fullGrid({ financial: ['minor', 'minor', 'minor', 'moderate', 'major'] }), 'severe').status,
    ).toBe('not-reached');
  });

  it('is not reached when no category reaches the threshold within a week', () => {
    const rated = fullGrid({ financial: ['none', 'minor', 'moderate', 'major', 'major'] });
    const derived = deriveMtd(rated, 'severe');
    expect(derived).toEqual({ status: 'not-reached', threshold: 'severe' });
    expect(explainDerivedMtd(derived)).toBe(
      'No category reaches “Severe” within a week, so the outage can be tolerated for longer than a week.',
    );
  });

  it.each(TIME_BUCKETS.map((bucket, index) => [bucket.label, index, bucket.minutes] as const))(
    'is reached after %s when that is the first bucket rated severe',
    (label, index, minutes) => {
      const derived = deriveMtd(grid({ operational: severeAt(index) }), 'severe');
      expect(derived).toEqual({
        status: 'reached',
        threshold: 'severe',
        minutes,
        bucketLabel: label,
        categories: ['operational'],
      });
      expect(explainDerivedMtd(derived)).toBe(
        `After ${label} the operational impact reaches “Severe”, the level this plan treats as intolerable.`,
      );
    },
  );

  it('takes the first bucket any category reaches, and lists every category that reaches it', () => {
    const rated = grid({
      financial: ['minor', 'severe', 'severe', 'severe', 'severe'],
      operational: ['moderate', 'major', 'severe', 'severe', 'severe'],
      legal: [null, 'severe', null, null, null],
      safety: ['none', 'none', 'none', 'severe', 'severe'],
    });
    const derived = deriveMtd(rated, 'severe');
    expect(derived).toEqual({
      status: 'reached',
      threshold: 'severe',
      minutes: 240,
      bucketLabel: '4 hours',
      categories: ['financial', 'legal'],
    });
    expect(explainDerivedMtd(derived)).toBe(
      'After 4 hours the financial and legal / regulatory impact reaches “Severe”, the level this plan treats as intolerable.',
    );
  });

  it('joins three or more categories with commas and "and"', () => {
    const rated = grid({
      financial: severeAt(2),
      operational: severeAt(2),
      reputational: severeAt(2),
      safety: severeAt(2),
    });
    expect(explainDerivedMtd(deriveMtd(rated, 'severe'))).toBe(
      'After 1 day the financial, operational, reputational and safety impact reaches “Severe”, the level this plan treats as intolerable.',
    );
  });

  it('uses the plan threshold: with "major", a major rating is enough and a severe one counts too', () => {
    const rated = grid({
      financial: ['minor', 'moderate', 'major', 'severe', 'severe'],
      safety: [null, null, 'severe', null, null],
    });
    const derived = deriveMtd(rated, 'major');
    expect(derived).toEqual({
      status: 'reached',
      threshold: 'major',
      minutes: 1440,
      bucketLabel: '1 day',
      categories: ['financial', 'safety'],
    });
    expect(explainDerivedMtd(derived)).toBe(
      'After 1 day the financial and safety impact reaches “Major”, the level this plan treats as intolerable.',
    );
    expect(deriveMtd(rated, 'moderate')).toMatchObject({ minutes: 240, categories: ['financial'] });
    expect(deriveMtd(rated, 'minor')).toMatchObject({ minutes: 60, categories: ['financial'] });
    expect(deriveMtd(rated, 'severe')).toMatchObject({ minutes: 1440, categories: ['safety'] });
  });

  it('names the threshold in the not-reached explanation', () => {
    const rated = fullGrid({ legal: ['none', 'minor', 'minor', 'moderate', 'moderate'] });
    expect(explainDerivedMtd(deriveMtd(rated, 'major'))).toBe(
      'No category reaches “Major” within a week, so the outage can be tolerated for longer than a week.',
    );
  });

  it('ignores ratings that go down later: the first bucket reaching the threshold counts', () => {
    const rated = grid({ reputational: ['major', 'severe', 'moderate', 'minor', 'none'] });
    expect(deriveMtd(rated, 'severe')).toMatchObject({ status: 'reached', minutes: 240 });
  });
});

describe('suggestTier', () => {
  it.each([
    [0, 1],
    [60, 1],
    [240, 1],
    [241, 2],
    [1440, 2],
    [1441, 3],
    [4320, 3],
    [10080, 3],
    [10081, 4],
    [525600, 4],
    ['beyond', 4],
    [null, null],
  ] as const)('an MTD of %s suggests tier %s', (mtd, tier) => {
    expect(suggestTier(mtd)).toBe(tier);
  });

  it.each([
    [240, 'Tier 1 suggested: an MTD of 4 h is 4 h or less.'],
    [241, 'Tier 2 suggested: an MTD of 4 h 1 min is 1 day or less.'],
    [1440, 'Tier 2 suggested: an MTD of 1 day is 1 day or less.'],
    [1441, 'Tier 3 suggested: an MTD of 1 day 1 min is 1 week or less.'],
    [10080, 'Tier 3 suggested: an MTD of 1 week is 1 week or less.'],
    [10081, 'Tier 4 suggested: an MTD of 7 days 1 min is more than a week.'],
    ['beyond', 'Tier 4 suggested: the outage can be tolerated for more than a week.'],
    [null, 'No suggestion until the MTD is known.'],
  ] as const)('explains the suggestion for %s in a plain sentence', (mtd, text) => {
    expect(explainTierSuggestion(mtd)).toBe(text);
  });
});

describe('processMtd', () => {
  it('uses the override when one is set, whatever the ratings say', () => {
    const overridden = process({ mtdOverride: 90, impact: grid({ financial: severeAt(0) }) });
    expect(processMtd(overridden, 'severe')).toEqual({ minutes: 90, beyond: false, source: 'override' });
  });

  it('derives from the ratings, says "beyond" past a week, and knows nothing when unrated', () => {
    expect(processMtd(process({ impact: grid({ legal: severeAt(3) }) }), 'severe')).toEqual({
      minutes: 4320,
      beyond: false,
      source: 'derived',
    });
    const beyond = processMtd(
      process({ impact: fullGrid({ legal: ['none', 'none', 'none', 'none', 'minor'] }) }),
      'severe',
    );
    expect(beyond).toEqual({ minutes: null, beyond: true, source: 'none' });
    expect(mtdForTier(beyond)).toBe('beyond');
    const unknown = processMtd(process(), 'severe');
    expect(unknown).toEqual({ minutes: null, beyond: false, source: 'none' });
    expect(mtdForTier(unknown)).toBeNull();
    expect(mtdForTier({ minutes: 240, beyond: false, source: 'derived' })).toBe(240);
  });
});

describe('systemMtd', () => {
  const NONE: ReadonlySet<string> = new Set();
  const rating = (bucket: number, value: ImpactRating = 'severe'): ImpactGrid =>
    withRating(emptyImpactGrid(), 'operational', bucket, value);

  it('uses the override set on the system over anything its processes say', () => {
    const linked = process({ systemIds: [SYSTEM_ID], impact: rating(0) });
    const mtd = systemMtd(system({ mtdOverride: 2880 }), [linked], 'severe', NONE);
    expect(mtd).toEqual({ minutes: 2880, source: 'override', from: null, direct: false });
    expect(explainSystemMtd(mtd)).toBe('Set by hand for this system.');
  });

  it('takes the strictest MTD among the processes it supports', () => {
    const slow = process({ name: 'Payroll', systemIds: [SYSTEM_ID], impact: rating(3) });
    const fast = process({ name: 'Take orders', systemIds: [OTHER_SYSTEM_ID, SYSTEM_ID], impact: rating(1) });
    const middle = process({ name: 'Invoicing', systemIds: [SYSTEM_ID], impact: rating(2) });
    const mtd = systemMtd(system(), [slow, fast, middle], 'severe', NONE);
    expect(mtd).toEqual({ minutes: 240, source: 'processes', from: fast, direct: true });
    expect(explainSystemMtd(mtd)).toBe(
      'From “Take orders”, the most time-critical process it supports (4 h).',
    );
  });

  it('keeps the first process entered when two are equally strict', () => {
    const first = process({ name: 'First', systemIds: [SYSTEM_ID], impact: rating(2) });
    const second = process({ name: 'Second', systemIds: [SYSTEM_ID], impact: rating(2) });
    expect(systemMtd(system(), [first, second], 'severe', NONE).from).toBe(first);
  });

  it('ignores processes that do not use the system', () => {
    const unlinked = process({ systemIds: [OTHER_SYSTEM_ID], impact: rating(0) });
    const linked = process({ systemIds: [SYSTEM_ID], impact: rating(4) });
    expect(systemMtd(system(), [unlinked, linked], 'severe', NONE)).toEqual({
      minutes: 10080,
      source: 'processes',
      from: linked,
      direct: true,
    });
  });

  it("uses a process's own MTD override", () => {
    const overridden = process({ systemIds: [SYSTEM_ID], mtdOverride: 30, impact: rating(4) });
    const derived = process({ systemIds: [SYSTEM_ID], impact: rating(0) });
    expect(systemMtd(system(), [derived, overridden], 'severe', NONE)).toEqual({
      minutes: 30,
      source: 'processes',
      from: overridden,
      direct: true,
    });
  });

  it("follows the plan's threshold", () => {
    const linked = process({ systemIds: [SYSTEM_ID], impact: rating(1, 'major') });
    expect(systemMtd(system(), [linked], 'severe', NONE).minutes).toBeNull();
    expect(systemMtd(system(), [linked], 'major', NONE).minutes).toBe(240);
  });

  it('is unknown with no linked process that has an MTD', () => {
    const unrated = process({ systemIds: [SYSTEM_ID] });
    const tolerable = process({ systemIds: [SYSTEM_ID], impact: rating(4, 'minor') });
    for (const processes of [[], [unrated], [unrated, tolerable]]) {
      const mtd = systemMtd(system(), processes, 'severe', NONE);
      expect(mtd).toEqual({ minutes: null, source: 'none', from: null, direct: false });
      expect(explainSystemMtd(mtd)).toBe(
        'Unknown: link this system to the processes it supports (or record which systems need it) and rate their impact, or set it by hand.',
      );
    }
  });

  it('takes the MTD of a process that stops when the system fails, through what depends on it', () => {
    const orders = process({ name: 'Take orders', systemIds: [OTHER_SYSTEM_ID], impact: rating(1) });
    const payroll = process({ name: 'Payroll', systemIds: [SYSTEM_ID], impact: rating(3) });
    const mtd = systemMtd(system(), [payroll, orders], 'severe', new Set([orders.id, payroll.id]));
    expect(mtd).toEqual({ minutes: 240, source: 'processes', from: orders, direct: false });
    expect(explainSystemMtd(mtd)).toBe(
      'From “Take orders” (4 h): that process stops when this system fails, through the systems that depend on it.',
    );
    // Without the dependency the other process does not count.
    expect(systemMtd(system(), [payroll, orders], 'severe', NONE).from).toBe(payroll);
  });

  it('prefers a process that ticks the system when both are equally strict', () => {
    const through = process({ name: 'Through', systemIds: [OTHER_SYSTEM_ID], impact: rating(1) });
    const ticked = process({ name: 'Ticked', systemIds: [SYSTEM_ID], impact: rating(1) });
    const mtd = systemMtd(system(), [through, ticked], 'severe', new Set([through.id, ticked.id]));
    expect(mtd).toMatchObject({ from: ticked, direct: true });
  });
});
