import { describe, expect, it } from 'vitest';
import {
  compareByRisk,
  IMPACT_INFO,
  LIKELIHOOD_INFO,
  MITIGATION_KIND_INFO,
  MITIGATION_KINDS,
  MITIGATION_STATUS_INFO,
  MITIGATION_STATUSES,
  newScenarioDefaults,
  RATINGS,
  riskBandRanges,
  riskRating,
  scenarioEditsSchema,
  scenarioSchema,
  type Rating,
  type RiskBand,
} from '../../shared/model/scenario';
import { validate } from '../../shared/model/validation';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const SYSTEM_ID = '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e';
const MITIGATION_ID = '1c4d0e9f-3a5b-4c7d-9e2f-6a8b0c1d2e3f';
const NOW = '2026-03-02T09:00:00.000Z';

const scenario = {
  id: '7a2d3b5f-2c8e-4d66-8b1f-4e3a2c9d8b71',
  planId: PLAN_ID,
  starterId: null,
  ...newScenarioDefaults('Server crash'),
  position: 0,
  createdAt: NOW,
  updatedAt: NOW,
};

describe('scenario schema', () => {
  it('accepts a new scenario and a fully described one', () => {
    expect(scenarioSchema.parse(scenario)).toEqual(scenario);
    const full = {
      ...scenario,
      likelihood: 3,
      impact: 5,
      affectedSystemIds: [SYSTEM_ID],
      detection: 'Uptime alert',
      mitigations: [
        {
          id: MITIGATION_ID,
          kind: 'failover',
          description: 'Standby VM',
          status: 'in-place',
          suggestion: null,
        },
      ],
    };
    expect(scenarioSchema.parse(full)).toEqual(full);
  });

  it('trims text and refuses an empty name', () => {
    expect(scenarioSchema.parse({ ...scenario, name: '  Fire  ' }).name).toBe('Fire');
    expect(validate(scenarioEditsSchema, { name: '   ' })).toEqual({
      ok: false,
      message: 'name: Scenario name is required',
    });
  });

  it.each([0, 6, 2.5, '3'])('refuses the likelihood %s with a message', (likelihood) => {
    expect(validate(scenarioEditsSchema, { likelihood })).toEqual({
      ok: false,
      message: 'likelihood: Likelihood must be 1, 2, 3, 4 or 5',
    });
  });

  it('refuses a system listed twice, an unknown kind or status, and an empty mitigation', () => {
    expect(validate(scenarioEditsSchema, { affectedSystemIds: [SYSTEM_ID, SYSTEM_ID] })).toMatchObject({
      ok: false,
      message: 'affectedSystemIds: A system is listed twice',
    });
    const mitigation = {
      id: MITIGATION_ID,
      kind: 'backups',
      description: 'x',
      status: 'planned',
      suggestion: null,
    };
    expect(validate(scenarioEditsSchema, { mitigations: [{ ...mitigation, kind: 'prayer' }] }).ok).toBe(
      false,
    );
    expect(validate(scenarioEditsSchema, { mitigations: [{ ...mitigation, status: 'done' }] }).ok).toBe(
      false,
    );
    expect(validate(scenarioEditsSchema, { mitigations: [{ ...mitigation, description: ' ' }] })).toEqual({
      ok: false,
      message: 'mitigations.0.description: What is done is required',
    });
    expect(validate(scenarioEditsSchema, { mitigations: [mitigation, mitigation] })).toMatchObject({
      ok: false,
      message: 'mitigations: A mitigation is listed twice',
    });
  });

  it('refuses unknown fields (strict records)', () => {
    expect(scenarioSchema.safeParse({ ...scenario, risk: 'high' }).success).toBe(false);
  });

  it('labels every rating, kind and status in plain words', () => {
    for (const rating of RATINGS) {
      expect(LIKELIHOOD_INFO[rating].hint).not.toBe('');
      expect(IMPACT_INFO[rating].hint).not.toBe('');
    }
    expect(LIKELIHOOD_INFO[1]).toEqual({ label: 'Rare', hint: 'less than once in 10 years' });
    expect(LIKELIHOOD_INFO[5]).toEqual({ label: 'Almost certain', hint: 'several times a year' });
    expect(IMPACT_INFO[1].label).toBe('Negligible');
    expect(IMPACT_INFO[5].label).toBe('Severe');
    expect(MITIGATION_KINDS.map((kind) => MITIGATION_KIND_INFO[kind].label)).toContain(
      'Queue-based processing',
    );
    expect(MITIGATION_STATUSES.map((status) => MITIGATION_STATUS_INFO[status].label)).toEqual([
      'Planned',
      'In progress',
      'In place',
      'Not planned',
    ]);
  });
});

describe('riskRating', () => {
  it('is null while either rating is unset', () => {
    expect(riskRating(null, 5)).toBeNull();
    expect(riskRating(5, null)).toBeNull();
    expect(riskRating(null, null)).toBeNull();
  });

  it.each<[Rating, Rating, number, RiskBand]>([
    [1, 1, 1, 'low'],
    [2, 2, 4, 'low'],
    [4, 1, 4, 'low'],
    [1, 5, 5, 'medium'],
    [5, 1, 5, 'medium'],
    [3, 3, 9, 'medium'],
    [2, 5, 10, 'high'],
    [5, 2, 10, 'high'],
    [3, 4, 12, 'high'],
    [3, 5, 15, 'critical'],
    [4, 4, 16, 'critical'],
    [5, 5, 25, 'critical'],
  ])('likelihood %d × impact %d = %d, %s', (likelihood, impact, score, band) => {
    expect(riskRating(likelihood, impact)).toEqual({ score, band });
  });

  it('gives every cell of the matrix a score from 1 to 25 and a band that never falls as either rating rises', () => {
    const order: RiskBand[] = ['low', 'medium', 'high', 'critical'];
    const next = (rating: Rating): Rating => RATINGS[RATINGS.indexOf(rating) + 1] ?? 5;
    for (const likelihood of RATINGS) {
      for (const impact of RATINGS) {
        const rating = riskRating(likelihood, impact);
        expect(rating?.score).toBe(likelihood * impact);
        const rank = order.indexOf(rating?.band ?? 'low');
        expect(order.indexOf(riskRating(next(likelihood), impact)?.band ?? 'low')).toBeGreaterThanOrEqual(
          rank,
        );
        expect(order.indexOf(riskRating(likelihood, next(impact))?.band ?? 'low')).toBeGreaterThanOrEqual(
          rank,
        );
      }
    }
  });

  it('lists the band ranges for legends', () => {
    expect(riskBandRanges()).toBe('Low 1–4 · Medium 5–9 · High 10–14 · Critical 15–25');
  });
});

describe('compareByRisk', () => {
  it('puts the highest risk first, the worse impact first at equal scores, and unrated ones last', () => {
    const list = [
      { name: 'unrated', likelihood: null, impact: 5, position: 0 },
      { name: 'frequent nuisance', likelihood: 5, impact: 1, position: 1 },
      { name: 'critical', likelihood: 4, impact: 5, position: 2 },
      { name: 'rare disaster', likelihood: 1, impact: 5, position: 3 },
      { name: 'also unrated', likelihood: 2, impact: null, position: 4 },
      { name: 'second critical', likelihood: 5, impact: 4, position: 5 },
    ] as const;
    expect([...list].sort(compareByRisk).map((item) => item.name)).toEqual([
      'critical',
      'second critical',
      'rare disaster',
      'frequent nuisance',
      'unrated',
      'also unrated',
    ]);
  });
});
